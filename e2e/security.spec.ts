// The security baseline as a browser and a script meet it: sign-in lockout,
// idle sessions, the one-time password setup link, and the security headers
// on every kind of route.
import { createHash, randomBytes } from 'node:crypto';
import { DEMO_PASSWORD } from '@/prisma/seed/data/district';
import { e2eDb, reportAt } from './support/db';
import { expect, test } from './support/fixtures';
import { signIn } from './support/session';

async function tryPassword(page: import('@playwright/test').Page, username: string, password: string) {
  await page.goto('/login');
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
  return page.locator('form [role="alert"]');
}

test('five wrong passwords lock the account for 15 minutes, even against the right one, and say so', async ({ openPage }) => {
  const page = await openPage();
  for (let attempt = 1; attempt <= 5; attempt++) {
    await expect(await tryPassword(page, 'water-resources.editor', `Wrong-password-${attempt}`)).toHaveText('用户名或密码不正确，或该账号已停用。');
  }
  const alert = await tryPassword(page, 'water-resources.editor', DEMO_PASSWORD);
  await expect(alert).toContainText('登录尝试次数过多，已暂时锁定。请 15 分钟后再试');
  await expect(page).toHaveURL(/\/login/);
  // An unknown user name is answered the same way (it does not tell whether an account exists).
  for (let attempt = 1; attempt <= 5; attempt++) await tryPassword(page, 'no.such.user', `Wrong-password-${attempt}`);
  await expect(await tryPassword(page, 'no.such.user', 'Wrong-password-6')).toContainText('登录尝试次数过多，已暂时锁定。请 15 分钟后再试');
  const user = await e2eDb().user.findUniqueOrThrow({ where: { username: 'water-resources.editor' } });
  expect(await e2eDb().auditEvent.count({ where: { action: 'auth.account_locked', entityId: user.id } })).toBe(1);
  // Unlocked (the lock's row removed, as 15 minutes would): the right password works again.
  await e2eDb().rateLimit.deleteMany({ where: { key: 'signin-account:water-resources.editor' } });
  await signIn(page, 'water-resources.editor');
});

test('a session cookie replayed after 30 minutes without a request is refused, and the sign-in page says why', async ({ openPage }) => {
  const page = await openPage('science-technology.editor');
  await expect(page).toHaveURL('/editor');
  const user = await e2eDb().user.findUniqueOrThrow({ where: { username: 'science-technology.editor' } });
  // 31 minutes without a request (moved back in the database).
  await e2eDb().userSession.updateMany({ where: { userId: user.id, endedAt: null }, data: { lastSeenAt: new Date(Date.now() - 31 * 60_000) } });
  const cookies = await page.context().cookies();
  await page.goto('/editor');
  await expect(page).toHaveURL(/\/login\?next=%2Feditor&ended=idle/);
  await expect(page.getByRole('status').filter({ hasText: '超过 30 分钟没有操作' })).toBeVisible();
  // The same cookie later (a replay): still refused, the session has ended for good.
  await page.context().addCookies(cookies);
  const replay = await page.request.get('/editor', { maxRedirects: 0 });
  expect(replay.status()).toBe(307);
  expect(replay.headers()['location']).toContain('/login');
});

test('the first admin sets a password with the one-time link, once', async ({ openPage }) => {
  const db = e2eDb();
  const token = randomBytes(32).toString('base64url');
  await db.user.create({
    data: {
      username: 'first.admin',
      displayName: '首位管理员',
      role: 'ADMIN',
      passwordHash: '',
      passwordSetupTokenHash: createHash('sha256').update(token).digest('hex'),
      passwordSetupExpiresAt: new Date(Date.now() + 3_600_000),
    },
  });
  const page = await openPage();
  await page.goto(`/setup?token=${token}`);
  await expect(page.getByRole('heading', { name: '设置管理员密码' })).toBeVisible();
  await page.locator('#password').fill('first.admin1');
  await page.locator('#confirm').fill('first.admin1');
  await page.getByRole('button', { name: '设置密码' }).click();
  await expect(page.locator('#password-error')).toHaveText('密码不能与用户名相同。');
  await page.locator('#password').fill('Ganzhou-Office-2026');
  await page.locator('#confirm').fill('Ganzhou-Office-2026');
  await page.getByRole('button', { name: '设置密码' }).click();
  await expect(page).toHaveURL(/\/login\?setup=done/);
  await expect(page.getByRole('status').filter({ hasText: '密码已设置' })).toBeVisible();
  await signIn(page, 'first.admin', 'Ganzhou-Office-2026');
  await expect(page).toHaveURL('/admin');
  // The link is spent.
  const again = await openPage();
  await again.goto(`/setup?token=${token}`);
  await expect(again.getByRole('alert').filter({ hasText: '该设置链接' })).toContainText('该设置链接无效、已使用或已过期');
});

test('security headers on every kind of route; a nonce policy on signed-in pages; HSTS only over HTTPS', async ({ request, openPage }) => {
  const report = await reportAt('finance', 2024);
  const routes = [
    '/', // cached public page
    '/departments/finance/2020',
    '/reports?year=2024', // public page checked by the proxy
    '/statistics',
    '/departments/finance/2020/report.json', // route handlers
    '/api/health',
    '/sitemap.xml',
    '/login', // signed-in area (nonce)
    `/editor/reports/${report.id}`,
    '/no/such/page', // 404
    '/departments/%ff', // 400
  ];
  for (const path of routes) {
    const response = await request.get(path, { maxRedirects: 0 });
    const headers = response.headers();
    const policy = headers['content-security-policy'] ?? '';
    expect(policy, path).toContain("object-src 'none'");
    expect(policy, path).toContain("base-uri 'none'");
    expect(policy, path).toContain("frame-ancestors 'none'");
    expect(policy, path).toMatch(/script-src ('self' 'unsafe-inline'|'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic')/);
    expect(headers['permissions-policy'], path).toContain('camera=()');
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['strict-transport-security'], path).toBeUndefined();
  }
  // Signed-in pages: a new nonce on every response.
  const first = (await request.get('/login')).headers()['content-security-policy'];
  const second = (await request.get('/login')).headers()['content-security-policy'];
  expect(first).toMatch(/'nonce-/);
  expect(first).not.toBe(second);
  // Over HTTPS (as the front proxy tells): HSTS.
  const secure = await request.get('/', { headers: { 'x-forwarded-proto': 'https' } });
  expect(secure.headers()['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
  // The policy does not make the cached public pages render per request.
  await expect.poll(async () => (await request.get('/departments/finance/2020')).headers()['x-nextjs-cache']).toBe('HIT');

  // A signed-in page still works under its nonce policy (React hydrates: the editor's buttons respond), without CSP violations.
  const page = await openPage('finance.editor');
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  await page.goto('/editor');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('章贡区财政局 · 年度报告');
  // The 关怀版 switch (the root layout's inline script, allowed by its hash) and a client-side navigation both work.
  await page.goto('/');
  await page.getByRole('button', { name: '关怀版', exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('data-mode', 'care');
  // On a page under the nonce policy, the inline 关怀版 script (allowed by its hash) runs too.
  await page.goto('/editor');
  await expect(page.locator('html')).toHaveAttribute('data-mode', 'care');
  expect(violations).toEqual([]);
});
