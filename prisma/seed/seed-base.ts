// Seeds an empty database with the demo district: 章贡区, its departments,
// one editor per department, two approvers, one admin, and the real published
// 2020 report of 章贡区财政局.
import type { DbClient } from '@/lib/db/create-client';
import { hashPassword } from '@/lib/auth/password';
import { DEMO_ACCOUNTS, DEMO_DEPARTMENTS, DEMO_DISTRICT, DEMO_PASSWORD } from './data/district';
import { GOV_2019 } from '@/lib/report-format/formats/gov-2019';
import { validateContent } from '@/lib/report-format/validate-content';
import { departmentSearchFields, syncPublicReport } from '@/lib/public/public-index';
import { reportTitle } from '@/lib/report-format/title';
import { ZHANGGONG_FINANCE_2020_PUBLISHED_AT, zhanggongFinance2020 } from './data/zhanggong-finance-2020';

export async function isDatabaseEmpty(db: DbClient): Promise<boolean> {
  return (await db.district.count()) === 0;
}

/**
 * `demoAccounts`: every demo account with the demo password. Otherwise (a real
 * deployment) only the admin, without a password: they set theirs with the
 * one-time link the start-up prints (lib/auth/password-setup.ts).
 */
export async function seedBase(db: DbClient, options: { demoAccounts: boolean } = { demoAccounts: true }): Promise<void> {
  const finance2020 = validateContent(GOV_2019, zhanggongFinance2020);
  if (!finance2020.ok) throw new Error(`demo data: the 2020 finance report does not fit its format: ${finance2020.problems[0]?.message}`);
  const passwordHash = options.demoAccounts ? await hashPassword(DEMO_PASSWORD) : '';
  const accounts = options.demoAccounts ? DEMO_ACCOUNTS : DEMO_ACCOUNTS.filter((account) => account.role === 'ADMIN');
  await db.$transaction(async (tx) => {
    const district = await tx.district.create({ data: DEMO_DISTRICT });
    const departmentIds = new Map<string, string>();
    for (const [index, department] of DEMO_DEPARTMENTS.entries()) {
      const created = await tx.department.create({
        data: { ...department, ...departmentSearchFields(department), districtId: district.id, sortOrder: (index + 1) * 10 },
      });
      departmentIds.set(department.slug, created.id);
    }
    for (const account of accounts) {
      await tx.user.create({
        data: {
          username: account.username,
          displayName: account.displayName,
          email: `${account.username}@zhanggong.example.gov.cn`,
          role: account.role,
          passwordHash,
          departmentId: account.departmentSlug ? departmentIds.get(account.departmentSlug) : null,
        },
      });
    }
    const finance = departmentIds.get('finance');
    if (!finance) throw new Error('demo data: 章贡区财政局 is missing');
    const publishedAt = new Date(ZHANGGONG_FINANCE_2020_PUBLISHED_AT);
    const report = await tx.report.create({
      data: {
        departmentId: finance,
        year: 2020,
        formatId: 'gov-2019',
        status: 'PUBLISHED',
        content: finance2020.content,
        createdAt: publishedAt,
      },
    });
    const financeName = DEMO_DEPARTMENTS.find((department) => department.slug === 'finance')!.name;
    const title = reportTitle(financeName, 2020);
    const edition = await tx.reportEdition.create({
      data: {
        reportId: report.id,
        number: 1,
        formatId: 'gov-2019',
        content: finance2020.content,
        title,
        publishedAt,
      },
    });
    await tx.report.update({ where: { id: report.id }, data: { publishedEditionId: edition.id, firstPublishedAt: publishedAt } });
    await syncPublicReport(tx, report.id);
    await tx.auditEvent.create({
      data: {
        action: 'system.seed',
        entityType: 'system',
        entityId: district.id,
        details: { departments: DEMO_DEPARTMENTS.length, users: accounts.length, reports: [report.id] },
      },
    });
  }, { timeout: 120_000 }); // a busy or slow machine: the whole district in one transaction takes seconds
}
