'use client';

// The report editor: the year's format section by section, the rules run
// live, autosave with a visible state, a warning before leaving with unsaved
// changes, and a safe path when someone else saved in the meantime.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useRouter } from 'next/navigation';
import { loadLatestReportAction, saveReportAction } from '@/app/(workspace)/report-actions';
import type { CellValue, ParsedReportContent } from '@/lib/report-format/content';
import { sectionElementId, SIGNATURE_ELEMENT_ID } from '@/lib/report-format/anchors';
import { withBlocks, withCell } from '@/lib/report-format/edit';
import { getFormat, getTable } from '@/lib/report-format/formats';
import { reapplyEdits, type MergeResult } from '@/lib/report-format/merge';
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
import { useStoredValue } from './use-stored-backup';

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

/** The save state; "unsaved changes" is not stored but derived from the content. */
type SaveState =
  | { kind: 'saved'; at: string | null }
  | { kind: 'saving' }
  | { kind: 'error'; message: string; retry: boolean }
  | { kind: 'conflict'; message: string };

const AUTOSAVE_DELAY_MS = 1500;
const RETRY_DELAY_MS = 10_000;

interface Backup {
  /** The saved version the changes were made on, and its content: the base for re-applying them. */
  version: number;
  /** Absent in backups written before the base was kept. */
  base?: ParsedReportContent;
  content: ParsedReportContent;
  at: string;
}

