// The admin exports the audit log as CSV with the page's filters; nobody else may.
import { readFile } from 'node:fs/promises';
import { expect, test } from './support/fixtures';
import { isoDate } from '@/lib/format-time';
import { e2eDb } from './support/db';

test('the admin downloads the filtered audit log as CSV; the export is audited; others are refused', async ({ openPage, request }) => {
  const admin = await openPage('admin');
  await admin.goto('/admin/audit');
  await admin.getByLabel('操作').selectOption({ label: '登录' });
  await admin.getByLabel('人员').fill('系统管理员');
  await admin.getByRole('button', { name: '筛选' }).click();
  await expect(admin).toHaveURL(/action=auth.sign_in/);

  const link = admin.getByRole('link', { name: '导出 CSV（按当前筛选条件）' });
  await expect(link).toHaveAttribute('href', /^\/admin\/audit\.csv\?action=auth\.sign_in&actor=/);
  const [download] = await Promise.all([admin.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toBe(`审计日志-${isoDate(new Date())}.csv`);
  const bytes = await readFile((await download.path())!);
  expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  const lines = bytes.toString('utf8').slice(1).split('\r\n').filter(Boolean);
  expect(lines[0]).toBe('编号,时间,人员,操作,操作代码,对象,对象编号,部门,报告编号,原状态,新状态,原因与说明,详情');
  // Every sign-in of the admin (at least this one), and nothing else.
  expect(lines.length).toBeGreaterThan(1);
  for (const line of lines.slice(1)) expect(line).toMatch(/^\d+,\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},[^,]*系统管理员[^,]*,登录,auth\.sign_in,/);
  // Other tests sign the admin in meanwhile: compare with the events up to the newest exported one.
  const newest = BigInt(lines[1]!.split(',')[0]!);
  const signIns = await e2eDb().auditEvent.count({ where: { action: 'auth.sign_in', actorName: { contains: '系统管理员' }, id: { lte: newest } } });
  expect(lines.length - 1).toBe(signIns);

  const recorded = await e2eDb().auditEvent.findFirstOrThrow({ where: { action: 'audit.export' }, orderBy: { id: 'desc' } });
  expect(recorded.details).toEqual({ filter: { action: 'auth.sign_in', actor: '系统管理员' } });

  // A filter that does not parse is named, not ignored.
  const bad = await admin.request.get('/admin/audit.csv?from=2026-13-45');
  expect(bad.status()).toBe(400);
  expect(await bad.text()).toContain('起始日期');

  // Signed out: 401; another role: 403.
  expect((await request.get('/admin/audit.csv')).status()).toBe(401);
  const editor = await openPage('finance.editor');
  expect((await editor.request.get('/admin/audit.csv')).status()).toBe(403);
});
