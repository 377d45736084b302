import { describe, expect, it } from 'vitest';
import { createDbClient } from '@/lib/db/create-client';
import { getFormat } from '@/lib/report-format/formats';
import type { PreviousReport } from '@/lib/report-format/carry';
import { checkReport } from '@/lib/report-format/rules/check-report';
import { readContent } from '@/lib/reports/stored-content';
import { DEMO_DEPARTMENTS } from './data/district';
import { DEMO_2025_IN_PROGRESS, DEMO_CORRECTION, seedDemoReports } from './demo-reports';
import { seedBase } from './seed-base';

describe('demo reports', () => {
  it('publish plausible reports 2019–2025 that pass every rule, year after year', async () => {
    const db = createDbClient(process.env.DATABASE_URL!);
    try {
      await seedBase(db);
      const created = await seedDemoReports(db);
      const skipped = Object.values(DEMO_2025_IN_PROGRESS).filter((state) => state === 'none').length;
      // Every department and year, except the real 2020 finance report and the 2025 reports left undone.
      expect(created).toBe(DEMO_DEPARTMENTS.length * 7 - 1 - skipped);

      const reports = await db.report.findMany({
        include: { department: true, publishedEdition: true },
        orderBy: [{ departmentId: 'asc' }, { year: 'asc' }],
      });
      const previous = new Map<string, PreviousReport>();
      let withApplications = 0;
      for (const report of reports) {
        const key = `${report.departmentId}:${report.year}`;
        const source = report.publishedEdition ?? report;
        const format = getFormat(source.formatId);
        const content = readContent(source.content);
        const issues = checkReport(format, content, { previous: previous.get(`${report.departmentId}:${report.year - 1}`) ?? null });
        expect(issues.filter((issue) => issue.severity !== 'info'), `${report.department.slug} ${report.year}`).toEqual([]);
        previous.set(key, { format, content });
        if (report.isDemo) expect(report.year === 2020 && report.department.slug === 'finance').toBe(false);
        const received = Object.values(content.tables.t3_applications?.new_received ?? {}).reduce<number>((sum, value) => sum + (typeof value === 'number' ? value : 0), 0);
        if (received > 0) withApplications++;
      }
      expect(withApplications).toBeGreaterThan(20);
      expect(new Set(reports.map((report) => report.formatId))).toEqual(new Set(['gov-2019', 'gov-2021']));

      const real = reports.find((report) => report.department.slug === 'finance' && report.year === 2020)!;
      expect(real.isDemo).toBe(false);
      expect(real.publishedEdition?.title).toBe('章贡区财政局2020年政府信息公开工作年度报告');
      expect(reports.filter((report) => report.id !== real.id).every((report) => report.isDemo)).toBe(true);

      const corrected = reports.find((report) => report.department.slug === DEMO_CORRECTION.slug && report.year === DEMO_CORRECTION.year)!;
      const editions = await db.reportEdition.findMany({ where: { reportId: corrected.id }, orderBy: { number: 'asc' } });
      expect(editions.map((edition) => edition.number)).toEqual([1, 2]);
      expect(editions[1]!.changeNote).toContain('更正');
      expect(editions[0]!.supersededAt).not.toBeNull();

      const byState = (slug: string) => reports.find((report) => report.department.slug === slug && report.year === 2025)?.status ?? 'none';
      for (const [slug, state] of Object.entries(DEMO_2025_IN_PROGRESS)) expect(byState(slug)).toBe(state);

      // Seeding again adds nothing.
      expect(await seedDemoReports(db)).toBe(0);
    } finally {
      await db.$disconnect();
    }
  });
});
