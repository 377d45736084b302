// `npm run db:backup`: a logical backup with COPY, streamed into one gzip
// file (see file-format.ts), from one REPEATABLE READ READ ONLY transaction:
// every table is read as of the same moment while the portal keeps writing.
// Needs only SELECT on the tables and sequences.
import { createHash } from 'node:crypto';
import { createWriteStream, existsSync } from 'node:fs';
import { mkdir, rename, stat, unlink } from 'node:fs/promises';
import { once } from 'node:events';
import { dirname } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { to as copyTo } from 'pg-copy-streams';
import { appliedMigrations, listForeignKeys, listSequences, listTables, loadOrder, qualified, quoteIdent } from './catalog';
import { BackupError } from './errors';
import { FORMAT_VERSION, MAGIC, countRows, recordHeader, type Manifest, type RecordType } from './file-format';
import { formatBytes, formatCount, Progress } from './progress';
import { connect, serverVersion } from './session';

export interface BackupOptions {
  /** Connection string; SELECT on every table (Prisma's migration history included) and sequence is enough. */
  url: string;
  /** The file to write; it must not exist yet. */
  out: string;
  log?: (line: string) => void;
  /** Called after each table is written (tests write to the database here, to prove the snapshot). */
  afterTable?: (table: string) => Promise<void> | void;
}

export interface BackupResult {
  path: string;
  manifest: Manifest;
  /** Size of the compressed file. */
  fileBytes: number;
  seconds: number;
}

// Level 6 (gzip's default): on the benchmark's data 9 s per 660 MB of COPY text against 4–5 s
// for levels 1–3, for a file 35–40% smaller; it runs on zlib's thread beside PostgreSQL's COPY.
const GZIP_LEVEL = 6;

/** A refused read as a message that says what to do; other errors as they are. */
function permissionError(error: unknown, table?: string): unknown {
  if ((error as { code?: string }).code !== '42501') return error;
  const reason = (error as Error).message;
  return new BackupError(
    `数据库角色无权读取${table ? `表 ${table}` : '所有的表'}（${reason}）。请给它 SELECT 权限，或用表的所有者角色备份。`,
    `The database role may not read ${table ? `table ${table}` : 'every table'} (${reason}). Grant it SELECT, or back up as the tables' owner.`,
  );
}

