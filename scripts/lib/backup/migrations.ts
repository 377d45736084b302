// The schema a backup is restored into: exactly the migrations that were
// applied when it was made (`prisma migrate deploy`, with only those when
// this program has newer ones), so every table has the columns of the backup;
// the newer migrations run after the data is in, as they would have on the
// original database.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runPrisma } from '../../prisma.mjs';
import { BackupError } from './errors';
import type { Manifest } from './file-format';

export interface LocalMigration {
  name: string;
  /** SHA-256 of migration.sql, as Prisma records it in _prisma_migrations.checksum. */
  checksum: string;
}

export async function localMigrations(root: string): Promise<LocalMigration[]> {
  const folder = join(root, 'prisma', 'migrations');
  const names = (await readdir(folder, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory() && existsSync(join(folder, entry.name, 'migration.sql')))
    .map((entry) => entry.name)
    .sort();
  return Promise.all(
    names.map(async (name) => ({ name, checksum: createHash('sha256').update(await readFile(join(folder, name, 'migration.sql'))).digest('hex') })),
  );
}

export interface MigrationPlan {
  /** The backup's migrations, when this program has more (restore at the backup's version, then migrate on). */
  subset: string[] | null;
  warnings: string[];
}

/**
 * Checks that the backup's schema can be built here: every migration it had
 * is known to this program, and the target has none the backup lacks.
 * `target` is what the target database has applied (null: never migrated).
 */
export function planMigrations(backup: Manifest['migrations'], local: LocalMigration[], target: { name: string }[] | null): MigrationPlan {
  const known = new Map(local.map((migration) => [migration.name, migration]));
  const unknown = backup.filter((migration) => !known.has(migration.name));
  if (unknown.length > 0) {
    throw new BackupError(
      `备份来自较新版本的年报系统：本程序没有它的迁移 ${unknown.map((m) => m.name).join('、')}。请先更新程序，再恢复。`,
      `The backup comes from a newer version of Nianbao: this program lacks its migrations ${unknown.map((m) => m.name).join(', ')}. Update the program first.`,
    );
  }
  const inBackup = new Set(backup.map((migration) => migration.name));
  const extra = (target ?? []).filter((migration) => !inBackup.has(migration.name));
  if (extra.length > 0) {
    throw new BackupError(
      `目标数据库已应用了备份中没有的迁移（${extra.map((m) => m.name).join('、')}），结构比备份新。请恢复到一个新建的空数据库，或加 --replace 清空它。`,
      `The target database has migrations the backup lacks (${extra.map((m) => m.name).join(', ')}). Restore into a new empty database, or add --replace to clear it.`,
    );
  }
  const warnings = backup
    .filter((migration) => known.get(migration.name)!.checksum !== migration.checksum)
    .map((migration) => `迁移 ${migration.name} 的内容与备份时不同（本地文件被修改过）/ migration ${migration.name} differs from the one applied when the backup was made`);
  return { subset: backup.length < local.length ? backup.map((migration) => migration.name) : null, warnings };
}

/** `prisma migrate deploy` on `url`: every migration, or only `names` (from a copy of the migrations folder). */
export async function deployMigrations(root: string, url: string, names: string[] | null = null): Promise<void> {
  const env = { ...process.env, DATABASE_URL: url, MIGRATION_DATABASE_URL: url };
  const stdio: ['ignore', 'ignore', 'inherit'] = ['ignore', 'ignore', 'inherit'];
  let code: number;
  if (!names) {
    code = await runPrisma(['migrate', 'deploy'], { env, stdio });
  } else {
    const scratch = await mkdtemp(join(tmpdir(), 'nianbao-restore-'));
    try {
      const source = join(root, 'prisma', 'migrations');
      const target = join(scratch, 'migrations');
      await mkdir(target);
      await copyFile(join(source, 'migration_lock.toml'), join(target, 'migration_lock.toml'));
      for (const name of names) {
        await mkdir(join(target, name));
        await copyFile(join(source, name, 'migration.sql'), join(target, name, 'migration.sql'));
      }
      const config = join(scratch, 'prisma.config.mjs');
      // A plain object: a config outside the project cannot import 'prisma/config'.
      const settings = { schema: join(root, 'prisma', 'schema.prisma'), migrations: { path: target } };
      await writeFile(config, `export default { ...${JSON.stringify(settings)}, datasource: { url: process.env.DATABASE_URL } };\n`);
      code = await runPrisma(['migrate', 'deploy', '--config', config], { env, stdio });
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  }
  if (code !== 0) {
    throw new BackupError('prisma migrate deploy 失败（原因见上面的信息）。', 'prisma migrate deploy failed (see the messages above).');
  }
}
