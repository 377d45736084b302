// Builds a backup file's bytes in memory, exactly as create-backup.ts writes
// them, from tables given as COPY text rows — for tests of what restore
// refuses (damage, rows PostgreSQL or a key refuses).
import { createHash } from 'node:crypto';
import { FORMAT_VERSION, MAGIC, recordHeader, type Manifest, type RecordType } from '../file-format';

export interface TableRows {
  table: string;
  columns: string[];
  /** COPY text rows, each ending with a newline. */
  rows: string[];
}

/** The uncompressed bytes; `edit` may change the parts (records) or the manifest before they are joined. */
export function buildBackup(
  tables: TableRows[],
  options: { migrations?: Manifest['migrations']; edit?: (parts: Buffer[], manifest: Manifest) => void } = {},
): Buffer {
  const parts: Buffer[] = [MAGIC];
  const record = (type: RecordType, payload: Buffer) => parts.push(recordHeader(type, payload.length), payload);
  const json = (value: unknown) => Buffer.from(`${JSON.stringify(value)}\n`);
  const summaries: Manifest['tables'] = [];
  for (const table of tables) {
    record('T', json({ table: table.table, columns: table.columns }));
    const data = Buffer.from(table.rows.join(''));
    // Two records, as COPY's chunks arrive.
    const half = Math.floor(data.length / 2);
    if (data.length > 0) {
      record('D', data.subarray(0, half));
      record('D', data.subarray(half));
    }
    const sha256 = createHash('sha256').update(data).digest('hex');
    summaries.push({ table: table.table, columns: table.columns, rows: table.rows.length, bytes: data.length, sha256 });
    record('E', json({ table: table.table, rows: table.rows.length, bytes: data.length, sha256 }));
  }
  const manifest: Manifest = {
    format: 'nianbao-backup',
    formatVersion: FORMAT_VERSION,
    createdAt: '2026-11-30T08:00:00.000Z',
    serverVersion: '18.4',
    database: 'nianbao',
    migrations: options.migrations ?? [{ name: '20261125222942_init', checksum: 'x', finishedAt: null }],
    tables: summaries,
    sequences: [{ name: 'audit_events_id_seq', lastValue: '42', isCalled: true }],
    sha256: createHash('sha256').update(Buffer.concat(parts)).digest('hex'),
  };
  options.edit?.(parts, manifest);
  const payload = json(manifest);
  return Buffer.concat([...parts, recordHeader('M', payload.length), payload]);
}
