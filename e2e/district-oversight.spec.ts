// The district's oversight as its 政务公开办 uses it. Deadlines and reminders
// reach every department, so this file runs after all the others
// (playwright.config.ts, project "district-wide"). The browser's clock is set
// before, on and after the district's deadlines: the dashboard counts days by
// the reader's own clock. A reminder reaches the editor in the portal and by
// e-mail (the e2e server's SMTP mailbox); an automatic one is sent once.
import type { Page } from '@playwright/test';
import { checkDeadlines, daysBetween, describeCheck, yearDeadlines } from '@/lib/oversight/deadlines';
import { isoDate } from '@/lib/format-time';
import { E2E_PUBLIC_BASE_URL } from './support/constants';
import { e2eDb } from './support/db';
import { expect, test } from './support/fixtures';
import { mailText, readMailbox } from './support/mailbox';

test.describe.configure({ mode: 'serial' });

const db = e2eDb();

test.afterAll(async () => {
  await db.districtDeadline.updateMany({ data: { remindersEnabled: false } });
});

async function saveDeadlines(admin: Page, year: number, fields: { submitBy?: string; publishBy?: string; reminders?: boolean; days?: string }) {
  await admin.goto(`/admin/deadlines?year=${year}`);
  await admin.getByLabel(/报送期限/).fill(fields.submitBy ?? '');
  await admin.getByLabel(/发布期限/).fill(fields.publishBy ?? '');
  const reminders = admin.getByLabel(/自动提醒/);
  if (fields.reminders) await reminders.check();
  else await reminders.uncheck();
  if (fields.days) await admin.getByLabel('提前几天提醒').fill(fields.days);
  await admin.getByRole('button', { name: '保存期限设置' }).click();
  await expect(admin.getByRole('status')).toContainText(`已保存${year}年度的期限设置`);
}

const standing = (page: Page, department: string) => page.getByRole('row', { name: new RegExp(department) }).getByTestId('deadline-standing');

test('the dashboard counts the days by the reader’s clock, before, on and after the deadlines', async ({ openPage }) => {
  test.setTimeout(120_000);
  const admin = await openPage('admin');
  // A date after the legal deadline is refused by the field itself (the server says so too: lib/oversight tests).
  await admin.goto('/admin/deadlines?year=2025');
  await admin.getByLabel(/发布期限/).fill('2026-02-05');
  await admin.getByRole('button', { name: '保存期限设置' }).click();
  await expect(admin.locator('#publishBy:invalid')).toHaveCount(1);
  await expect(admin.getByRole('status')).toHaveCount(0);
  await saveDeadlines(admin, 2025, { submitBy: '2026-01-20', publishBy: '2026-01-28' });

  for (const [time, health, lateness] of [
    ['2026-01-10T10:00:00+08:00', '报送区政务公开办（1月20日）：还剩 10 天', 'open'],
    ['2026-01-20T10:00:00+08:00', '报送区政务公开办（1月20日）：今天截止', 'soon'],
    ['2026-01-25T10:00:00+08:00', '报送区政务公开办（1月20日）：逾期 5 天', 'overdue'],
  ] as const) {
    const approver = await openPage('approver1');
    await approver.clock.install({ time: new Date(time) });
    await approver.goto('/review/dashboard?year=2025&sort=name');
    const row = standing(approver, '章贡区卫生健康委员会');
    await expect(row.locator('li[data-kind="submit"]')).toHaveText(health);
    await expect(row).toHaveAttribute('data-lateness', lateness);
    await expect(row.getByText('已逾期')).toHaveCount(lateness === 'overdue' ? 1 : 0);
    // A published report's standing is history, whatever the day.
    const finance = await db.report.findFirstOrThrow({ where: { year: 2025, department: { slug: 'finance' } } });
    const expected = checkDeadlines(yearDeadlines(2025, { submitBy: '2026-01-20', publishBy: '2026-01-28' }), {
      forwardedOn: finance.firstForwardedAt ? isoDate(finance.firstForwardedAt) : null,
      publishedOn: finance.firstPublishedAt ? isoDate(finance.firstPublishedAt) : null,
    }, isoDate(new Date(time)));
    await expect(standing(approver, '章贡区财政局').locator('li[data-kind="legal"]')).toHaveText(`法定公开期限（1月31日）：${describeCheck(expected.find((check) => check.kind === 'legal')!)}`);
  }
});

