// The backup file: one gzip stream of records, written and read as a stream
// (a province's tables do not fit in memory).
//
//   NIANBAO-BACKUP 1\n                  magic line and format version
//   T <length>\n{"table","columns"}      a table starts
//   D <length>\n<bytes>                  its rows in COPY text format (any number of records)
//   E <length>\n{"table","rows","bytes","sha256"}
//   …                                    the next table
//   M <length>\n{manifest}               last: everything, with the checksum of all bytes before it
//
// Lengths prefix every record, so a row's bytes are never searched for a
// terminator; the manifest comes last because the counts and checksums are
// known only at the end. A file without it was cut off.
import { createHash, type Hash } from 'node:crypto';
import { z } from 'zod';
import { damagedFile } from './errors';

export const FORMAT_VERSION = 1;
export const MAGIC = Buffer.from(`NIANBAO-BACKUP ${FORMAT_VERSION}\n`);
const MAGIC_NAME = Buffer.from('NIANBAO-BACKUP ');
/** Bigger records are taken for damage (a COPY chunk is far smaller; the manifest too). */
const MAX_RECORD_BYTES = 64 * 1024 * 1024;

export type RecordType = 'T' | 'D' | 'E' | 'M';

export function recordHeader(type: RecordType, length: number): Buffer {
  return Buffer.from(`${type} ${length}\n`);
}

/** Rows in a chunk of COPY text data: each row ends with a newline; newlines in values are escaped. */
export function countRows(chunk: Buffer): number {
  let rows = 0;
  for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) rows++;
  return rows;
}

