// Backup and restore against real PostgreSQL: the demo district with reports
// that went through the whole chain (editions, sign-offs, comments, audit
// events, notifications), backed up while another connection keeps writing,
// restored into a new empty database and compared table by table, row by row.
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { db } from '@/lib/db/client';
import { UserError } from '@/lib/errors';
import { sample2021 } from '@/lib/report-format/testing/sample-content';
import { addComment } from '@/lib/reports/add-comment';
import { createReport } from '@/lib/reports/create-report';
import { saveReportContent } from '@/lib/reports/save-report-content';
import { takeStep } from '@/lib/reports/take-step';
import { stepInputSchema } from '@/lib/reports/workflow-schemas';
import { asTestApp, withDatabase } from '@/scripts/lib/database';
import { seedDemoDistrict } from '@/tests/support/seed-demo';
import { appliedMigrations, listTables, qualified } from './catalog';
import { createBackup } from './create-backup';
import { BackupError } from './errors';
import type { Manifest } from './file-format';
import { deployMigrations, localMigrations } from './migrations';
import { restoreBackup } from './restore-backup';
import { buildBackup } from './testing/build-backup';

const adminUrl = inject('pgAdminUrl');
const sourceUrl = process.env.MIGRATION_DATABASE_URL!;
const root = process.cwd();
const now = new Date('2026-11-25T10:00:00+08:00');
const created: string[] = [];
let folder: string;

type Fingerprint = Record<string, { rows: number; md5: string }>;

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Every table's row count and the MD5 of its rows as text, in order. */
function fingerprint(url: string): Promise<Fingerprint> {
  return withClient(url, async (client) => {
    const result: Fingerprint = {};
    for (const { name } of await listTables(client)) {
      const { rows } = await client.query<{ rows: number; md5: string }>(
        `SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS md5 FROM ${qualified(name)} t`,
      );
      result[name] = rows[0]!;
    }
    return result;
  });
}

/** A new empty database on the test server; its owner's (the superuser's) URL. */
async function emptyDatabase(): Promise<string> {
  const name = `nianbao_restore_${randomBytes(5).toString('hex')}`;
  await withClient(adminUrl, (client) => client.query(`CREATE DATABASE ${name}`));
  created.push(name);
  return withDatabase(adminUrl, name);
}

async function failure(promise: Promise<unknown>): Promise<BackupError> {
  const error = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(BackupError);
  return error as BackupError;
}

async function actor(username: string) {
  const user = await db.user.findUniqueOrThrow({ where: { username } });
  return { id: user.id, displayName: user.displayName, role: user.role, departmentId: user.departmentId };
}

let reportId: string;
let approver: Awaited<ReturnType<typeof actor>>;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'nianbao-backup-'));
  await seedDemoDistrict();
  // One more report through the whole chain, by the domain's own functions.
  const editor = await actor('education.editor');
  const signer = await actor('education.reviewer');
  approver = await actor('approver1');
  const report = await createReport(editor, { departmentId: editor.departmentId!, year: 2025 }, now);
  reportId = report.id;
  const content = sample2021();
  content.signature.date = '2026-01-20';
  const saved = await saveReportContent(editor, { reportId, version: report.version, content });
  const step = (who: typeof editor, input: Record<string, unknown>) => takeStep(who, stepInputSchema.parse({ reportId, ...input }), now);
  // The sample's figures differ from the demo's 2024 report: the warnings are explained, as an editor would.
  const warned = await step(editor, { step: 'submit', version: saved.version }).catch((error: unknown) => error);
  expect(warned).toBeInstanceOf(UserError);
  const explanations = Object.fromEntries(
    Object.keys((warned as UserError).fieldErrors)
      .filter((key) => key.startsWith('explanations.'))
      .map((key) => [key.slice('explanations.'.length), '与上年数据的差异已核实。']),
  );
  const submitted = await step(editor, { step: 'submit', version: saved.version, explanations });
  const signed = await step(signer, { step: 'signOff', version: submitted.version, confidentiality: true });
  await addComment(approver, { reportId, anchor: { kind: 'section', sectionId: 's5' }, body: '请补充改进措施。' });
  await step(approver, { step: 'approveAndPublish', version: signed.version + 1 });
}, 240_000);

afterAll(async () => {
  await withClient(adminUrl, async (client) => {
    for (const name of created) await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });
  await rm(folder, { recursive: true, force: true });
});