/** The notice after the editor's changes were re-applied on another version: `applied` says what was done. */
function reappliedNotice(applied: string, merged: MergeResult): string {
  return merged.overlaps.length
    ? `${applied}。以下位置双方都改过，保留了您的修改，请核对：${merged.overlaps.join('；')}。`
    : `${applied}，正在保存。`;
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

const backupKey = (reportId: string) => `nianbao:unsaved:${reportId}`;

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
  const [content, setContent] = useState(initialContent);
  const [version, setVersion] = useState(report.version);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'saved', at: report.updatedAt });
  const [cellProblems, setCellProblems] = useState<Record<string, string>>({});
  const [submitOpen, setSubmitOpen] = useState(false);
  const [mergeNotice, setMergeNotice] = useState<string | null>(null);
  // A copy of unsaved changes kept in this browser (restored after a crash or a closed tab).
  const [storedBackup, setStoredBackup] = useStoredValue(backupKey(report.id));
  const [backupDismissed, setBackupDismissed] = useState(false);
  const backup = useMemo(() => {
    if (!storedBackup || backupDismissed) return null;
    try {
      const parsed = JSON.parse(storedBackup) as Backup;
      return JSON.stringify(parsed.content) === JSON.stringify(initialContent) ? null : parsed;
    } catch {
      return null;
    }
  }, [storedBackup, backupDismissed, initialContent]);

  // The last content the server has (the base for re-applying edits after a
  // conflict): state for rendering, a ref for the asynchronous save.
  const [saved, setSaved] = useState(initialContent);
  const savedContent = useRef(initialContent);
  const versionRef = useRef(report.version);
  const contentRef = useRef(content);
  const savingRef = useRef(false);
  const blockedRef = useRef(false);
  useEffect(() => {
    contentRef.current = content;
  }, [content]);
  const markSaved = useCallback((snapshot: ParsedReportContent) => {
    savedContent.current = snapshot;
    setSaved(snapshot);
  }, []);

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
  const dirty = content !== saved;

  const save = useCallback(async () => {
    if (savingRef.current || blockedRef.current) return;
    const snapshot = contentRef.current;
    if (snapshot === savedContent.current) return;
    savingRef.current = true;
    setSaveState({ kind: 'saving' });
    try {
      const result = await saveReportAction({ reportId: report.id, version: versionRef.current, content: snapshot });
      if (result.ok) {
        markSaved(snapshot);
        versionRef.current = result.version;
        setVersion(result.version);
        setStoredBackup(null);
        setSaveState({ kind: 'saved', at: result.savedAt });
      } else if (result.kind === 'conflict') {
        blockedRef.current = true;
        setSaveState({ kind: 'conflict', message: result.message });
      } else {
        blockedRef.current = result.kind === 'invalid';
        setSaveState({ kind: 'error', message: result.message, retry: result.kind === 'error' });
      }
    } catch {
      setSaveState({ kind: 'error', message: '网络或服务器暂时不可用，修改仍保留在本页，稍后将自动重试。', retry: true });
    } finally {
      savingRef.current = false;
    }
  }, [report.id, markSaved, setStoredBackup]);

  /** Saves now, after any save under way, and tells whether everything is saved. */
  const saveNow = useCallback(async () => {
    for (let waited = 0; savingRef.current && waited < 100; waited++) await new Promise((done) => setTimeout(done, 100));
    await save();
    return { version: versionRef.current, saved: contentRef.current === savedContent.current && !blockedRef.current };
  }, [save]);

  // Try again a little later after a failure that may pass (network, server).
  useEffect(() => {
    if (saveState.kind !== 'error' || !saveState.retry) return;
    const timer = window.setTimeout(() => void save(), RETRY_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [saveState, save]);

  // Autosave shortly after the last change; keep a copy in this browser until saved.
  useEffect(() => {
    if (!dirty || blockedRef.current) return;
    const backupTimer = window.setTimeout(() => {
      const copy: Backup = { version: versionRef.current, base: savedContent.current, content, at: new Date().toISOString() };
      window.localStorage.setItem(backupKey(report.id), JSON.stringify(copy));
      setBackupDismissed(true);
    }, 300);
    const saveTimer = window.setTimeout(() => void save(), AUTOSAVE_DELAY_MS);
    return () => {
      window.clearTimeout(backupTimer);
      window.clearTimeout(saveTimer);
    };
  }, [content, dirty, report.id, save]);

  // Warn before leaving with unsaved changes (closing the tab, or a link in the portal).
  useEffect(() => {
    const unsaved = () => contentRef.current !== savedContent.current || savingRef.current;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!unsaved()) return;
      event.preventDefault();
      event.returnValue = '';
    };
    const onClick = (event: MouseEvent) => {
      const link = (event.target as HTMLElement).closest('a[href]');
      if (!link || !unsaved() || link.getAttribute('href')?.startsWith('#')) return;
      if (!window.confirm('您有尚未保存的修改，离开本页将丢失这些修改。确定离开吗？')) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    document.addEventListener('click', onClick, true);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('click', onClick, true);
    };
  }, []);

  const onCellChange = useCallback((tableId: string, rowKey: string, columnKey: string, value: CellValue) => {
    setContent((current) => withCell(current, tableId, rowKey, columnKey, value));
  }, []);
  const onCellError = useCallback((cellId: string, message: string | null) => {
    setCellProblems((current) => {
      if (!message && !(cellId in current)) return current;
      const next = { ...current };
      if (message) next[cellId] = message;
      else delete next[cellId];
      return next;
    });
  }, []);

  const reloadLatest = async (keepMine: boolean) => {
    const latest = await loadLatestReportAction({ reportId: report.id });
    if (!latest.ok) {
      setSaveState({ kind: 'error', message: latest.message, retry: false });
      return;
    }
    if (latest.status !== 'DRAFT' && latest.status !== 'RETURNED') {
      router.refresh();
      return;
    }
    const base = savedContent.current;
    markSaved(latest.content);
    versionRef.current = latest.version;
    setVersion(latest.version);
    blockedRef.current = false;
    if (keepMine) {
      const merged = reapplyEdits(format, base, contentRef.current, latest.content);
      setContent(merged.content);
      setMergeNotice(reappliedNotice(`已载入 ${latest.updatedBy ?? '他人'} 保存的版本，并重新应用了您的 ${merged.reapplied} 处修改`, merged));
      setSaveState({ kind: 'saved', at: null });
    } else {
      setContent(latest.content);
      setMergeNotice(`已载入 ${latest.updatedBy ?? '他人'} 保存的最新版本，您未保存的修改已放弃。`);
      setStoredBackup(null);
      setSaveState({ kind: 'saved', at: latest.updatedAt });
    }
  };

  // Re-applies the backup's changes on what is loaded now, which may include
  // changes others saved after the backup was written: restoring the backup
  // as it is would silently undo those.
  const restoreBackup = (backup: Backup) => {
    // A backup written before the base was kept: the loaded version is its base only if it was made on it.
    const base = backup.base ?? (backup.version === versionRef.current ? savedContent.current : null);
    const merged = reapplyEdits(format, base, backup.content, contentRef.current);
    setContent(merged.content);
    const at = formatDateTime(backup.at);
    if (base) {
      setMergeNotice(reappliedNotice(`已在当前版本上重新应用此浏览器中 ${at} 保存的 ${merged.reapplied} 处修改`, merged));
    } else {
      // Nothing tells which differences are the editor's and which were saved since, so each is named for checking.
      setMergeNotice(
        merged.overlaps.length
          ? `已恢复此浏览器中 ${at} 保存的修改。这些修改基于较早的第 ${backup.version} 次保存的版本，无法区分哪些是您的修改、哪些是此后他人保存的修改；以下位置与当前版本不同，已采用浏览器中的内容，请逐一核对：${merged.overlaps.join('；')}。`
          : `此浏览器中 ${at} 保存的内容与当前版本相同，无需恢复。`,
      );
    }
    setBackupDismissed(true);
  };

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
              onClick={() => setStoredBackup(null)}
            >
              放弃
            </button>
          </div>
        </div>
      )}

      {mergeNotice && (
        <div role="status" className="rounded border border-brand bg-brand-soft px-4 py-3 text-sm">
          {mergeNotice}
          <button type="button" className="ml-3 underline" onClick={() => setMergeNotice(null)}>
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
          setStoredBackup(null);
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
