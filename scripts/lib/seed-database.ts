// Demo data for a new installation, and the demo logins to print.
import type { DbClient } from '@/lib/db/create-client';
import { verifyPassword } from '@/lib/auth/password';
import { issuePasswordSetupTokens, SETUP_LINK_HOURS } from '@/lib/auth/password-setup';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@/prisma/seed/data/district';
import { seedDemoReports } from '@/prisma/seed/demo-reports';
import { isDatabaseEmpty, seedBase } from '@/prisma/seed/seed-base';

export async function seedDatabase(
  db: DbClient,
  options: { demoReports: boolean; demoAccounts?: boolean; log: (line: string) => void },
): Promise<boolean> {
  if (!(await isDatabaseEmpty(db))) return false;
  // Demo mode: the embedded database of `npm start` (demoReports), NIANBAO_DEMO=1,
  // or a tool that asks for the demo accounts (the benchmark, `npm run seed:demo`).
  const demo = options.demoAccounts ?? (options.demoReports || process.env.NIANBAO_DEMO === '1');
  options.log(
    demo
      ? 'The database is empty: adding the demo district (章贡区), its departments and users …'
      : 'The database is empty: adding the district (章贡区), its departments and the admin account (no password yet) …',
  );
  await seedBase(db, { demoAccounts: demo });
  if (options.demoReports || process.env.NIANBAO_DEMO === '1') {
    options.log('Generating demonstration reports 2019–2025 (marked 演示数据) …');
    await seedDemoReports(db, { log: options.log });
  }
  return true;
}

/**
 * Returns a function printing how to sign in: the one-time links of admins
 * who have no password yet (a new link at every start while they have none),
 * or the demo logins, if the demo admin still has the demo password.
 */
export async function printDemoLogins(db: DbClient, seeded: boolean, log: (line: string) => void): Promise<() => void> {
  const setups = await issuePasswordSetupTokens(db);
  if (setups.length > 0) {
    const base = (process.env.PUBLIC_BASE_URL || `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/$/, '');
    return () => {
      for (const { username, token } of setups) {
        log(`首次使用：管理员账号 “${username}” 还没有密码。请在 ${SETUP_LINK_HOURS} 小时内打开下面的一次性链接设置密码（只显示在此处，重新启动会生成新链接）：`);
        log(`  ${base}/setup?token=${token}`);
      }
    };
  }
  const admin = await db.user.findUnique({ where: { username: 'admin' }, select: { passwordHash: true } });
  const demoPasswordInUse = admin ? (seeded && admin.passwordHash !== '') || (await verifyPassword(DEMO_PASSWORD, admin.passwordHash)) : false;
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
