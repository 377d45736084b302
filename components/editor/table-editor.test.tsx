// @vitest-environment jsdom
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getTable } from '@/lib/report-format/formats';
import { GOV_2021 } from '@/lib/report-format/formats/gov-2021';
import { checkReport } from '@/lib/report-format/rules/check-report';
import { sample2021 } from '@/lib/report-format/testing/sample-content';
import type { ParsedReportContent } from '@/lib/report-format/content';
import type { CommentView } from '@/lib/reports/get-report-workspace';
import { TableEditor } from './table-editor';

// Comment threads resolve through a server action, which needs the server runtime.
vi.mock('@/app/(workspace)/report-actions', () => ({ resolveCommentAction: vi.fn() }));

function render(tableId: string, content: ParsedReportContent, comments: CommentView[] = []) {
  document.body.innerHTML = renderToStaticMarkup(
    <TableEditor
      table={getTable(GOV_2021, tableId)}
      content={content}
      readOnly={false}
      issues={checkReport(GOV_2021, content)}
      comments={comments}
      reportId="r1"
      canResolveComments
      onCellChange={() => undefined}
      onCellError={() => undefined}
    />,
  );
}

const comment = (rowKey: string, columnKey: string, id: string): CommentView => ({
  id,
  authorName: '审核人',
  body: '请核对。',
  createdAt: '2026-01-21T08:00:00.000Z',
  resolved: false,
  editionNumber: 1,
  anchor: { kind: 'cell', tableId: 't3_applications', rowKey, columnKey },
});

describe('the table editor', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('shows each total, carried mark, issue and comment at its own cell', () => {
    const content = sample2021();
    content.tables.t3_applications!.carried_forward!.natural_person = 0;
    content.carried = ['t3_applications.carried_over.natural_person'];
    render('t3_applications', content, [comment('granted', 'natural_person', 'c1'), comment('granted', 'natural_person', 'c2')]);

    expect(document.getElementById('cell-t3_applications-total_processed-natural_person')?.textContent).toBe('9');
    expect(document.getElementById('cell-t3_applications-new_received-total')?.textContent).toBe('12');

    const carried = Array.from(document.querySelectorAll('.editor-carried')).map((mark) => mark.closest('td')?.querySelector('input')?.id);
    expect(carried).toEqual(['cell-t3_applications-carried_over-natural_person']);

    const flagged = Array.from(document.querySelectorAll('td.editor-cell-error')).map((td) => td.querySelector('input')?.id);
    expect(flagged).toEqual(['cell-t3_applications-carried_forward-natural_person']);
    expect(document.getElementById('cell-t3_applications-carried_forward-natural_person-issues')?.textContent).toContain('应为 2，填报为 0');

    const badges = Array.from(document.querySelectorAll('.editor-comment-badge'));
    expect(badges.map((badge) => [badge.closest('td')?.querySelector('input')?.id, badge.textContent])).toEqual([
      ['cell-t3_applications-granted-natural_person', '评 2'],
    ]);
  });

  it('lists the table’s errors and warnings under it, leaving info to the issue list', () => {
    const content = sample2021();
    content.tables.t3_applications!.carried_forward!.natural_person = 0;
    content.tables.t3_applications!.new_received!.legal_research = null;
    render('t3_applications', content);
    const list = document.querySelector('ul[aria-label="表三的检查结果"]')!;
    expect(Array.from(list.querySelectorAll('li')).map((item) => item.textContent)).toEqual([
      '错误：表三 “四、结转下年度继续办理” · 自然人：按勾稽关系（第一项加第二项之和，等于第三项加第四项之和）应为 2，填报为 0',
    ]);
    render('t3_applications', sample2021());
    expect(document.querySelector('ul[aria-label="表三的检查结果"]')).toBeNull();
  });

  it('ties every cell to header cells of the same grid, in a region named after the table', () => {
    render('t3_applications', sample2021());
    const cells = Array.from(document.querySelectorAll('td[headers]'));
    expect(cells).toHaveLength(25 * 7);
    for (const td of cells) {
      for (const id of td.getAttribute('headers')!.split(' ')) expect(document.getElementById(id)?.tagName).toBe('TH');
    }
    const input = document.getElementById('cell-t3_applications-granted-natural_person')!;
    const headers = input.closest('td')!.getAttribute('headers')!.split(' ');
    expect(headers.map((id) => document.getElementById(id)?.textContent)).toEqual(['申请人情况', '自然人', '三、本年度办理结果', '（一）予以公开']);
    expect(document.querySelector('[role="region"]')?.getAttribute('aria-label')).toBe('表三 收到和处理政府信息公开申请情况（可左右滚动）');
  });
});
