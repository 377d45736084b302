// Importing past reports against a real PostgreSQL: the real 2020 report of
// 章贡区财政局, imported from its web page's text, equals the stored one;
// a Word file becomes a historical published report with the imported note
// and its printed totals kept as printed; nothing is replaced without being
// asked; the current year only as a draft; every import is audited.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { createDbClient } from '@/lib/db/create-client';
import { getFormat } from '@/lib/report-format/formats';
import { deriveTable } from '@/lib/report-format/derive';
import { printedBlocks } from '@/lib/report-format/printed-blocks';
import { checkReport } from '@/lib/report-format/rules/check-report';
import { getPublicReport } from '@/lib/public/get-public-report';
import { EDUCATION_2021 } from '@/lib/import/testing/fixtures-2021';
import { fixtureInput } from '@/lib/import/testing/forms';
import { seedBase } from '@/prisma/seed/seed-base';
import { readContent } from './stored-content';
import { saveImportedReport } from './import-report';
import { previewImport } from './import-preview';

const financeText = readFileSync(new URL('../import/testing/zhanggong-finance-2020.txt', import.meta.url));
let admin: { id: string; displayName: string };
const now = new Date('2026-11-30T10:00:00+08:00');

beforeAll(async () => {
  const seeding = createDbClient(process.env.DATABASE_URL!);
  await seedBase(seeding);
  await seeding.$disconnect();
  const user = await db.user.findUniqueOrThrow({ where: { username: 'admin' } });
  admin = { id: user.id, displayName: user.displayName };
}, 60_000);

