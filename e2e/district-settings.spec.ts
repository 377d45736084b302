// The district's workflow settings change the path of every report, so this
// file runs after all the others (playwright.config.ts: project
// "district-settings"). With 允许提前提交 off (the default) the current
// year's report cannot be submitted; the admin turns the department stage off
// and early submission on, and a submission goes straight to the district.
import type { Prisma } from '@/lib/db/generated/client.ts';
import { currentYearInChina } from '@/lib/report-format/formats';
import { sample2021 } from '@/lib/report-format/testing/sample-content';
import { e2eDb } from './support/db';
import { expect, test } from './support/fixtures';

const YEAR = currentYearInChina(new Date());

test.afterAll(async () => {
  await e2eDb().district.updateMany({ data: { signOffRequired: true, earlySubmission: false } });
});

test('the current year waits for its end; the admin changes the chain, audited', async ({ openPage }) => {
  test.setTimeout(120_000);
  const db = e2eDb();
  const housing = await db.department.findUniqueOrThrow({ where: { slug: 'housing' } });
  const content = sample2021();
  content.signature.date = `${YEAR + 1}-01-20`;
  const report = await db.report.create({
    data: { departmentId: housing.id, year: YEAR, formatId: 'gov-2021', status: 'DRAFT', content: content as unknown as Prisma.InputJsonValue },
  });

  // 1. Off by default: the editor is told before trying, and cannot submit.
  const editor = await openPage('housing.editor');
  await editor.goto(`/editor/reports/${report.id}`);
  await editor.getByRole('button', { name: '提交审核' }).click();
  const dialog = editor.getByRole('dialog', { name: '提交审核' });
  await expect(dialog.getByTestId('submission-period')).toHaveText(
    `${YEAR}年度的统计期到${YEAR}年12月31日结束，${YEAR + 1}年1月1日起才能提交该年度报告（系统管理员可为测试和演示开启“允许提前提交”）。`,
  );
  await expect(dialog.getByRole('button', { name: '确认提交' })).toBeDisabled();
  await dialog.getByRole('button', { name: '取消' }).click();

  // 2. The admin turns the department's sign-off off and early submission on.
  const admin = await openPage('admin');
  await admin.goto('/admin/settings');
  await expect(admin.getByRole('heading', { level: 1 })).toHaveText('审核流程设置');
  await expect(admin.getByLabel(/先审后发：部门负责人签发/)).toBeChecked();
  await expect(admin.getByLabel(/允许提前提交/)).not.toBeChecked();
  await admin.getByLabel(/先审后发：部门负责人签发/).uncheck();
  await admin.getByLabel(/允许提前提交/).check();
  await admin.getByRole('button', { name: '保存设置' }).click();
  await expect(admin.getByRole('status')).toContainText('已保存');
  await admin.reload();
  await expect(admin.getByLabel(/先审后发：部门负责人签发/)).not.toBeChecked();
  const audit = await db.auditEvent.findFirstOrThrow({ where: { action: 'district.settings' }, orderBy: { id: 'desc' } });
  expect(audit.details).toMatchObject({ signOffRequired: { from: true, to: false }, earlySubmission: { from: false, to: true } });

  // 3. The submission now goes straight to the district; the stepper has no sign-off stage.
  await editor.reload();
  await editor.getByRole('button', { name: '提交审核' }).click();
  await expect(dialog).toContainText('提交后，报告将交由区政务公开办审核');
  for (const explanation of await dialog.locator('textarea[id^="explain-"]').all()) await explanation.fill('演示用。');
  await dialog.getByRole('button', { name: '确认提交' }).click();
  await expect(editor.getByText('报告已提交，等待区政务公开办审核。')).toBeVisible();
  const stepper = editor.getByRole('navigation', { name: '审核流程' });
  await expect(stepper.locator('[aria-current="step"]')).toHaveText(/当前：区政务公开办审核$/);
  await expect(stepper.getByText('部门负责人签发')).toHaveCount(0);
  expect((await db.report.findUniqueOrThrow({ where: { id: report.id } })).status).toBe('SUBMITTED');

  // 4. Back as it was.
  await admin.getByLabel(/先审后发：部门负责人签发/).check();
  await admin.getByLabel(/允许提前提交/).uncheck();
  await admin.getByRole('button', { name: '保存设置' }).click();
  await expect(admin.getByRole('status')).toContainText('已保存');
  expect(await db.district.findFirstOrThrow({ select: { signOffRequired: true, earlySubmission: true } })).toEqual({ signOffRequired: true, earlySubmission: false });
});