test('a reminder reaches the editor in the portal and by e-mail; the dashboard exports as CSV', async ({ openPage }) => {
  test.setTimeout(90_000);
  const approver = await openPage('approver1');
  await approver.goto('/review/dashboard?year=2025&sort=name');
  await expect(approver.getByTestId('dashboard-figures')).toContainText('按法定期限发布（及时率）');
  const row = approver.getByRole('row', { name: /章贡区卫生健康委员会/ });
  await row.getByRole('button', { name: '提醒区卫生健康委员会' }).click();
  await expect(row.getByRole('status')).toHaveText('已向 1 个部门发送提醒（1 人）。');

  const editor = await openPage('health.editor');
  await editor.goto('/notifications');
  await expect(editor.getByText('催报：区卫生健康委员会2025年度报告已逾期').first()).toBeVisible();
  const report = await db.report.findFirstOrThrow({ where: { year: 2025, department: { slug: 'health' } } });
  await expect
    .poll(() => readMailbox().filter((mail) => mail.to.includes('health.editor@zhanggong.example.gov.cn') && mailText(mail.raw).includes('请尽快完成2025年度')).length)
    .toBe(1);
  const mail = readMailbox().find((each) => each.to.includes('health.editor@zhanggong.example.gov.cn') && mailText(each.raw).includes('请尽快完成2025年度'))!;
  expect(mailText(mail.raw)).toContain(`${E2E_PUBLIC_BASE_URL}/editor/reports/${report.id}`);

  const [download] = await Promise.all([approver.waitForEvent('download'), approver.getByRole('link', { name: '导出 CSV' }).click()]);
  expect(download.suggestedFilename()).toBe('章贡区2025年度报告期限情况.csv');
  const { readFile } = await import('node:fs/promises');
  const csv = (await readFile((await download.path())!, 'utf8')).slice(1).split('\r\n');
  expect(csv[0]).toBe('部门,状态,当前处理,最后修改,首次报送日期,首次发布日期,报送区政务公开办（2026-01-20）,本区发布要求（2026-01-28）,法定公开期限（2026-01-31）,质量得分,最近提醒');
  expect(csv.some((line) => line.startsWith('章贡区卫生健康委员会,草稿,部门编辑,'))).toBe(true);
});

test('an automatic reminder goes out on its day, once', async ({ openPage }) => {
  test.setTimeout(90_000);
  const year = new Date().getFullYear();
  // The legal deadline of this year's reports is N days away: remind N days before it, i.e. today.
  const days = daysBetween(isoDate(new Date()), `${year + 1}-01-31`);
  const admin = await openPage('admin');
  await saveDeadlines(admin, year, { reminders: true, days: String(days) });
  const title = `催报：区卫生健康委员会${year}年度报告法定公开期限将至`;
  const count = () => db.notification.count({ where: { kind: 'reminder', title, user: { username: 'health.editor' } } });
  await expect.poll(count).toBe(1);
  // Saved again (the run goes again), and the periodic run: still one.
  await saveDeadlines(admin, year, { reminders: true, days: String(days) });
  expect(await count()).toBe(1);
  expect(await db.reminder.count({ where: { year, autoKey: { not: null }, department: { slug: 'health' } } })).toBe(1);
  await expect.poll(() => readMailbox().filter((mail) => mail.to.includes('health.editor@zhanggong.example.gov.cn') && mailText(mail.raw).includes(`${year}年度政府信息公开工作年度报告的发布`)).length).toBe(1);
  const editor = await openPage('health.editor');
  await editor.goto('/notifications');
  await expect(editor.getByText(title)).toHaveCount(1);
});
