// The admin manages departments and users; disabling a user ends their sessions.
import { expect, test } from '@playwright/test';
import { e2eDb } from './support/db';
import { signIn } from './support/session';

test('the admin adds a department and an editor, resets the password and disables the user', async ({ page, browser }) => {
  test.setTimeout(90_000);
  await signIn(page, 'admin');

  await page.goto('/admin/departments');
  const newDepartment = page.getByRole('region', { name: '新增部门' });
  await newDepartment.getByLabel('部门全称').fill('章贡区林业局');
  await newDepartment.getByLabel('部门简称').fill('区林业局');
  await newDepartment.getByLabel('网址标识').fill('Forestry!');
  await newDepartment.getByRole('button', { name: '新增部门' }).click();
  await expect(newDepartment.getByText('网址标识只能包含小写字母、数字和连字符')).toBeVisible();
  await newDepartment.getByLabel('网址标识').fill('forestry');
  await newDepartment.getByLabel('电话').fill('0797-8102200');
  await newDepartment.getByRole('button', { name: '新增部门' }).click();
  await expect(newDepartment.getByRole('status')).toHaveText('已新增部门“章贡区林业局”。');

  // The public directory knows the new department at once (its pages are cached until a change).
  const reader = await (await browser.newContext()).newPage();
  await reader.goto('/departments/forestry');
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText('章贡区林业局 · 政府信息公开工作年度报告');
  await expect(reader.getByTestId('department-year-2024')).toContainText('该部门2024年度报告尚未发布。');
  // The department directory and the directory's department field find it by name.
  await reader.goto('/departments?q=%E6%9E%97%E4%B8%9A');
  await expect(reader.getByRole('main').getByRole('link', { name: '章贡区林业局' })).toHaveCount(1);
  await reader.goto('/reports');
  await reader.getByLabel('部门', { exact: true }).fill('林业');
  await expect(reader.getByRole('option', { name: /章贡区林业局/ })).toHaveCount(1);

  await page.goto('/admin/users');
  const newUser = page.getByRole('region', { name: '新增用户' });
  await newUser.getByLabel('用户名').fill('forestry.editor');
  await newUser.getByLabel('姓名').fill('区林业局 信息员');
  await newUser.getByLabel('初始密码').fill('Forest#Ganzhou26');
  await newUser.getByRole('button', { name: '新增用户' }).click();
  // An editor needs a department: the message names the field.
  await expect(newUser.getByText('部门编辑必须属于一个部门，请选择部门。')).toBeVisible();
  await newUser.getByLabel('所属部门').selectOption({ label: '章贡区林业局' });
  await newUser.getByLabel('初始密码').fill('Forest#Ganzhou26');
  await newUser.getByRole('button', { name: '新增用户' }).click();
  await expect(newUser.getByRole('status')).toHaveText('已新增用户 forestry.editor（区林业局 信息员）。');

  // The new editor signs in and lands on the new department's page.
  const editorContext = await browser.newContext();
  const editor = await editorContext.newPage();
  await signIn(editor, 'forestry.editor', 'Forest#Ganzhou26');
  await expect(editor.getByRole('heading', { level: 1 })).toHaveText('章贡区林业局 · 年度报告');

  // Resetting the password ends the editor's session.
  await page.reload();
  const row = page.getByTestId('user-forestry.editor');
  await row.locator('summary').click();
  await row.getByLabel('forestry.editor 的新密码').fill('short');
  await row.getByRole('button', { name: '重置密码' }).click();
  await expect(row.getByText('密码至少需要 8 个字符。')).toBeVisible();
  // A common password (a dictionary word with digits around it) is refused too.
  await row.getByLabel('forestry.editor 的新密码').fill('Password2026');
  await row.getByRole('button', { name: '重置密码' }).click();
  await expect(row.getByText('这是常见密码，很容易被猜中，请换一个。')).toBeVisible();
  await row.getByLabel('forestry.editor 的新密码').fill('NewForest#Ganzhou26');
  await row.getByRole('button', { name: '重置密码' }).click();
  await expect(row.getByText('密码已重置')).toBeVisible();
  await editor.goto('/editor');
  await expect(editor).toHaveURL(/\/login/);

  // Disabling ends the new session too, and the password no longer works.
  await signIn(editor, 'forestry.editor', 'NewForest#Ganzhou26');
  await row.getByRole('button', { name: '停用用户 forestry.editor' }).click();
  await expect(row.getByText('已停用该用户')).toBeVisible();
  await editor.goto('/editor');
  await expect(editor).toHaveURL(/\/login/);
  await editor.getByLabel('用户名').fill('forestry.editor');
  await editor.getByLabel('密码').fill('NewForest#Ganzhou26');
  await editor.getByRole('button', { name: '登录' }).click();
  await expect(editor.getByRole('alert').filter({ hasText: '用户名或密码不正确' })).toBeVisible();

  const user = await e2eDb().user.findUniqueOrThrow({ where: { username: 'forestry.editor' } });
  expect(user.disabled).toBe(true);
  const actions = (await e2eDb().auditEvent.findMany({ where: { entityId: user.id }, orderBy: { id: 'asc' } })).map((event) => event.action);
  expect(actions).toEqual(expect.arrayContaining(['user.create', 'user.reset_password', 'user.disable']));
  await editorContext.close();
});
