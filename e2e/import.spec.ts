// (Runs after the other files, in the project "district-wide": a published
// import changes what the public directory lists.)
// Bringing a past report in, as an admin and as a department's editor: the
// file is read, the source and the result shown side by side (a number shows
// where it came from), and saved — as a historical published report that the
// public reads with its note and 原文如此, or as a draft.
import { EDUCATION_2021 } from '@/lib/import/testing/fixtures-2021';
import { HOUSING_2020 } from '@/lib/import/testing/fixtures-2020';
import { fixtureInput } from '@/lib/import/testing/forms';
import { e2eDb } from './support/db';
import { expect, test } from './support/fixtures';

test('an admin imports a Word file as a historical published report; the public reads it with its note', async ({ openPage }) => {
  test.setTimeout(120_000);
  const db = e2eDb();
  // A department of its own (the demo data fills every department's past years).
  const department = await db.department.upsert({
    where: { slug: 'import-test' },
    update: {},
    create: { slug: 'import-test', name: '章贡区导入测试局', shortName: '区导入测试局', districtId: (await db.district.findFirstOrThrow()).id, sortOrder: 9990, active: false },
  });
  const admin = await openPage('admin');
  await admin.goto('/import');
  await expect(admin.getByRole('heading', { name: '导入往年报告' })).toBeVisible();
  const input = await fixtureInput(EDUCATION_2021, 'docx');
  await admin.getByLabel(/^文件/).setInputFiles({ name: 'jiaoyu-2021.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: Buffer.from(input.bytes) });
  await admin.getByLabel(/部门网址标识/).fill(department.slug);
  await admin.getByRole('button', { name: '读取并预览' }).click();

  const detected = admin.getByTestId('import-detected');
  await expect(detected).toContainText('章贡区导入测试局');
  await expect(detected).toContainText('2021');
  await expect(detected).toContainText('国办公开办函〔2021〕30号');
  await expect(admin.getByTestId('import-confidence')).toContainText('表三');
  // A number shows where it came from.
  const result = admin.getByRole('article', { name: '读取结果' });
  await result.getByRole('table', { name: /收到和处理政府信息公开申请情况/ }).getByRole('link').first().click();
  await expect(admin.getByTestId('cell-source')).toContainText('所选数字的来源：');
  // The printed 总计 that is not the sum of its rows is shown as printed, and the rule says so.
  await expect(result.getByText(/原文如此；按各项计算应为/).first()).toBeVisible();

  await admin.getByLabel(/作为已发布的历史报告保存/).check();
  await admin.getByRole('button', { name: '保存', exact: true }).click();
  await expect(admin.getByRole('status').filter({ hasText: '已保存为已发布的历史报告（第 1 版）' })).toBeVisible();

  const report = await db.report.findFirstOrThrow({ where: { departmentId: department.id, year: 2021 } });
  expect(report).toMatchObject({ status: 'PUBLISHED', importSource: 'Word 文件（jiaoyu-2021.docx）' });
  const reader = await openPage();
  await reader.goto('/departments/import-test/2021');
  await expect(reader.getByTestId('imported-note')).toContainText('本报告由已公开发布的原文导入（Word 文件（jiaoyu-2021.docx））');
  await expect(reader.getByText('（原文如此；按各项计算应为26）').first()).toBeVisible();
});

test('an editor imports for their own department only, as a draft; nothing is replaced unasked', async ({ openPage }) => {
  test.setTimeout(120_000);
  const db = e2eDb();
  const editor = await openPage('housing.editor');
  await editor.goto('/import');
  // Editors have no choice of department, and no historical publication.
  await expect(editor.getByText('部门：章贡区住房和城乡建设局')).toBeVisible();
  const input = await fixtureInput(HOUSING_2020, 'cell-per-line');
  await editor.getByLabel(/或粘贴报告全文/).fill(new TextDecoder().decode(input.bytes));
  await editor.getByRole('button', { name: '读取并预览' }).click();
  await expect(editor.getByTestId('import-detected')).toContainText('2020');
  // The cell it could not read is named, not guessed.
  await expect(editor.getByTestId('import-problems')).toContainText('无法读取');
  await expect(editor.getByLabel(/作为已发布的历史报告保存/)).toHaveCount(0);
  // The demo's 2020 report exists: saving without the choice is refused and changes nothing.
  const before = await db.report.findFirstOrThrow({ where: { year: 2020, department: { slug: 'housing' } } });
  await expect(editor.getByLabel(/年度报告已经存在/)).toBeVisible();
  await editor.getByRole('button', { name: '保存', exact: true }).click();
  await expect(editor.getByRole('alert').filter({ hasText: '已发布，不能用草稿替换' })).toBeVisible();
  expect((await db.report.findUniqueOrThrow({ where: { id: before.id } })).version).toBe(before.version);

  // Another department's report is refused by name.
  await editor.getByLabel(/或粘贴报告全文/).fill(new TextDecoder().decode((await fixtureInput(EDUCATION_2021, 'tab-rows')).bytes));
  await editor.getByRole('button', { name: '读取并预览' }).click();
  await expect(editor.getByTestId('import-detected')).toContainText('章贡区住房和城乡建设局');
  await expect(editor.getByTestId('import-detected')).toContainText('标题中的部门为“章贡区教育局”');
});
