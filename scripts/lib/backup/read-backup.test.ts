// The backup file is refused whole when any part of it is missing, changed or
// out of place — checked here on files built in memory, with real gzip.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { BackupError } from './errors';
import { MAGIC, type Manifest } from './file-format';
import { readBackup, verifyBackupFile } from './read-backup';
import { buildBackup } from './testing/build-backup';

const TABLES = [
  { table: 'districts', columns: ['id', 'name'], rows: ['d1\t章贡区\n', 'd2\t南康区\n'] },
  { table: 'departments', columns: ['id', 'district_id', 'note'], rows: ['a\td1\t多行\\n文本\n', 'b\td1\t\\N\n', 'c\td2\t制表\\t符\n'] },
  { table: 'empty', columns: ['id'], rows: [] },
];

function build(edit?: (parts: Buffer[], manifest: Manifest) => void): Buffer {
  return buildBackup(TABLES, { edit });
}

/** The bytes in chunks of `size`, as a file or gunzip delivers them. */
async function* chunks(bytes: Buffer, size = 7): AsyncGenerator<Buffer> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

async function refusal(bytes: Buffer): Promise<BackupError> {
  const error = await readBackup(chunks(bytes)).then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(BackupError);
  return error as BackupError;
}

describe('readBackup', () => {
  it('reads a whole file in any chunking, table by table, and returns its manifest', async () => {
    const bytes = build();
    for (const size of [1, 3, 64, bytes.length]) {
      const seen: string[] = [];
      const data: Record<string, string> = {};
      let current = '';
      const manifest = await readBackup(chunks(bytes, size), {
        startTable: (table) => {
          current = table.table;
          data[current] = '';
        },
        data: (chunk) => {
          data[current] += chunk.toString('utf8');
        },
        endTable: (table) => {
          seen.push(`${table.table}:${table.rows}`);
        },
      });
      expect(seen).toEqual(['districts:2', 'departments:3', 'empty:0']);
      expect(data.departments).toBe(TABLES[1]!.rows.join(''));
      expect(manifest.sequences).toEqual([{ name: 'audit_events_id_seq', lastValue: '42', isCalled: true }]);
    }
  });

  it('refuses a file cut off anywhere', async () => {
    const bytes = build();
    for (const length of [0, 5, MAGIC.length, MAGIC.length + 3, 60, Math.floor(bytes.length / 2), bytes.length - 20, bytes.length - 1]) {
      const error = await refusal(bytes.subarray(0, length));
      expect(error.zh).toMatch(/^备份文件已损坏或不完整（.+），未做任何更改。$/);
    }
    expect((await refusal(bytes.subarray(0, bytes.length - 1))).zh).toContain('文件在记录中间结束');
  });

  it("refuses a changed row, naming the table, although the file's shape is intact", async () => {
    const bytes = build((parts) => {
      const index = parts.findIndex((part) => part.toString('utf8').includes('南康区'));
      parts[index] = Buffer.from(parts[index]!.toString('utf8').replace('南康区', '北康区'));
    });
    expect((await refusal(bytes)).zh).toContain('表 districts 的数据与其校验和或行数不符');
  });

  it('refuses a manifest that does not match the data before it', async () => {
    const wrongCount = build((_parts, manifest) => {
      manifest.tables[0]!.rows = 3;
    });
    expect((await refusal(wrongCount)).zh).toContain('清单中的表与文件中的数据不符');
    const wrongSum = build((_parts, manifest) => {
      manifest.sha256 = '0'.repeat(64);
    });
    expect((await refusal(wrongSum)).zh).toContain('文件内容与清单中的校验和不符');
  });

  it('refuses another file, a newer format, bytes after the manifest and an absurd record length', async () => {
    expect((await refusal(Buffer.from('PGDMP\0\0 not ours'))).zh).toContain('不是年报系统的备份文件');
    expect((await refusal(Buffer.from(`NIANBAO-BACKUP 2\nT 3\n{}\n`))).en).toContain('format version 2; this program reads version 1');
    expect((await refusal(Buffer.concat([build(), Buffer.from('D 1\nx')]))).zh).toContain('清单之后还有数据');
    expect((await refusal(Buffer.concat([MAGIC, Buffer.from('D 9999999999\n')]))).zh).toContain('记录头无法识别');
  });
});

describe('verifyBackupFile', () => {
  const folder = mkdtemp(join(tmpdir(), 'nianbao-backup-test-'));
  afterAll(async () => rm(await folder, { recursive: true, force: true }));

  it('checks the gzip stream too: a cut-off or damaged file is refused with a clear message', async () => {
    const compressed = gzipSync(build());
    const whole = join(await folder, 'whole.backup.gz');
    await writeFile(whole, compressed);
    expect((await verifyBackupFile(whole)).tables).toHaveLength(3);

    const cut = join(await folder, 'cut.backup.gz');
    await writeFile(cut, compressed.subarray(0, compressed.length - 10));
    await expect(verifyBackupFile(cut)).rejects.toThrow(/备份文件已损坏或不完整（压缩数据在中途结束，文件被截断了）/);

    const damaged = join(await folder, 'damaged.backup.gz');
    const flipped = Buffer.from(compressed);
    flipped[Math.floor(flipped.length / 2)]! ^= 0xff;
    await writeFile(damaged, flipped);
    await expect(verifyBackupFile(damaged)).rejects.toThrow(BackupError);

    const plain = join(await folder, 'plain.txt');
    await writeFile(plain, 'not compressed');
    await expect(verifyBackupFile(plain)).rejects.toThrow(/备份文件已损坏或不完整（压缩数据有误/);
    await expect(verifyBackupFile(join(await folder, 'missing.backup.gz'))).rejects.toThrow(/找不到备份文件/);
  });
});
