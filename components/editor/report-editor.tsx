'use client';

// The report editor: the year's format section by section, the rules run
// live, autosave with a visible state, a warning before leaving with unsaved
// changes, and a safe path when someone else saved in the meantime.
import { useMemo, useState } from 'react';
import { useRouter } from 'next/navigation';
import type { ParsedReportContent } from '@/lib/report-format/content';
import { sectionElementId, SIGNATURE_ELEMENT_ID } from '@/lib/report-format/anchors';
import { withBlocks } from '@/lib/report-format/edit';
import { getFormat, getTable } from '@/lib/report-format/formats';
import { checkReport, countIssues, type RuleIssue } from '@/lib/report-format/rules/check-report';
import type { ReportFormat } from '@/lib/report-format/types';
import type { CommentView, SubmissionView } from '@/lib/reports/get-report-workspace';
import { formatClock, formatDateTime, isoDate } from '@/lib/format-time';
import { StatusBadge } from '@/components/layout/status-badge';
import type { ReportStatus } from '@/lib/workflow/status';
import { ModalDialog } from '@/components/ui/modal-dialog';
import { CommentThread } from './comment-thread';
import { InlineIssues, IssueList } from './issue-list';
import { ReturnNotice } from './return-notice';
import { reportDocxPath } from '@/lib/reports/report-label';
import { SubmitDialog } from './submit-dialog';
import { TableEditor } from './table-editor';
import { TextBlocksEditor } from './text-blocks-editor';
import { useReportDraft } from './use-report-draft';

export interface EditorReport {
  id: string;
  year: number;
  formatId: string;
  status: ReportStatus;
  version: number;
  editionNumber: number;
  changeNote: string | null;
  title: string;
  updatedAt: string;
}

/** Per section: the issues located at the section itself, and how many errors and warnings it and its tables have. */
function issuesBySection(format: ReportFormat, issues: readonly RuleIssue[]) {
  const bySection = new Map(format.sections.map((section) => [section.id, { own: [] as RuleIssue[], open: 0 }]));
  const sectionOfTable = new Map(format.sections.flatMap((section) => (section.tables ?? []).map((tableId) => [tableId, section.id] as const)));
  for (const issue of issues) {
    const { location } = issue;
    const sectionId = location.kind === 'section' ? location.sectionId : 'tableId' in location ? sectionOfTable.get(location.tableId) : undefined;
    const entry = sectionId === undefined ? undefined : bySection.get(sectionId);
    if (!entry) continue;
    if (location.kind === 'section') entry.own.push(issue);
    if (issue.severity !== 'info') entry.open++;
  }
  return bySection;
}

