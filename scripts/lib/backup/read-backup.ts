// Reads a backup file from start to end and checks that it is whole: the
// gzip stream's own checksum, the order of the records, every table's row
// count and SHA-256, and the manifest's checksum of everything before it.
// `npm run db:restore` reads a file twice: once only to check it (before it
// touches the database), then again to load it, checking everything again.
import { createHash, type Hash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createGunzip } from 'node:zlib';
import { BackupError, damagedFile } from './errors';
import { countRows, readRecords, type Manifest, type TableStart, type TableSummary } from './file-format';

export interface BackupVisitor {
  startTable?(table: TableStart): Promise<void> | void;
  data?(chunk: Buffer): Promise<void> | void;
  /** Called once the table's bytes have been checked against its end record. */
  endTable?(table: TableSummary): Promise<void> | void;
}

/** The uncompressed bytes of a backup file. Errors of the file or of gzip are thrown as they are. */
export async function* backupFileBytes(path: string): AsyncGenerator<Buffer> {
  const info = await stat(path).catch(() => null);
  if (!info?.isFile()) throw new BackupError(`找不到备份文件：${path}`, `Backup file not found: ${path}`);
  const gunzip = createGunzip();
  const file = createReadStream(path);
  file.on('error', (error) => gunzip.destroy(error));
  file.pipe(gunzip);
  yield* gunzip as AsyncIterable<Buffer>;
}

function describeGzipError(error: unknown): BackupError | null {
  const code = (error as { code?: string }).code;
  if (code === 'Z_BUF_ERROR') return damagedFile('压缩数据在中途结束，文件被截断了', 'the compressed data ends early: the file was cut off');
  if (code === 'Z_DATA_ERROR') return damagedFile(`压缩数据有误：${(error as Error).message}`, `bad compressed data: ${(error as Error).message}`);
  return null;
}

/**
 * Reads the whole stream, calling the visitor for each table, and returns
 * the manifest once everything has been checked against it.
 */
export async function readBackup(source: AsyncIterable<Buffer>, visitor: BackupVisitor = {}): Promise<Manifest> {
  const seen: TableSummary[] = [];
  let manifest: Manifest | null = null;
  let current: { start: TableStart; hash: Hash; rows: number; bytes: number } | null = null;
  try {
    for await (const record of readRecords(source)) {
      if (record.type === 'T') {
        if (current) throw damagedFile(`表 ${current.start.table} 没有结束记录`, `table ${current.start.table} has no end record`);
        current = { start: record.table, hash: createHash('sha256'), rows: 0, bytes: 0 };
        await visitor.startTable?.(record.table);
      } else if (record.type === 'D') {
        if (!current) throw damagedFile('数据不属于任何表', 'data outside a table');
        current.hash.update(record.data);
        current.rows += countRows(record.data);
        current.bytes += record.data.length;
        await visitor.data?.(record.data);
      } else if (record.type === 'E') {
        if (!current || record.table.table !== current.start.table) throw damagedFile('表的结束记录不匹配', 'a table end record does not match its start');
        const sha256 = current.hash.digest('hex');
        const { rows, bytes } = record.table;
        if (sha256 !== record.table.sha256 || rows !== current.rows || bytes !== current.bytes) {
          throw damagedFile(`表 ${current.start.table} 的数据与其校验和或行数不符`, `the data of table ${current.start.table} does not match its checksum or row count`);
        }
        const summary = { ...current.start, rows, bytes, sha256 };
        seen.push(summary);
        current = null;
        await visitor.endTable?.(summary);
      } else {
        if (current) throw damagedFile(`表 ${current.start.table} 没有结束记录`, `table ${current.start.table} has no end record`);
        checkManifest(record.manifest, record.sha256, seen);
        // Read on to the end: gzip checks its trailer there, and nothing may follow the manifest.
        manifest = record.manifest;
      }
    }
  } catch (error) {
    throw describeGzipError(error) ?? error;
  }
  // readRecords throws when the manifest is missing.
  if (!manifest) throw damagedFile('缺少清单', 'the manifest is missing');
  return manifest;
}

function checkManifest(manifest: Manifest, sha256: string, seen: TableSummary[]): void {
  if (manifest.sha256 !== sha256) throw damagedFile('文件内容与清单中的校验和不符', 'the contents do not match the checksum in the manifest');
  const same =
    manifest.tables.length === seen.length &&
    manifest.tables.every((table, index) => {
      const other = seen[index]!;
      return table.table === other.table && table.rows === other.rows && table.sha256 === other.sha256 && table.bytes === other.bytes && table.columns.join(',') === other.columns.join(',');
    });
  if (!same) throw damagedFile('清单中的表与文件中的数据不符', 'the tables in the manifest do not match the data in the file');
}

/** Checks a backup file without touching any database; returns its manifest. */
export function verifyBackupFile(path: string, visitor?: BackupVisitor): Promise<Manifest> {
  return readBackup(backupFileBytes(path), visitor);
}
