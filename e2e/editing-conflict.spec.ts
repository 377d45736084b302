// Two browsers edit the same report: the later save is refused, the user
// loads the other version and re-applies their own edits; nothing is lost.
import { currentYearInChina } from '@/lib/report-format/formats';
import { e2eDb } from './support/db';
import { cell, waitSaved } from './support/editor';
import { expect, test } from './support/fixtures';

test('a save based on an outdated version shows the conflict and keeps both edits', async ({ openPage }) => {
  test.setTimeout(120_000);
  const first = await openPage('health.editor');
  // The current year: the demo data leaves it empty for every department.
  await first.getByRole('button', { name: `开始编制${currentYearInChina(new Date())}年度报告` }).click();
  await expect(first).toHaveURL(/\/editor\/reports\//);
  const url = first.url();

  const second = await openPage('health.editor');
  await second.goto(url);
  await expect(second.getByTestId('save-state')).toHaveText(/已保存/);

  // The first browser saves a change.
  await first.getByLabel('五、存在的主要问题及改进情况 第 1 段').fill('甲：公开栏目更新不够及时。');
  await waitSaved(first);

  // The second, still on the old version, changes a table cell: its save is refused.
  await cell(second, '（一）予以公开 自然人').fill('5');
  const conflict = second.getByRole('dialog', { name: '该报告已被他人修改' });
  await expect(conflict).toBeVisible({ timeout: 15_000 });
  await expect(conflict.getByRole('alert')).toContainText('该报告已被区卫生健康委员会 信息公开专员于');
  await expect(conflict.getByRole('alert')).toContainText('您的修改基于较早的版本，尚未保存。');

  // The user loads the other version and keeps their own edit.
  await conflict.getByRole('button', { name: '载入最新版本并保留我的修改' }).click();
  await expect(second.getByText(/并重新应用了您的 1 处修改/)).toBeVisible();
  await expect(second.getByLabel('五、存在的主要问题及改进情况 第 1 段')).toHaveValue('甲：公开栏目更新不够及时。');
  await expect(cell(second, '（一）予以公开 自然人')).toHaveValue('5');
  await waitSaved(second);

  const reportId = url.split('/').at(-1)!;
  const stored = await e2eDb().report.findUniqueOrThrow({ where: { id: reportId } });
  const content = stored.content as {
    sections: { s5: { text: string }[] };
    tables: { t3_applications: { granted: { natural_person: number } } };
  };
  expect(content.sections.s5[0]?.text).toBe('甲：公开栏目更新不够及时。');
  expect(content.tables.t3_applications.granted.natural_person).toBe(5);
  expect(stored.version).toBe(3);
});
