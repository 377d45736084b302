import { expect, test } from '@playwright/test';
import { e2eDb } from './support/db';
import { signIn } from './support/session';

test.describe('sign-in by role', () => {
  for (const [username, landing, heading] of [
    ['admin', '/admin', '系统管理'],
    ['approver1', '/review', '审核发布'],
    ['finance.reviewer', '/review', '部门签发'],
    ['education.editor', '/editor', '章贡区教育局 · 年度报告'],
  ] as const) {
    test(`${username} lands on ${landing}`, async ({ page }) => {
      await signIn(page, username);
      await expect(page).toHaveURL(landing);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      await expect(page.getByTestId('current-user')).toBeVisible();
    });
  }

  test('a wrong password shows a Chinese error and creates no session', async ({ page, context }) => {
    const db = e2eDb();
    const user = await db.user.findUniqueOrThrow({ where: { username: 'audit.editor' } });
    const sessionsBefore = await db.userSession.count({ where: { userId: user.id } });

    await page.goto('/login');
    await page.getByLabel('用户名').fill('audit.editor');
    await page.getByLabel('密码').fill('not-the-password1');
    await page.getByRole('button', { name: '登录' }).click();

    await expect(page.getByRole('alert').filter({ hasText: '用户名或密码不正确' })).toHaveText(
      '用户名或密码不正确，或该账号已停用。',
    );
    await expect(page).toHaveURL(/\/login/);
    const cookies = await context.cookies();
    expect(cookies.some((cookie) => cookie.name.includes('session-token'))).toBe(false);
    expect(await db.userSession.count({ where: { userId: user.id } })).toBe(sessionsBefore);
    const failure = await db.auditEvent.findFirst({
      where: { action: 'auth.sign_in_failed', entityId: user.id },
      orderBy: { id: 'desc' },
    });
    expect(failure).not.toBeNull();
  });

  test('empty fields are named in the error', async ({ page }) => {
    await page.goto('/login');
    await page.getByRole('button', { name: '登录' }).click();
    await expect(page.getByRole('alert').filter({ hasText: '请填写' })).toHaveText('请填写用户名和密码。');
    await expect(page.getByText('请输入用户名。')).toBeVisible();
    await expect(page.getByText('请输入密码。')).toBeVisible();
  });
});

test.describe('pages a role may not use', () => {
  test('an editor gets 403 on the approver and admin pages', async ({ page }) => {
    await signIn(page, 'education.editor');
    for (const path of ['/review', '/admin']) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(403);
      await expect(page.getByRole('heading', { name: '您没有权限访问此页面' })).toBeVisible();
    }
  });

  test('an approver gets 403 on the admin and editor pages', async ({ page }) => {
    await signIn(page, 'approver2');
    for (const path of ['/admin', '/editor']) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(403);
    }
  });

  test("an editor refused another department's report sees the staff frame once and a message for staff", async ({ page }) => {
    const other = await e2eDb().report.findFirstOrThrow({ where: { year: 2024, department: { slug: 'finance' } } });
    await signIn(page, 'education.editor');
    for (const path of [`/editor/reports/${other.id}`, `/review/reports/${other.id}`, '/editor/reports/no-such-report']) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      // One header, the staff one: no public-site header (关怀版, 工作人员登录) nested inside it.
      await expect(page.getByRole('banner')).toHaveCount(1);
      await expect(page.getByRole('navigation', { name: '工作台导航' })).toBeVisible();
      await expect(page.getByRole('link', { name: '工作人员登录' })).toHaveCount(0);
      await expect(page.getByRole('button', { name: /关怀版/ })).toHaveCount(0);
    }
    await page.goto(`/editor/reports/${other.id}`);
    await expect(page.getByRole('heading', { name: '未找到该内容' })).toBeVisible();
    await expect(page.getByText('该报告或页面不存在，或属于其他部门，您无权查看。')).toBeVisible();
  });

  test('signed-out visitors are sent to the sign-in page and back', async ({ page }) => {
    await page.goto('/review');
    await expect(page).toHaveURL(/\/login\?next=%2Freview/);
    await page.getByLabel('用户名').fill('approver1');
    await page.getByLabel('密码').fill('Zhanggong2026');
    await page.getByRole('button', { name: '登录' }).click();
    await expect(page).toHaveURL('/review');
  });
});

test('signing out ends the session: its cookie no longer works', async ({ page, browser }) => {
  await signIn(page, 'finance.editor');
  const cookies = await page.context().cookies();
  expect(cookies.some((cookie) => cookie.name.includes('session-token'))).toBe(true);

  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(page).toHaveURL(/\/login/);

  // A browser that kept a copy of the cookie is signed out too.
  const copy = await browser.newContext();
  await copy.addCookies(cookies);
  const stolen = await copy.newPage();
  await stolen.goto('/editor');
  await expect(stolen).toHaveURL(/\/login/);
  await copy.close();
});
