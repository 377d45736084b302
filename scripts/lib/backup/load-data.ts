// The data half of a restore, in ONE transaction: if anything fails — a
// checksum, a row count, a foreign key, the connection — nothing of the
// backup stays in the database.
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { listTables, qualified, quoteIdent, type TableInfo } from './catalog';
import { dropDeferred, listDeferred, rebuildDeferred } from './deferred-objects';
import { BackupError, damagedFile } from './errors';
import { countRows, type Manifest, type TableStart, type TableSummary } from './file-format';
import { formatCount, Progress } from './progress';
import { backupFileBytes, readBackup } from './read-backup';

/** Tables that hold at least one row. */
export async function nonEmptyTables(client: pg.ClientBase, tables: TableInfo[]): Promise<string[]> {
  const found: string[] = [];
  for (const table of tables) {
    const { rows } = await client.query<{ any: boolean }>(`SELECT EXISTS (SELECT 1 FROM ${qualified(table.name)}) AS any`);
    if (rows[0]!.any) found.push(table.name);
  }
  return found;
}

export function notEmptyError(tables: string[]): BackupError {
  const named = tables.slice(0, 5).join('、') + (tables.length > 5 ? ` 等 ${tables.length} 个表` : '');
  return new BackupError(
    `目标数据库不是空的（${named}中有数据），未做任何更改。只能恢复到空数据库；要删除其中的全部数据并换成备份，加 --replace。`,
    `The target database is not empty (${tables.slice(0, 5).join(', ')}${tables.length > 5 ? ` and ${tables.length - 5} more tables` : ''} hold rows); nothing was changed. Restore into an empty database, or add --replace to delete everything in it first.`,
  );
}

function checkSchema(manifest: Manifest, target: TableInfo[]): void {
  for (const table of manifest.tables) {
    const columns = target.find((candidate) => candidate.name === table.table)?.columns;
    const missing = columns ? table.columns.filter((column) => !columns.includes(column)) : null;
    if (!columns || missing!.length > 0) {
      const what = columns ? `表 ${table.table} 没有列 ${missing!.join('、')}` : `没有表 ${table.table}`;
      throw new BackupError(`迁移后的数据库与备份不符：${what}。`, `After the migrations the database does not match the backup: ${columns ? `table ${table.table} lacks columns ${missing!.join(', ')}` : `no table ${table.table}`}.`);
    }
  }
}

/** A COPY … FROM STDIN fed chunk by chunk, its errors surfacing at the next write or at the end. */
class TableLoad {
  private readonly copy: ReturnType<typeof copyFrom>;
  private readonly failed: Promise<never>;

  constructor(client: pg.ClientBase, table: TableStart) {
    this.copy = client.query(copyFrom(`COPY ${qualified(table.table)} (${table.columns.map(quoteIdent).join(', ')}) FROM STDIN`));
    this.failed = new Promise<never>((_, reject) => this.copy.once('error', reject));
    this.failed.catch(() => undefined);
  }

  async write(chunk: Buffer): Promise<void> {
    if (!this.copy.write(chunk)) await Promise.race([once(this.copy, 'drain'), this.failed]);
  }

  async end(): Promise<number> {
    this.copy.end();
    await Promise.race([finished(this.copy), this.failed]);
    return this.copy.rowCount;
  }
}

export async function loadData(client: pg.ClientBase, file: string, expected: Manifest, log: (line: string) => void): Promise<void> {
  await client.query('BEGIN');
  try {
    const target = await listTables(client);
    checkSchema(expected, target);
    // Nobody else writes (or reads half a restore) until it is committed.
    await client.query(`LOCK TABLE ${target.map((table) => qualified(table.name)).join(', ')} IN ACCESS EXCLUSIVE MODE`);
    // Checked empty (or cleared) before the migrations: rows now were written by someone else meanwhile.
    const filled = await nonEmptyTables(client, target);
    if (filled.length > 0) {
      throw new BackupError(
        `恢复期间有其他连接向数据库写入了数据（${filled.join('、')}），未载入任何数据。请先停止门户（npm start）再恢复。`,
        `Another connection wrote to the database during the restore (${filled.join(', ')}); no data was loaded. Stop the portal (npm start) first.`,
      );
    }

    // Keys and indexes are built after the load (deferred-objects.ts); the
    // file's tables still come in an order computed from the catalog (parents first).
    const loaded = expected.tables.map((table) => table.table);
    const deferred = await listDeferred(client, loaded);
    await dropDeferred(client, deferred);
    await client.query(`SET LOCAL maintenance_work_mem = '256MB'`);

    let load: TableLoad | null = null;
    let progress: Progress | null = null;
    let rows = 0;
    let bytes = 0;
    const manifest = await readBackup(backupFileBytes(file), {
      startTable(table) {
        load = new TableLoad(client, table);
        progress = new Progress(log, table.table);
        rows = 0;
        bytes = 0;
      },
      async data(chunk) {
        await load!.write(chunk);
        rows += countRows(chunk);
        bytes += chunk.length;
        progress!.tick(rows, bytes);
      },
      async endTable(table: TableSummary) {
        rows = await load!.end();
        // PostgreSQL's own count of the rows it took.
        if (rows !== table.rows) {
          throw new BackupError(`表 ${table.table} 载入了 ${rows} 行，备份中有 ${table.rows} 行。`, `Table ${table.table}: ${rows} rows loaded, the backup has ${table.rows}.`);
        }
        progress!.done(rows, table.bytes);
        load = null;
      },
    });
    // The file was checked before; this pass checked it again as it was loaded.
    if (manifest.sha256 !== expected.sha256) throw damagedFile('文件在恢复过程中被改动了', 'the file changed during the restore');

    await rebuildDeferred(client, deferred, loaded, log);
    for (const sequence of manifest.sequences) {
      const { rows: found } = await client.query<{ oid: string | null }>('SELECT to_regclass($1) AS oid', [qualified(sequence.name)]);
      if (!found[0]?.oid) {
        log(`  序列 ${sequence.name} 在目标数据库中不存在，跳过 / sequence ${sequence.name} does not exist, skipped`);
        continue;
      }
      await client.query('SELECT setval($1::regclass, $2::bigint, $3)', [qualified(sequence.name), sequence.lastValue, sequence.isCalled]);
    }
    // Counted again in the database: the rows are there, not only sent.
    for (const table of manifest.tables) {
      const { rows: counted } = await client.query<{ count: string }>(`SELECT count(*) AS count FROM ${qualified(table.table)}`);
      if (Number(counted[0]!.count) !== table.rows) {
        throw new BackupError(`表 ${table.table} 有 ${counted[0]!.count} 行，备份中有 ${table.rows} 行。`, `Table ${table.table} holds ${counted[0]!.count} rows, the backup has ${table.rows}.`);
      }
    }
    await client.query('COMMIT');
    log(`数据已载入并核对：${manifest.tables.length} 个表，${formatCount(manifest.tables.reduce((sum, table) => sum + table.rows, 0))} 行，${manifest.sequences.length} 个序列。`);
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    if ((error as { code?: string }).code === '42501') {
      throw new BackupError(
        `恢复需要表的所有者角色（${(error as Error).message}）：请设置 MIGRATION_DATABASE_URL 为所有者的连接。未载入任何数据。`,
        `A restore needs the tables' owner role (${(error as Error).message}): set MIGRATION_DATABASE_URL to the owner's connection. No data was loaded.`,
      );
    }
    throw error;
  }
}