export async function createBackup(options: BackupOptions): Promise<BackupResult> {
  const log = options.log ?? (() => undefined);
  const started = performance.now();
  if (existsSync(options.out)) {
    throw new BackupError(`备份文件已存在：${options.out}（不会覆盖）。`, `The backup file already exists: ${options.out} (it is not overwritten).`);
  }
  const client = await connect(options.url);
  await mkdir(dirname(options.out), { recursive: true }).catch(async (error: unknown) => {
    await client.end();
    throw error;
  });
  // Written beside the target and renamed when complete: a file under the final name is always whole.
  const partial = `${options.out}.partial`;
  const gzip = createGzip({ level: GZIP_LEVEL });
  const written = pipeline(gzip, createWriteStream(partial, { mode: 0o600, flush: true }));
  written.catch(() => undefined);
  const fileHash = createHash('sha256');

  const write = async (bytes: Buffer, hashed = true) => {
    if (hashed) fileHash.update(bytes);
    if (!gzip.write(bytes)) await Promise.race([once(gzip, 'drain'), written]);
  };
  const record = async (type: RecordType, payload: Buffer) => {
    await write(recordHeader(type, payload.length), type !== 'M');
    if (payload.length > 0) await write(payload, type !== 'M');
  };
  const json = (value: unknown) => Buffer.from(`${JSON.stringify(value)}\n`);

  try {
    // The snapshot is taken by the transaction's first query: everything below sees the same moment.
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const migrations = await appliedMigrations(client).catch((error: unknown) => {
      if ((error as { code?: string }).code !== '42501') throw error;
      throw new BackupError(
        '这个数据库角色无权读取迁移记录（_prisma_migrations），备份需要它。请用所有者角色备份（设置 MIGRATION_DATABASE_URL）。',
        "This database role may not read the migration history (_prisma_migrations), which the backup needs. Back up as the owner (set MIGRATION_DATABASE_URL).",
      );
    });
    if (!migrations || migrations.length === 0) {
      throw new BackupError('这个数据库还没有应用过迁移（是空的，或不是年报系统的数据库），没有可备份的内容。', 'This database has no migrations applied (it is empty, or not a Nianbao database): nothing to back up.');
    }
    const tables = await listTables(client);
    // Held to the end: a migration cannot change a table while it is being read.
    await client.query(`LOCK TABLE ${tables.map((table) => qualified(table.name)).join(', ')} IN ACCESS SHARE MODE`).catch((error: unknown) => {
      throw permissionError(error);
    });
    const { order } = loadOrder(
      tables.map((table) => table.name),
      await listForeignKeys(client),
    );
    const sequences = [];
    for (const name of await listSequences(client)) {
      const { rows } = await client.query<{ last_value: string; is_called: boolean }>(`SELECT last_value::text, is_called FROM ${qualified(name)}`);
      sequences.push({ name, lastValue: rows[0]!.last_value, isCalled: rows[0]!.is_called });
    }
    // now() is the transaction's start: the moment the data is from.
    const { rows: database } = await client.query<{ name: string; at: Date }>('SELECT current_database() AS name, now() AS at');
    const version = await serverVersion(client);
    log(`备份 ${tables.length} 个表（PostgreSQL ${version}，${migrations.length} 个迁移）→ ${options.out}`);

    await write(MAGIC);
    const summaries: Manifest['tables'] = [];
    for (const name of order) {
      const { columns } = tables.find((table) => table.name === name)!;
      const progress = new Progress(log, name);
      await record('T', json({ table: name, columns }));
      const tableHash = createHash('sha256');
      let rows = 0;
      let bytes = 0;
      const copy = client.query(copyTo(`COPY ${qualified(name)} (${columns.map(quoteIdent).join(', ')}) TO STDOUT`));
      try {
        for await (const chunk of copy as AsyncIterable<Buffer>) {
          tableHash.update(chunk);
          rows += countRows(chunk);
          bytes += chunk.length;
          await record('D', chunk);
          progress.tick(rows, bytes);
        }
      } catch (error) {
        throw permissionError(error, name);
      }
      const sha256 = tableHash.digest('hex');
      await record('E', json({ table: name, rows, bytes, sha256 }));
      summaries.push({ table: name, columns, rows, bytes, sha256 });
      progress.done(rows, bytes);
      await options.afterTable?.(name);
    }
    await client.query('COMMIT');

    const manifest: Manifest = {
      format: 'nianbao-backup',
      formatVersion: FORMAT_VERSION,
      createdAt: database[0]!.at.toISOString(),
      serverVersion: version,
      database: database[0]!.name,
      migrations,
      tables: summaries,
      sequences,
      sha256: fileHash.digest('hex'),
    };
    await record('M', json(manifest));
    gzip.end();
    await written;
    await rename(partial, options.out);
    const fileBytes = (await stat(options.out)).size;
    const seconds = (performance.now() - started) / 1000;
    const totalRows = summaries.reduce((sum, table) => sum + table.rows, 0);
    log(`备份完成：${options.out}，${formatCount(totalRows)} 行，${formatBytes(fileBytes)}（压缩前 ${formatBytes(summaries.reduce((sum, table) => sum + table.bytes, 0))}），用时 ${seconds.toFixed(1)} s`);
    return { path: options.out, manifest, fileBytes, seconds };
  } catch (error) {
    gzip.destroy();
    await written.catch(() => undefined);
    await unlink(partial).catch(() => undefined);
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end().catch(() => undefined);
  }
}
