// The public index follows publications and departments, in the same transaction.
import { beforeAll, describe, expect, it } from 'vitest';
import { updateDepartment } from '@/lib/admin/update-department';
import { db } from '@/lib/db/client';
import { searchTokens } from '@/lib/search/chinese-search';
import { seedDemoDistrict } from '@/tests/support/seed-demo';
import { fillMissingSearchTokens } from './public-index';

const admin = async () => {
  const user = await db.user.findUniqueOrThrow({ where: { username: 'admin' } });
  return { id: user.id, displayName: user.displayName };
};

beforeAll(seedDemoDistrict, 60_000);

describe('the public index', () => {
  it('holds exactly the reports the public can read, with their current edition, and each department’s count', async () => {
    const published = await db.report.findMany({ where: { publishedEditionId: { not: null } }, select: { id: true, publishedEditionId: true, departmentId: true } });
    const rows = await db.publicReport.findMany({ select: { reportId: true, editionId: true, searchText: true, searchTokens: true } });
    expect(rows.map((row) => [row.reportId, row.editionId]).sort()).toEqual(published.map((report) => [report.id, report.publishedEditionId]).sort());
    for (const row of rows) expect(row.searchTokens).toEqual(searchTokens(row.searchText));
    const finance = await db.department.findUniqueOrThrow({ where: { slug: 'finance' } });
    expect(finance.publishedReports).toBe(published.filter((report) => report.departmentId === finance.id).length);
  });

  it('follows a department’s new name, address key and order, and finds it by its new name', async () => {
    const department = await db.department.findUniqueOrThrow({ where: { slug: 'statistics' } });
    const result = await updateDepartment(await admin(), {
      id: department.id,
      name: '章贡区统计和调查局',
      shortName: '区统计和调查局',
      slug: 'statistics-survey',
      address: department.address,
      phone: department.phone,
      email: department.email,
      active: true,
    });
    expect(result.publicSlugs).toEqual(['statistics', 'statistics-survey']);
    expect(result.publicYears.length).toBeGreaterThan(0);
    const rows = await db.publicReport.findMany({ where: { departmentId: department.id } });
    expect(rows.length).toBe(result.publicYears.length);
    expect(rows.every((row) => row.departmentName === '章贡区统计和调查局' && row.departmentSlug === 'statistics-survey')).toBe(true);
    const renamed = await db.department.findUniqueOrThrow({ where: { id: department.id } });
    expect(renamed.searchTokens).toContain('调查');
  });

  it('computes missing search tokens (rows the migration copied) and leaves the others alone', async () => {
    const [one] = await db.publicReport.findMany({ take: 1, orderBy: { reportId: 'asc' } });
    await db.publicReport.update({ where: { reportId: one!.reportId }, data: { searchTokens: [] } });
    await db.department.updateMany({ where: { slug: 'finance' }, data: { searchTokens: [] } });
    expect(await fillMissingSearchTokens(db)).toBe(2);
    expect((await db.publicReport.findUniqueOrThrow({ where: { reportId: one!.reportId } })).searchTokens).toEqual(one!.searchTokens);
    expect((await db.department.findUniqueOrThrow({ where: { slug: 'finance' } })).searchTokens).toContain('财政');
    expect(await fillMissingSearchTokens(db)).toBe(0);
  });
});
