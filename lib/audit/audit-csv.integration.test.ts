// The audit log's CSV export: the page's filters, every page in batches,
// China time, formula text neutralised, and the export itself audited.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { AUDIT_CSV_HEADER, auditCsvStream, exportAuditLog } from './audit-csv';
import type { AuditFilter } from './list-audit-events';

let finance: string;
let health: string;

const at = (iso: string) => new Date(iso);

beforeAll(async () => {
  const district = await db.district.create({ data: { code: 'csv', name: '测试区', fullName: '测试市测试区', governmentName: '测试区人民政府', portalName: '测试区人民政府网站' } });
  finance = (await db.department.create({ data: { districtId: district.id, slug: 'csv-finance', name: '测试区财政局', shortName: '区财政局' } })).id;
  health = (await db.department.create({ data: { districtId: district.id, slug: 'csv-health', name: '测试区卫生健康委员会', shortName: '区卫健委' } })).id;
  await db.auditEvent.createMany({
    data: [
      { at: at('2026-01-10T02:00:00Z'), actorName: '张三', action: 'user.create', entityType: 'user', entityId: 'u1', departmentId: finance, details: { username: 'a,b "c"' } },
      { at: at('2026-01-15T03:04:05Z'), actorName: '=HYPERLINK("http://example.com")', action: 'report.return', entityType: 'report', entityId: 'r1', reportId: 'r1', departmentId: health, fromStatus: 'IN_REVIEW', toStatus: 'RETURNED', reason: '+请补充表三' },
      { at: at('2026-02-01T00:00:00Z'), actorName: '李四', action: 'user.create', entityType: 'user', entityId: 'u2' },
      { at: at('2026-02-02T00:00:00Z'), actorName: null, action: 'system.seed', entityType: 'system', entityId: 'seed' },
    ],
  });
});

async function exported(filter: Omit<AuditFilter, 'before'>, batchSize?: number): Promise<string[]> {
  // Decoded keeping the byte-order mark (Response.text() drops it).
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await new Response(auditCsvStream(filter, batchSize)).arrayBuffer());
  expect(text.startsWith('\ufeff')).toBe(true);
  const lines = text.slice(1).split('\r\n');
  expect(lines.pop()).toBe('');
  expect(lines.shift()).toBe(AUDIT_CSV_HEADER.join(','));
  return lines;
}

const entities = (lines: string[]) => lines.map((line) => line.split(',')[6]);

describe('the audit log as CSV', () => {
  it('has every event, newest first, in China time, with names instead of codes', async () => {
    const lines = await exported({});
    expect(entities(lines)).toEqual(['seed', 'u2', 'r1', 'u1']);
    expect(lines[3]).toMatch(/^\d+,2026-01-10 10:00:00,张三,新增用户,user\.create,用户,u1,测试区财政局,,,,,"\{""username"":""a,b \\""c\\""""\}"$/);
    expect(lines[0]).toMatch(/^\d+,2026-02-02 08:00:00,系统,初始化演示数据,system\.seed,系统,seed,,,,,,$/);
  });

  it('neutralises text a spreadsheet would run as a formula', async () => {
    const [line] = await exported({ departmentId: health });
    expect(line).toContain(`"'=HYPERLINK(""http://example.com"")"`);
    expect(line).toContain(',审核中,已退回,');
    expect(line).toContain(",'+请补充表三,");
  });

  it('keeps what the page’s filters keep: action, person, department, dates', async () => {
    expect(entities(await exported({ action: 'user.create' }))).toEqual(['u2', 'u1']);
    expect(entities(await exported({ actor: '张' }))).toEqual(['u1']);
    expect(entities(await exported({ departmentId: finance }))).toEqual(['u1']);
    // 2026-01-15 (China time) from its start to its end, as auditDateRange gives it.
    expect(entities(await exported({ from: at('2026-01-14T16:00:00Z'), to: at('2026-01-15T16:00:00Z') }))).toEqual(['r1']);
    expect(await exported({ action: 'user.create', departmentId: health })).toEqual([]);
  });

  it('reads the log in batches, each event once', async () => {
    for (const batchSize of [1, 2, 3, 4, 5]) expect(entities(await exported({}, batchSize))).toEqual(['seed', 'u2', 'r1', 'u1']);
  });

  it('records who exported what', async () => {
    const admin = await db.user.create({ data: { username: 'csv-admin', displayName: '管理员甲', passwordHash: 'x', role: 'ADMIN' } });
    const lines = await new Response(await exportAuditLog({ id: admin.id, displayName: admin.displayName }, { action: 'user.create' }, { action: 'user.create' })).text();
    expect(lines.split('\r\n')).toHaveLength(4);
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: 'audit.export' } });
    expect(event).toMatchObject({ actorId: admin.id, actorName: '管理员甲', entityType: 'system', details: { filter: { action: 'user.create' } } });
  });
});
