'use client';

// The working copy in the editor: the content as typed, its saves (automatic
// shortly after the last change, and on demand), what the server has, the
// save state shown to the editor, a copy kept in this browser until saved,
// and the way back after someone else saved (re-apply one's own changes on
// their version, or take theirs). The editor's markup is report-editor.tsx.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { loadLatestReportAction, saveReportAction } from '@/app/(workspace)/report-actions';
import type { CellValue, ParsedReportContent } from '@/lib/report-format/content';
import { withCell } from '@/lib/report-format/edit';
import { reapplyEdits, type MergeResult } from '@/lib/report-format/merge';
import type { ReportFormat } from '@/lib/report-format/types';
import { formatDateTime } from '@/lib/format-time';
import { useStoredValue } from './use-stored-backup';

/** The save state; "unsaved changes" is not stored but derived from the content. */
export type SaveState =
  | { kind: 'saved'; at: string | null }
  | { kind: 'saving' }
  | { kind: 'error'; message: string; retry: boolean }
  | { kind: 'conflict'; message: string };

const AUTOSAVE_DELAY_MS = 1500;
const RETRY_DELAY_MS = 10_000;

export interface Backup {
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

const backupKey = (reportId: string) => `nianbao:unsaved:${reportId}`;

export interface DraftReport {
  id: string;
  version: number;
  updatedAt: string;
}

export function useReportDraft({
  report,
  initialContent,
  format,
  onLeftEditing,
}: {
  report: DraftReport;
  initialContent: ParsedReportContent;
  format: ReportFormat;
  /** The report is no longer being edited (someone submitted it meanwhile): show it anew. */
  onLeftEditing: () => void;
}) {
  const [content, setContent] = useState(initialContent);
  const [version, setVersion] = useState(report.version);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'saved', at: report.updatedAt });
  const [cellProblems, setCellProblems] = useState<Record<string, string>>({});
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
      onLeftEditing();
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

  return {
    content,
    setContent,
    version,
    saveState,
    dirty,
    cellProblems,
    backup,
    dismissBackup: () => setStoredBackup(null),
    forgetBackup: () => setStoredBackup(null),
    mergeNotice,
    clearMergeNotice: () => setMergeNotice(null),
    saveNow,
    onCellChange,
    onCellError,
    reloadLatest,
    restoreBackup,
  };
}