const tableStartSchema = z.object({ table: z.string().min(1), columns: z.array(z.string().min(1)).min(1) });
const tableEndSchema = z.object({
  table: z.string().min(1),
  rows: z.number().int().nonnegative(),
  bytes: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export const manifestSchema = z.object({
  format: z.literal('nianbao-backup'),
  formatVersion: z.literal(FORMAT_VERSION),
  /** The moment the data is from (the start of the backup's transaction). */
  createdAt: z.string(),
  serverVersion: z.string(),
  database: z.string(),
  migrations: z.array(z.object({ name: z.string(), checksum: z.string(), finishedAt: z.string().nullable() })),
  tables: z.array(tableStartSchema.extend(tableEndSchema.shape)),
  sequences: z.array(z.object({ name: z.string(), lastValue: z.string().regex(/^-?\d+$/), isCalled: z.boolean() })),
  /** SHA-256 of every byte of the (uncompressed) file before the manifest's record. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

export type TableStart = z.infer<typeof tableStartSchema>;
export type TableEnd = z.infer<typeof tableEndSchema>;
export type Manifest = z.infer<typeof manifestSchema>;
export type TableSummary = Manifest['tables'][number];

export type BackupRecord =
  | { type: 'T'; table: TableStart }
  | { type: 'D'; data: Buffer }
  | { type: 'E'; table: TableEnd }
  | { type: 'M'; manifest: Manifest; sha256: string };

/** Bytes arriving in chunks, taken from the front. */
class ByteQueue {
  private chunks: Buffer[] = [];
  length = 0;

  push(chunk: Buffer) {
    if (chunk.length === 0) return;
    this.chunks.push(chunk);
    this.length += chunk.length;
  }

  /** The first `n` bytes (n ≤ length), without taking them. */
  peek(n: number): Buffer {
    const first = this.chunks[0]!;
    if (first.length >= n) return first.subarray(0, n);
    const parts: Buffer[] = [];
    let have = 0;
    for (const chunk of this.chunks) {
      if (have >= n) break;
      parts.push(chunk);
      have += chunk.length;
    }
    return Buffer.concat(parts, have).subarray(0, n);
  }

  /** Takes the first `n` bytes (n ≤ length), joining only the chunks they span. */
  take(n: number): Buffer {
    const first = this.chunks[0]!;
    if (first.length >= n) {
      if (first.length === n) this.chunks.shift();
      else this.chunks[0] = first.subarray(n);
      this.length -= n;
      return first.subarray(0, n);
    }
    const parts: Buffer[] = [];
    let have = 0;
    while (have < n) {
      const chunk = this.chunks.shift()!;
      parts.push(chunk);
      have += chunk.length;
    }
    const joined = Buffer.concat(parts, have);
    if (have > n) this.chunks.unshift(joined.subarray(n));
    this.length -= n;
    return joined.subarray(0, n);
  }
}

function parseJson<T>(schema: z.ZodType<T>, payload: Buffer, what: string): T {
  let value: unknown;
  try {
    value = JSON.parse(payload.toString('utf8'));
  } catch {
    throw damagedFile(`${what}不是有效的 JSON`, `the ${what === '清单' ? 'manifest' : 'table record'} is not valid JSON`);
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw damagedFile(`${what}的内容不对`, `the ${what === '清单' ? 'manifest' : 'table record'} has unexpected content`);
  return parsed.data;
}

const HEADER = /^([TDEM]) (\d{1,10})\n$/;

/**
 * The records of an uncompressed backup stream, checked for shape only (the
 * meaning — counts, checksums, order — is checked by readBackup).
 */
export async function* readRecords(source: AsyncIterable<Buffer>): AsyncGenerator<BackupRecord> {
  const queue = new ByteQueue();
  const hash: Hash = createHash('sha256');
  let magicSeen = false;
  let manifestSeen = false;
  let pending: { type: RecordType; length: number } | null = null;

  const drain = function* (): Generator<BackupRecord> {
    for (;;) {
      if (!magicSeen) {
        if (queue.length === 0) return;
        // Another kind of file is told apart by its first bytes, however short it is.
        const start = queue.peek(Math.min(queue.length, MAGIC_NAME.length));
        if (!start.equals(MAGIC_NAME.subarray(0, start.length))) throw damagedFile('不是年报系统的备份文件', 'not a Nianbao backup file');
        if (queue.length < MAGIC.length) return;
        const magic = queue.take(MAGIC.length);
        if (!magic.equals(MAGIC)) {
          const version = /^NIANBAO-BACKUP (\d+)\n$/.exec(magic.toString('latin1'));
          if (version) throw damagedFile(`格式版本 ${version[1]}，本程序只能读取版本 ${FORMAT_VERSION}`, `format version ${version[1]}; this program reads version ${FORMAT_VERSION}`);
          throw damagedFile('不是年报系统的备份文件', 'not a Nianbao backup file');
        }
        hash.update(magic);
        magicSeen = true;
      }
      if (!pending) {
        if (queue.length === 0) return;
        if (manifestSeen) throw damagedFile('清单之后还有数据', 'data after the manifest');
        const window = queue.peek(Math.min(queue.length, 16));
        const newline = window.indexOf(10);
        if (newline === -1) {
          if (window.length >= 16) throw damagedFile('记录头无法识别', 'unreadable record header');
          return;
        }
        const match = HEADER.exec(window.subarray(0, newline + 1).toString('latin1'));
        if (!match || Number(match[2]) > MAX_RECORD_BYTES) throw damagedFile('记录头无法识别', 'unreadable record header');
        const header = queue.take(newline + 1);
        pending = { type: match[1] as RecordType, length: Number(match[2]) };
        if (pending.type !== 'M') hash.update(header);
      }
      if (queue.length < pending.length) return;
      const payload = pending.length === 0 ? Buffer.alloc(0) : queue.take(pending.length);
      const { type } = pending;
      pending = null;
      if (type === 'M') {
        manifestSeen = true;
        yield { type, manifest: parseJson(manifestSchema, payload, '清单'), sha256: hash.copy().digest('hex') };
        continue;
      }
      hash.update(payload);
      if (type === 'D') yield { type, data: payload };
      else if (type === 'T') yield { type, table: parseJson(tableStartSchema, payload, '表记录') };
      else yield { type, table: parseJson(tableEndSchema, payload, '表记录') };
    }
  };

  for await (const chunk of source) {
    queue.push(chunk);
    yield* drain();
  }
  if (!magicSeen) throw damagedFile('文件为空或太短', 'the file is empty or too short');
  if (pending || queue.length > 0) throw damagedFile('文件在记录中间结束', 'the file ends inside a record');
  if (!manifestSeen) throw damagedFile('缺少结尾的清单，文件被截断了', 'the manifest at the end is missing: the file was cut off');
}