export function ReportEditor({
  report,
  initialContent,
  previous,
  comments,
  lastReturn,
  canSubmit,
  signOffRequired,
  submissionProblem,
}: {
  report: EditorReport;
  initialContent: ParsedReportContent;
  previous: { formatId: string; content: ParsedReportContent } | null;
  comments: CommentView[];
  lastReturn: SubmissionView | null;
  canSubmit: boolean;
  /** The district's 先审后发 (the submit dialog says where the report goes). */
  signOffRequired: boolean;
  /** Why it may not be submitted yet (its year is not over), or null. */
  submissionProblem: string | null;
}) {
  const router = useRouter();
  const format = getFormat(report.formatId);
  const [submitOpen, setSubmitOpen] = useState(false);
  const draft = useReportDraft({ report, initialContent, format, onLeftEditing: () => router.refresh() });
  const { content, setContent, version, saveState, dirty, cellProblems, backup, mergeNotice, saveNow, onCellChange, onCellError, reloadLatest, restoreBackup } = draft;
  const previousReport = useMemo(
    () => (previous ? { format: getFormat(previous.formatId), content: previous.content } : null),
    [previous],
  );
  const today = useMemo(() => isoDate(new Date()), []);
  const issues: RuleIssue[] = useMemo(
    () => checkReport(format, content, { previous: previousReport, year: report.year, today }),
    [format, content, previousReport, report.year, today],
  );
  const counts = countIssues(issues);
  const sectionIssues = useMemo(() => issuesBySection(format, issues), [format, issues]);
  const sectionComments = (sectionId: string) =>
    comments.filter((comment) => comment.anchor.kind === 'section' && comment.anchor.sectionId === sectionId);
  const reportComments = comments.filter((comment) => comment.anchor.kind === 'report');
  const problems = Object.values(cellProblems);
  const readOnly = saveState.kind === 'conflict';

  return (
    <div className="space-y-6">
      <div className="sticky top-0 z-20 -mx-4 border-b border-line bg-paper/95 px-4 py-3 backdrop-blur">
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-xl font-semibold">{report.title}</h1>
          <StatusBadge status={report.status} />
          {report.editionNumber > 1 && <span className="text-sm text-muted">第 {report.editionNumber} 版（更正）</span>}
          <p className="ml-auto text-sm" role="status" aria-live="polite" data-testid="save-state">
            {saveState.kind === 'saved' && dirty && '有未保存的修改'}
            {saveState.kind === 'saved' && !dirty && (saveState.at ? `已保存 ${formatClock(saveState.at)}` : '已保存')}
            {saveState.kind === 'saving' && '正在保存…'}
            {saveState.kind === 'error' && <span className="text-danger">保存失败：{saveState.message}</span>}
            {saveState.kind === 'conflict' && <span className="text-danger">未保存：该报告已被他人修改</span>}
          </p>
          <button type="button" className="btn-secondary" onClick={() => void saveNow()} disabled={!dirty || saveState.kind === 'saving' || readOnly}>
            保存
          </button>
          {canSubmit && (
            <button type="button" className="btn-primary" onClick={() => setSubmitOpen(true)} disabled={readOnly}>
              提交审核
            </button>
          )}
        </div>
        <p className="mt-1 text-xs text-muted">
          检查结果：{counts.error} 个错误，{counts.warning} 个警告，{counts.info} 条提示 · 第 {version} 次保存的版本 ·{' '}
          <a href={reportDocxPath(report.id)} className="text-brand underline" download>
            下载 Word 文档（已保存的内容）
          </a>
        </p>
      </div>

      {backup && (
        <div role="alert" className="rounded border border-warn bg-warn-soft px-4 py-3 text-sm">
          <p>此浏览器中保存着 {formatDateTime(backup.at)} 未能保存到服务器的修改。</p>
          <div className="mt-2 flex gap-2">
            <button
              type="button"
              className="btn-primary"
              onClick={() => restoreBackup(backup)}
            >
              恢复这些修改
            </button>
            <button
              type="button"
              className="btn-secondary"
              onClick={draft.dismissBackup}
            >
              放弃
            </button>
          </div>
        </div>
      )}

      {mergeNotice && (
        <div role="status" className="rounded border border-brand bg-brand-soft px-4 py-3 text-sm">
          {mergeNotice}
          <button type="button" className="ml-3 underline" onClick={draft.clearMergeNotice}>
            知道了
          </button>
        </div>
      )}

      <ReturnNotice lastReturn={report.status === 'RETURNED' ? lastReturn : null} comments={comments} format={format} />

      {problems.length > 0 && (
        <div role="alert" className="rounded border border-danger bg-danger-soft px-4 py-3 text-sm text-danger">
          以下单元格的内容无法识别，未计入报告：{problems.join('；')}
        </div>
      )}

      <div className="grid gap-6 lg:grid-cols-[14rem_1fr]">
        <nav aria-label="报告目录" className="lg:sticky lg:top-28 lg:self-start">
          <ol className="space-y-1 text-sm">
            <li>
              <a href="#preamble" className="text-brand underline">
                报告开头
              </a>
            </li>
            {format.sections.map((section) => {
              const here = sectionIssues.get(section.id)?.open ?? 0;
              return (
                <li key={section.id}>
                  <a href={`#${sectionElementId(section.id)}`} className="text-brand underline">
                    {section.number}、{section.title}
                  </a>
                  {here > 0 && <span className="ml-1 rounded bg-danger-soft px-1 text-xs text-danger">{here}</span>}
                </li>
              );
            })}
            <li>
              <a href={`#${SIGNATURE_ELEMENT_ID}`} className="text-brand underline">
                落款
              </a>
            </li>
          </ol>
          <details className="mt-4 rounded border border-line bg-paper p-3" open>
            <summary className="cursor-pointer text-sm font-semibold">
              检查结果（{counts.error + counts.warning + counts.info}）
            </summary>
            <div className="mt-2 max-h-[50vh] overflow-y-auto" data-testid="issue-summary">
              <IssueList issues={issues} />
            </div>
          </details>
        </nav>

        <div className="min-w-0 space-y-8">
          {reportComments.length > 0 && (
            <section aria-label="对整份报告的评论">
              <CommentThread reportId={report.id} comments={reportComments} canResolve />
            </section>
          )}
          <section id="preamble" aria-labelledby="preamble-title" className="card p-4">
            <h2 id="preamble-title" className="mb-2 font-semibold">
              报告开头
            </h2>
            <label htmlFor="preamble-text" className="sr-only">
              报告开头段落
            </label>
            <textarea
              id="preamble-text"
              className="field-input min-h-28"
              value={content.preamble}
              readOnly={readOnly}
              onChange={(event) => setContent((current) => ({ ...current, preamble: event.target.value }))}
            />
            <p className="mt-1 text-xs text-muted">依据、统计期限、全文内容、下载渠道和联系方式，公开时显示在标题之下。</p>
          </section>

          {format.sections.map((section) => (
            <section key={section.id} id={sectionElementId(section.id)} tabIndex={-1} aria-labelledby={`${section.id}-title`} className="card p-4">
              <h2 id={`${section.id}-title`} className="mb-1 text-lg font-semibold">
                {section.number}、{section.title}
              </h2>
              {section.guidance && <p className="mb-3 text-sm text-muted">{section.guidance}</p>}
              <CommentThread reportId={report.id} comments={sectionComments(section.id)} canResolve />
              <InlineIssues issues={sectionIssues.get(section.id)?.own ?? []} className="my-2" />
              {section.kind === 'text' ? (
                <TextBlocksEditor
                  section={section}
                  blocks={content.sections[section.id] ?? []}
                  readOnly={readOnly}
                  onChange={(blocks) => setContent((current) => withBlocks(current, section.id, blocks))}
                />
              ) : (
                (section.tables ?? []).map((tableId) => (
                  <TableEditor
                    key={tableId}
                    table={getTable(format, tableId)}
                    content={content}
                    readOnly={readOnly}
                    issues={issues}
                    comments={comments}
                    reportId={report.id}
                    canResolveComments
                    onCellChange={onCellChange}
                    onCellError={onCellError}
                  />
                ))
              )}
            </section>
          ))}

          <section id={SIGNATURE_ELEMENT_ID} tabIndex={-1} aria-labelledby="signature-title" className="card p-4">
            <h2 id="signature-title" className="mb-3 font-semibold">
              落款
            </h2>
            <div className="grid gap-4 sm:grid-cols-2">
              <div>
                <label htmlFor="signature-organization" className="field-label">
                  落款单位
                </label>
                <input
                  id="signature-organization"
                  className="field-input"
                  value={content.signature.organization}
                  readOnly={readOnly}
                  onChange={(event) =>
                    setContent((current) => ({ ...current, signature: { ...current.signature, organization: event.target.value } }))
                  }
                />
              </div>
              <div>
                <label htmlFor="signature-date" className="field-label">
                  落款日期
                </label>
                <input
                  id="signature-date"
                  type="date"
                  className="field-input"
                  value={content.signature.date ?? ''}
                  readOnly={readOnly}
                  onChange={(event) =>
                    setContent((current) => ({ ...current, signature: { ...current.signature, date: event.target.value || null } }))
                  }
                />
              </div>
            </div>
            <InlineIssues issues={issues.filter((issue) => issue.location.kind === 'signature')} />
          </section>
        </div>
      </div>

      <SubmitDialog
        open={submitOpen}
        onClose={() => setSubmitOpen(false)}
        reportId={report.id}
        issues={issues}
        editionNumber={report.editionNumber}
        initialChangeNote={report.changeNote ?? ''}
        signOffRequired={signOffRequired}
        submissionProblem={submissionProblem}
        beforeSubmit={saveNow}
        onSubmitted={() => {
          draft.forgetBackup();
          router.refresh();
        }}
      />

      <ModalDialog open={saveState.kind === 'conflict'} title="该报告已被他人修改" onClose={() => undefined}>
        {saveState.kind === 'conflict' && (
          <div className="space-y-4">
            <p role="alert">{saveState.message}</p>
            <p className="text-sm text-muted">您的修改仍保留在本页。可以载入对方保存的版本并把您的修改重新应用上去，也可以放弃您的修改。</p>
            <div className="flex flex-wrap gap-2">
              <button type="button" className="btn-primary" onClick={() => void reloadLatest(true)}>
                载入最新版本并保留我的修改
              </button>
              <button type="button" className="btn-secondary" onClick={() => void reloadLatest(false)}>
                放弃我的修改，载入最新版本
              </button>
            </div>
          </div>
        )}
      </ModalDialog>
    </div>
  );
}
