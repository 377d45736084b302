// `npm run db:restore`: a backup into an empty database.
//   1. check the whole file (gzip, records, checksums, counts) — before anything is touched
//   2. refuse a database that holds data (unless `replace`: then clear it)
//   3. the backup's migrations (prisma migrate deploy)
//   4. the data, in one transaction (load-data.ts)
//   5. migrations newer than the backup, if this program has any; the
//      application role's rights (as after every migration); ANALYZE
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { grantAfterMigrating } from '../prepare-database';
import { appliedMigrations, hasUnfinishedMigration, listTables } from './catalog';
import { clearDatabase } from './clear-database';
import type { Manifest } from './file-format';
import { loadData, nonEmptyTables, notEmptyError } from './load-data';
import { deployMigrations, localMigrations, planMigrations } from './migrations';
import { formatCount } from './progress';
import { verifyBackupFile } from './read-backup';
import { BackupError } from './errors';
import { connect, describeUrl } from './session';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

export interface RestoreOptions {
  /** The owner role's connection string (MIGRATION_DATABASE_URL, else DATABASE_URL). */
  url: string;
  /**
   * The application's connection (DATABASE_URL): when its role is not the
   * owner's, it is granted its rights after the restore, as after migrating.
   */
  appUrl?: string;
  file: string;
  /** Delete everything in a database that is not empty, then restore. */
  replace?: boolean;
  log?: (line: string) => void;
}

export interface RestoreResult {
  manifest: Manifest;
  seconds: number;
}

export function describeManifest(manifest: Manifest): string {
  const rows = manifest.tables.reduce((sum, table) => sum + table.rows, 0);
  return `${manifest.createdAt} 备份于 PostgreSQL ${manifest.serverVersion}（数据库 ${manifest.database}），${manifest.tables.length} 个表，${formatCount(rows)} 行，${manifest.migrations.length} 个迁移`;
}

export async function restoreBackup(options: RestoreOptions): Promise<RestoreResult> {
  const log = options.log ?? (() => undefined);
  const started = performance.now();
  log(`检查备份文件 ${options.file} …`);
  const manifest = await verifyBackupFile(options.file);
  log(`备份文件完好：${describeManifest(manifest)}（检查用时 ${((performance.now() - started) / 1000).toFixed(1)} s）。`);

  const client = await connect(options.url);
  try {
    const existing = await listTables(client);
    const filled = await nonEmptyTables(client, existing);
    if (filled.length > 0 && !options.replace) throw notEmptyError(filled);
    const local = await localMigrations(ROOT);
    const applied = options.replace ? null : await appliedMigrations(client);
    const plan = planMigrations(manifest.migrations, local, applied);
    for (const warning of plan.warnings) log(`注意 / Note: ${warning}`);

    const { rows: others } = await client.query<{ count: string }>(
      `SELECT count(*) AS count FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'`,
    );
    const connected = Number(others[0]!.count);
    if (connected > 0 && options.replace) {
      // Deleting everything while the portal writes would leave neither its data nor the backup's.
      throw new BackupError(
        `数据库 ${describeUrl(options.url)} 还有 ${connected} 个其他连接（门户是否在运行？）。--replace 会删除全部数据，请先停止门户并断开其他连接，未做任何更改。`,
        `The database ${describeUrl(options.url)} has ${connected} other connections (is the portal running?). --replace deletes everything: stop the portal and close other connections first; nothing was changed.`,
      );
    }
    if (connected > 0) log(`注意：数据库 ${describeUrl(options.url)} 还有 ${connected} 个其他连接。门户若在运行，恢复后请重启它（它缓存了页面）。`);
    if (options.replace && (existing.length > 0 || (await appliedMigrations(client)) !== null)) {
      log(`--replace：删除数据库 ${describeUrl(options.url)} 中的全部表和数据 …`);
      await clearDatabase(client);
    }

    // A database already at the backup's version (a restore run again after a failure) is not migrated again.
    const needed = plan.subset ?? local.map((migration) => migration.name);
    const atVersion = applied !== null && applied.map((migration) => migration.name).join() === needed.join() && !(await hasUnfinishedMigration(client));
    if (atVersion) {
      log(`数据库的结构已是备份时的版本（${needed.length} 个迁移）。`);
    } else {
      log(plan.subset ? `应用备份时的 ${plan.subset.length} 个迁移 …` : '应用迁移 …');
      await deployMigrations(ROOT, options.url, plan.subset);
    }
    log('载入数据（一个事务）…');
    await loadData(client, options.file, manifest, log);
    if (plan.subset) {
      log('应用备份之后的新迁移 …');
      await deployMigrations(ROOT, options.url);
    }
    if (options.appUrl) await grantAfterMigrating(options.url, options.appUrl, log);
    // Fresh tables have no statistics; the planner needs them at once (the directory, the search).
    await client.query('ANALYZE');
    const seconds = (performance.now() - started) / 1000;
    log(`恢复完成：${describeUrl(options.url)}，用时 ${seconds.toFixed(1)} s。`);
    return { manifest, seconds };
  } finally {
    await client.end().catch(() => undefined);
  }
}