describe('backup and restore', () => {
  let file: string;
  let manifest: Manifest;
  let before: Fingerprint;
  let restored: string;

  it('backs up every table as of one moment while another connection keeps writing', async () => {
    before = await fingerprint(sourceUrl);
    file = join(folder, 'demo.backup.gz');
    const lines: string[] = [];
    let writes = 0;
    const result = await createBackup({
      url: sourceUrl,
      out: file,
      log: (line) => lines.push(line),
      // The portal writes between the tables: a comment, its audit event and notifications each time.
      afterTable: async (table) => {
        await addComment(approver, { reportId, anchor: { kind: 'report' }, body: `备份期间的评论（${table} 之后）` });
        writes += 1;
      },
    });
    manifest = result.manifest;
    expect(writes).toBe(manifest.tables.length);
    const after = await fingerprint(sourceUrl);
    expect(after.report_comments!.rows).toBe(before.report_comments!.rows + writes);
    expect(after.audit_events!.rows).toBe(before.audit_events!.rows + writes);
    expect(after.notifications!.rows).toBeGreaterThan(before.notifications!.rows);
    // Tables read after several of those writes still hold the first moment's rows.
    const position = (table: string) => manifest.tables.findIndex((each) => each.table === table);
    expect(position('report_comments')).toBeGreaterThan(3);
    expect(position('notifications')).toBeGreaterThan(3);
    expect(Object.fromEntries(manifest.tables.map((table) => [table.table, table.rows]))).toEqual(Object.fromEntries(Object.entries(before).map(([table, { rows }]) => [table, rows])));

    expect(manifest.migrations.map((migration) => migration.name)).toEqual((await localMigrations(root)).map((migration) => migration.name));
    expect(manifest.serverVersion).toMatch(/^\d+/);
    expect(manifest.sequences.map((sequence) => sequence.name)).toContain('audit_events_id_seq');
    expect(lines.at(-1)).toMatch(/^备份完成：.*demo\.backup\.gz，[\d,]+ 行/);
    // Parents before children: a department's district, an edition's report.
    expect(position('districts')).toBeLessThan(position('departments'));
    expect(position('reports')).toBeLessThan(position('report_editions'));
    await expect(createBackup({ url: sourceUrl, out: file })).rejects.toThrow(/备份文件已存在/);
  }, 60_000);

  it('restores into an empty database: every row of every table, the sequences, the audit log’s protection, the application’s rights', async () => {
    restored = await emptyDatabase();
    await restoreBackup({ url: restored, appUrl: asTestApp(restored), file });
    const copy = await fingerprint(restored);
    expect(copy).toEqual(before);
    for (const table of ['reports', 'report_editions', 'report_submissions', 'report_comments', 'audit_events', 'notifications', 'public_report_cells']) {
      expect(copy[table]!.rows, table).toBeGreaterThan(0);
    }
    expect(copy.report_editions!.rows).toBeGreaterThan(copy.reports!.rows - 10);

    await withClient(restored, async (client) => {
      expect((await appliedMigrations(client))!.map((migration) => migration.name)).toEqual(manifest.migrations.map((migration) => migration.name));
      // The owner too is refused by the append-only trigger …
      await expect(client.query(`UPDATE audit_events SET action = 'changed'`)).rejects.toThrow(/append-only/);
      await expect(client.query('DELETE FROM audit_events')).rejects.toThrow(/append-only/);
    });
    await withClient(asTestApp(restored), async (client) => {
      // … the application's role reads and writes as before, and may add to the audit log (after the restored ids),
      const { rows } = await client.query<{ id: string; max: string }>(
        `INSERT INTO audit_events (actor_name, action, entity_type, entity_id) VALUES ('备份测试', 'test.restore', 'report', 'none')
         RETURNING id::text, (SELECT max(id)::text FROM audit_events) AS max`,
      );
      expect(BigInt(rows[0]!.id)).toBeGreaterThan(BigInt(rows[0]!.max));
      expect((await client.query('SELECT count(*)::int AS n FROM reports')).rows[0].n).toBe(before.reports!.rows);
      // … but neither change nor remove an entry.
      await expect(client.query('DELETE FROM audit_events')).rejects.toThrow();
    });
  }, 120_000);

  it('refuses a database that holds data and changes nothing; --replace replaces everything in it', async () => {
    const error = await failure(restoreBackup({ url: sourceUrl, file }));
    expect(error.zh).toMatch(/^目标数据库不是空的（.+中有数据），未做任何更改。.*--replace/);
    expect(error.en).toMatch(/^The target database is not empty/);
    const source = await fingerprint(sourceUrl);
    expect(source.report_comments!.rows).toBe(before.report_comments!.rows + manifest.tables.length);

    // The restored copy has moved on since (the row added above): replaced, it is the backup again.
    expect((await fingerprint(restored)).audit_events!.rows).toBe(before.audit_events!.rows + 1);
    await restoreBackup({ url: restored, appUrl: asTestApp(restored), file, replace: true });
    expect(await fingerprint(restored)).toEqual(before);
  }, 120_000);

  it('refuses a cut-off or altered file with a clear message and writes nothing', async () => {
    const target = await emptyDatabase();
    const bytes = await readFile(file);
    const cut = join(folder, 'cut.backup.gz');
    await writeFile(cut, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    expect((await failure(restoreBackup({ url: target, file: cut }))).zh).toBe('备份文件已损坏或不完整（压缩数据在中途结束，文件被截断了），未做任何更改。');

    // Valid gzip, one character of one row changed (区 and 县 have the same length in UTF-8).
    const raw = gunzipSync(bytes);
    const at = raw.indexOf(Buffer.from('章贡区'));
    expect(at).toBeGreaterThan(0);
    Buffer.from('章贡县').copy(raw, at);
    const altered = join(folder, 'altered.backup.gz');
    await writeFile(altered, gzipSync(raw));
    expect((await failure(restoreBackup({ url: target, file: altered }))).zh).toMatch(/^备份文件已损坏或不完整（表 \w+ 的数据与其校验和或行数不符），未做任何更改。$/);

    await withClient(target, async (client) => {
      expect(await listTables(client)).toEqual([]);
      expect(await appliedMigrations(client)).toBeNull();
    });
  }, 60_000);

  it('rolls the whole load back when PostgreSQL refuses a row or a key; the restore can then run again', async () => {
    const target = await emptyDatabase();
    const { migrations } = manifest;
    const at = '2026-11-30 08:00:00';
    const district = { table: 'districts', columns: ['id', 'code', 'name', 'full_name', 'government_name', 'portal_name', 'updated_at'], rows: [`d1\tzg\t章贡区\t赣州市章贡区\t章贡区人民政府\t章贡区政府信息公开\t${at}\n`] };
    // Checksums right, a department of a district that is not there.
    const orphan = { table: 'departments', columns: ['id', 'district_id', 'slug', 'name', 'short_name', 'updated_at'], rows: [`p1\tnowhere\tfinance\t章贡区财政局\t区财政局\t${at}\n`] };
    const orphanFile = join(folder, 'orphan.backup.gz');
    await writeFile(orphanFile, gzipSync(buildBackup([district, orphan], { migrations })));
    expect((await failure(restoreBackup({ url: target, file: orphanFile }))).zh).toMatch(/^备份中的数据不满足 departments 的外键 departments_district_id_fkey（.+），已全部撤销。$/);
    // A row with a column too many: COPY itself refuses it.
    const extraFile = join(folder, 'extra.backup.gz');
    await writeFile(extraFile, gzipSync(buildBackup([district, { ...district, rows: [`d2\tx\ty\tz\tw\tv\t${at}\textra\n`] }], { migrations })));
    await expect(restoreBackup({ url: target, file: extraFile })).rejects.toThrow(/extra data after last expected column/);

    const migrated = await fingerprint(target);
    expect(Object.values(migrated).every((table) => table.rows === 0)).toBe(true);
    await withClient(target, async (client) => {
      // The keys and indexes dropped for the load came back with the rollback.
      const { rows } = await client.query(`SELECT 1 FROM pg_constraint WHERE conname = 'departments_district_id_fkey'`);
      expect(rows).toHaveLength(1);
    });
    const lines: string[] = [];
    await restoreBackup({ url: target, file, log: (line) => lines.push(line) });
    expect(lines).toContain(`数据库的结构已是备份时的版本（${migrations.length} 个迁移）。`);
    expect(await fingerprint(target)).toEqual(before);
  }, 120_000);

  it('restores a backup made before later migrations at its own version, then migrates it', async () => {
    const local = await localMigrations(root);
    const old = await emptyDatabase();
    await deployMigrations(root, old, local.slice(0, 2).map((migration) => migration.name));
    await withClient(old, (client) =>
      client.query(`INSERT INTO districts (id, code, name, full_name, government_name, portal_name, updated_at)
                    VALUES ('d-old', 'old', '旧区', '旧市旧区', '旧区人民政府', '旧区政府信息公开', now())`),
    );
    const oldFile = join(folder, 'old.backup.gz');
    expect((await createBackup({ url: old, out: oldFile })).manifest.migrations).toHaveLength(2);

    const target = await emptyDatabase();
    const lines: string[] = [];
    await restoreBackup({ url: target, file: oldFile, log: (line) => lines.push(line) });
    expect(lines).toContain('应用备份时的 2 个迁移 …');
    await withClient(target, async (client) => {
      expect((await appliedMigrations(client))!.map((migration) => migration.name)).toEqual(local.map((migration) => migration.name));
      expect((await client.query('SELECT name FROM districts')).rows).toEqual([{ name: '旧区' }]);
    });
  }, 120_000);
});
