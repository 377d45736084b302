// The quality score and the 雷同 check against a real PostgreSQL: a report
// that copies another department's published text (the year changed) is
// flagged with the passages side by side; an original one is not; the stored
// score follows the report's version.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Prisma } from '@/lib/db/generated/client.ts';
import { db } from '@/lib/db/client';
import { createDbClient } from '@/lib/db/create-client';
import type { ParsedReportContent } from '@/lib/report-format/content';
import { sample2021 } from '@/lib/report-format/testing/sample-content';
import { syncPublicReport } from '@/lib/public/public-index';
import { reportTitle } from '@/lib/report-format/title';
import { seedBase } from '@/prisma/seed/seed-base';
import { getQualityDetail } from './quality-detail';
import { computeQuality, refreshQuality } from './report-quality';
import { FINANCE_2020, HEALTH_2021_TEXT } from './testing/report-texts';

const paragraphs = (text: string) => text.split('\n').filter(Boolean).map((line) => ({ type: 'paragraph' as const, text: line }));

function withSection1(text: string): ParsedReportContent {
  const content = sample2021();
  content.sections.s1 = paragraphs(text);
  content.signature.date = '2023-01-20';
  return content;
}

async function report(slug: string, content: ParsedReportContent, published: boolean) {
  const department = await db.department.findUniqueOrThrow({ where: { slug } });
  const json = content as unknown as Prisma.InputJsonValue;
  return db.$transaction(async (tx) => {
    const created = await tx.report.create({ data: { departmentId: department.id, year: 2022, formatId: 'gov-2021', status: published ? 'PUBLISHED' : 'DRAFT', content: json } });
    if (published) {
      const publishedAt = new Date('2023-01-20T10:00:00+08:00');
      const edition = await tx.reportEdition.create({ data: { reportId: created.id, number: 1, formatId: 'gov-2021', content: json, title: reportTitle(department.name, 2022), publishedAt } });
      await tx.report.update({ where: { id: created.id }, data: { publishedEditionId: edition.id, firstPublishedAt: publishedAt } });
      await syncPublicReport(tx, created.id);
    }
    return created.id;
  });
}

let copy: string;
let original: string;

beforeAll(async () => {
  const seeding = createDbClient(process.env.DATABASE_URL!);
  await seedBase(seeding);
  await seeding.$disconnect();
  await report('finance', withSection1(FINANCE_2020.s1), true);
  // 区教育局 copies 财政局's 总体情况, changing only the years.
  copy = await report('education', withSection1(FINANCE_2020.s1.replace(/2020年/g, '2022年')), false);
  original = await report('health', withSection1(HEALTH_2021_TEXT), false);
}, 60_000);

describe('quality and 雷同', () => {
  it('flags a section copied from another department with its passages side by side', async () => {
    const quality = (await computeQuality(copy, new Date('2023-01-10T10:00:00+08:00')))!;
    expect(quality.similar[0]).toMatchObject({ sectionId: 's1', departmentName: '章贡区财政局', year: 2022, kind: 'other' });
    expect(quality.similar[0]!.resemblance).toBeGreaterThan(0.95);
    expect(quality.score.parts.find((part) => part.key === 'originality')).toMatchObject({ points: 0 });

    const detail = (await getQualityDetail(copy))!;
    const comparison = detail.comparisons[0]!;
    expect(comparison.sectionTitle).toBe('一、总体情况');
    expect(comparison.coverage).toBeGreaterThan(0.9);
    const shared = (segments: { text: string; shared: boolean }[]) => segments.filter((segment) => segment.shared).map((segment) => segment.text).join('').length;
    expect(shared(comparison.own)).toBeGreaterThan(0.9 * comparison.own.map((segment) => segment.text).join('').length);
    expect(shared(comparison.theirs)).toBeGreaterThan(0);
  });

  it('leaves an original report alone', async () => {
    const quality = (await computeQuality(original, new Date('2023-01-10T10:00:00+08:00')))!;
    expect(quality.similar).toEqual([]);
    expect(quality.highest).toBeLessThan(0.5);
    expect(quality.score.parts.find((part) => part.key === 'originality')).toMatchObject({ points: 25 });
  });

  it('stores the score with the version it was computed from', async () => {
    await refreshQuality(original);
    const stored = await db.reportQuality.findUniqueOrThrow({ where: { reportId: original } });
    const version = (await db.report.findUniqueOrThrow({ where: { id: original } })).version;
    expect(stored).toMatchObject({ version });
    expect(stored.score).toBe((stored.parts as { points: number }[]).reduce((sum, part) => sum + part.points, 0));
  });
});
