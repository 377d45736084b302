// Demo data for a new installation, and the demo logins to print.
import type { DbClient } from '@/lib/db/create-client';
import { verifyPassword } from '@/lib/auth/password';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@/prisma/seed/data/district';
import { seedDemoReports } from '@/prisma/seed/demo-reports';
import { isDatabaseEmpty, seedBase } from '@/prisma/seed/seed-base';

export async function seedDatabase(
  db: DbClient,
  options: { demoReports: boolean; log: (line: string) => void },
): Promise<boolean> {
  if (!(await isDatabaseEmpty(db))) return false;
  options.log('The database is empty: adding the demo district (章贡区), its departments and users …');
  await seedBase(db);
  if (options.demoReports) {
    options.log('Generating demonstration reports 2019–2025 (marked 演示数据) …');
    await seedDemoReports(db, { log: options.log });
  }
  return true;
}

/** Returns a function printing the demo logins, if the demo admin still has the demo password. */
export async function printDemoLogins(db: DbClient, seeded: boolean, log: (line: string) => void): Promise<() => void> {
  const admin = await db.user.findUnique({ where: { username: 'admin' }, select: { passwordHash: true } });
  const demoPasswordInUse = seeded || (admin ? await verifyPassword(DEMO_PASSWORD, admin.passwordHash) : false);
  if (!demoPasswordInUse) return () => undefined;
  return () => {
    const editors = DEMO_ACCOUNTS.filter((account) => account.role === 'EDITOR');
    log('Demo logins (password for all: ' + DEMO_PASSWORD + '):');
    log('  admin       系统管理员 (ADMIN)');
    log('  approver1   政务公开办 审核员 (APPROVER); also approver2');
    log(`  <部门>.editor  部门编辑 (EDITOR), one per department, e.g. ${editors
      .slice(0, 3)
      .map((account) => account.username)
      .join(', ')} …`);
    log('  <部门>.reviewer  部门负责人 (DEPARTMENT_REVIEWER), one per department: signs its reports off (签发, 保密审查), e.g. education.reviewer');
    log('Change these passwords before real use (系统管理 → 用户).');
  };
}