describe('importing past reports', () => {
  it('reads the real 2020 finance report from its page text: every section and number of the stored report', async () => {
    const preview = await previewImport(new Uint8Array(financeText), 'zhanggong-finance-2020.txt', {});
    expect(preview.department?.slug).toBe('finance');
    expect(preview.year).toBe(2020);
    expect(preview.parsed.formatId).toBe('gov-2019');
    // The seed holds the same report: the import finds it and will not replace it unasked.
    expect(preview.existing?.status).toBe('PUBLISHED');
    const stored = await db.report.findFirstOrThrow({ where: { year: 2020, department: { slug: 'finance' } }, include: { publishedEdition: true } });
    const original = readContent(stored.publishedEdition!.content);
    const format = getFormat('gov-2019');
    for (const table of format.tables) {
      expect(deriveTable(table, preview.parsed.content.tables[table.id]), table.id).toEqual(deriveTable(table, original.tables[table.id]));
    }
    for (const section of ['s1', 's5', 's6']) {
      expect(printedBlocks(preview.parsed.content.sections[section] ?? []), section).toEqual(printedBlocks(original.sections[section] ?? []));
    }
    expect(preview.parsed.content.signature).toEqual(original.signature);
    await expect(
      saveImportedReport(admin, preview.parsed.content, { departmentId: preview.department!.id, year: 2020, mode: 'published', replace: false, publishedOn: null, source: '文本（zhanggong-finance-2020.txt）' }, now),
    ).rejects.toMatchObject({ kind: 'conflict' });
    expect(await db.reportEdition.count({ where: { reportId: stored.id } })).toBe(1);
  });

  it('saves a Word file as a historical published report, public with its note and its printed totals as printed', async () => {
    const input = await fixtureInput(EDUCATION_2021, 'docx');
    const preview = await previewImport(input.bytes, 'jiaoyu-2021.docx', {});
    expect(preview.department?.slug).toBe('education');
    expect(preview.existing).toBeNull();
    const saved = await saveImportedReport(
      admin,
      preview.parsed.content,
      { departmentId: preview.department!.id, year: 2021, mode: 'published', replace: false, publishedOn: preview.parsed.publishedOn, source: 'Word 文件（jiaoyu-2021.docx）' },
      now,
    );
    expect(saved).toMatchObject({ status: 'PUBLISHED', editionNumber: 1, replaced: false });
    const report = await db.report.findUniqueOrThrow({ where: { id: saved.reportId } });
    expect(report.importSource).toBe('Word 文件（jiaoyu-2021.docx）');
    expect(report.firstPublishedAt).not.toBeNull();
    const page = await getPublicReport('education', 2021);
    expect(page?.report?.importedAt).not.toBeNull();
    // The printed 总计 20 is kept (the rows add up to 26), and the rule says so.
    const content = page!.shown!.content;
    expect(content.printedTotals?.t3_applications?.total_processed?.natural_person).toBe(20);
    const keys = checkReport(getFormat('gov-2021'), content).map((issue) => issue.key);
    expect(keys).toEqual(expect.arrayContaining(EDUCATION_2021.printedTotalIssues ?? []));
    // In the public index and the summary's cells, and audited.
    expect(await db.publicReport.count({ where: { reportId: saved.reportId } })).toBe(1);
    expect(await db.publicReportCell.count({ where: { reportId: saved.reportId } })).toBeGreaterThan(50);
    expect(await db.auditEvent.findFirst({ where: { reportId: saved.reportId, action: 'report.import' } })).toMatchObject({ actorName: admin.displayName, toStatus: 'PUBLISHED' });
  });

  it('replaces a published report only when asked, as a new edition; the earlier stays readable', async () => {
    const input = await fixtureInput(EDUCATION_2021, 'html');
    const preview = await previewImport(input.bytes, 'jiaoyu-2021.html', {});
    expect(preview.existing?.status).toBe('PUBLISHED');
    const saved = await saveImportedReport(admin, preview.parsed.content, { departmentId: preview.department!.id, year: 2021, mode: 'published', replace: true, publishedOn: null, source: '网页（jiaoyu-2021.html）' }, now);
    expect(saved).toMatchObject({ editionNumber: 2, replaced: true });
    const editions = await db.reportEdition.findMany({ where: { reportId: saved.reportId }, orderBy: { number: 'asc' } });
    expect(editions.map((edition) => [edition.number, edition.supersededAt !== null, edition.changeNote])).toEqual([
      [1, true, null],
      [2, false, '按原文重新导入（网页（jiaoyu-2021.html））。'],
    ]);
    // A draft may not replace a published report.
    await expect(
      saveImportedReport(admin, preview.parsed.content, { departmentId: preview.department!.id, year: 2021, mode: 'draft', replace: true, publishedOn: null, source: 'x' }, now),
    ).rejects.toMatchObject({ kind: 'conflict' });
  });

  it('imports the current year only as a draft, and a draft can be replaced', async () => {
    const input = await fixtureInput(EDUCATION_2021, 'tab-rows');
    const preview = await previewImport(input.bytes, 'copy.txt', { departmentSlug: 'health', year: 2026 });
    await expect(
      saveImportedReport(admin, preview.parsed.content, { departmentId: preview.department!.id, year: 2026, mode: 'published', replace: false, publishedOn: null, source: 'x' }, now),
    ).rejects.toMatchObject({ kind: 'invalid' });
    const draft = await saveImportedReport(admin, preview.parsed.content, { departmentId: preview.department!.id, year: 2026, mode: 'draft', replace: false, publishedOn: null, source: '文本（copy.txt）' }, now);
    expect(draft).toMatchObject({ status: 'DRAFT', replaced: false });
    const again = await saveImportedReport(admin, preview.parsed.content, { departmentId: preview.department!.id, year: 2026, mode: 'draft', replace: true, publishedOn: null, source: '文本（copy.txt）' }, now);
    expect(again).toMatchObject({ reportId: draft.reportId, replaced: true });
    expect((await db.report.findUniqueOrThrow({ where: { id: draft.reportId } })).version).toBe(2);
    expect(await db.publicReport.count({ where: { reportId: draft.reportId } })).toBe(0);
  });

  it('refuses garbage with a clear message and creates nothing', async () => {
    const before = await db.report.count();
    await expect(previewImport(new TextEncoder().encode('<html><body><h1>欢迎访问章贡区人民政府</h1><p>天气预报</p></body></html>'), 'index.html', {})).rejects.toMatchObject({ kind: 'invalid' });
    await expect(previewImport(new Uint8Array(0), 'empty.txt', {})).rejects.toMatchObject({ kind: 'invalid' });
    await expect(previewImport(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), 'photo.docx', {})).rejects.toMatchObject({ kind: 'invalid' });
    expect(await db.report.count()).toBe(before);
  });
});
