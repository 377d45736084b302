// @vitest-environment jsdom
// The editor's working copy, driven the way the editor drives it: a change is
// saved shortly after, a refused save stops autosaving and says why, a
// failure that may pass is retried, and after someone else saved, one's own
// changes are re-applied on their version.
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { withCell } from '@/lib/report-format/edit';
import { GOV_2021 } from '@/lib/report-format/formats/gov-2021';
import { sample2021 } from '@/lib/report-format/testing/sample-content';
import type { ParsedReportContent } from '@/lib/report-format/content';
import { useReportDraft } from './use-report-draft';

const actions = vi.hoisted(() => ({ saveReportAction: vi.fn(), loadLatestReportAction: vi.fn() }));
vi.mock('@/app/(workspace)/report-actions', () => actions);

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

type Draft = ReturnType<typeof useReportDraft>;
const report = { id: 'r1', version: 3, updatedAt: '2026-01-10T02:00:00.000Z' };

function mount(initial: ParsedReportContent, onLeftEditing = vi.fn()) {
  const current: { draft: Draft | null } = { draft: null };
  function Probe() {
    current.draft = useReportDraft({ report, initialContent: initial, format: GOV_2021, onLeftEditing });
    return null;
  }
  const root = createRoot(document.createElement('div'));
  act(() => root.render(<Probe />));
  return { get: () => current.draft!, unmount: () => act(() => root.unmount()) };
}

const change = (draft: Draft, value: number) =>
  act(() => draft.onCellChange('t3_applications', 'granted', 'natural_person', value));

beforeEach(() => {
  vi.useFakeTimers();
  window.localStorage.clear();
  actions.saveReportAction.mockReset();
  actions.loadLatestReportAction.mockReset();
});
afterEach(() => vi.useRealTimers());

describe('the editor’s working copy', () => {
  it('saves shortly after a change, with the version it was based on, and keeps a copy in the browser until then', async () => {
    actions.saveReportAction.mockResolvedValue({ ok: true, version: 4, savedAt: '2026-01-10T02:05:00.000Z' });
    const draft = mount(sample2021());
    change(draft.get(), 9);
    expect(draft.get().dirty).toBe(true);
    await act(async () => vi.advanceTimersByTime(400));
    expect(JSON.parse(window.localStorage.getItem('nianbao:unsaved:r1')!).version).toBe(3);
    expect(actions.saveReportAction).not.toHaveBeenCalled();
    await act(async () => vi.advanceTimersByTime(1200));
    expect(actions.saveReportAction).toHaveBeenCalledTimes(1);
    expect(actions.saveReportAction.mock.calls[0]![0]).toMatchObject({ reportId: 'r1', version: 3 });
    expect(draft.get()).toMatchObject({ dirty: false, version: 4, saveState: { kind: 'saved', at: '2026-01-10T02:05:00.000Z' } });
    expect(window.localStorage.getItem('nianbao:unsaved:r1')).toBeNull();
    draft.unmount();
  });

  it('stops saving after a conflict and says so; the changes stay', async () => {
    actions.saveReportAction.mockResolvedValue({ ok: false, kind: 'conflict', message: '该报告已被他人修改。', fieldErrors: {} });
    const draft = mount(sample2021());
    change(draft.get(), 9);
    await act(async () => vi.advanceTimersByTime(1600));
    expect(draft.get().saveState).toEqual({ kind: 'conflict', message: '该报告已被他人修改。' });
    change(draft.get(), 10);
    await act(async () => vi.advanceTimersByTime(20_000));
    expect(actions.saveReportAction).toHaveBeenCalledTimes(1);
    expect(draft.get().content.tables.t3_applications!.granted!.natural_person).toBe(10);
    draft.unmount();
  });

  it('retries a save that failed for a passing reason', async () => {
    actions.saveReportAction
      .mockResolvedValueOnce({ ok: false, kind: 'error', message: '系统出现问题。', fieldErrors: {} })
      .mockResolvedValueOnce({ ok: true, version: 4, savedAt: '2026-01-10T02:06:00.000Z' });
    const draft = mount(sample2021());
    change(draft.get(), 9);
    await act(async () => vi.advanceTimersByTime(1600));
    expect(draft.get().saveState).toMatchObject({ kind: 'error', retry: true });
    await act(async () => vi.advanceTimersByTime(10_000));
    expect(actions.saveReportAction).toHaveBeenCalledTimes(2);
    expect(draft.get()).toMatchObject({ dirty: false, saveState: { kind: 'saved' } });
    draft.unmount();
  });

  it('after someone else saved, re-applies one’s own changes on their version and names the places both changed', async () => {
    actions.saveReportAction.mockResolvedValue({ ok: false, kind: 'conflict', message: '该报告已被他人修改。', fieldErrors: {} });
    const base = sample2021();
    const draft = mount(base);
    change(draft.get(), 9);
    act(() => draft.get().onCellChange('t3_applications', 'new_received', 'natural_person', 30));
    await act(async () => vi.advanceTimersByTime(1600));
    const theirs = withCell(base, 't3_applications', 'granted', 'natural_person', 7);
    actions.loadLatestReportAction.mockResolvedValue({ ok: true, status: 'DRAFT', version: 5, content: theirs, updatedBy: '区教育局 同事', updatedAt: '2026-01-10T02:07:00.000Z' });
    await act(async () => draft.get().reloadLatest(true));
    const granted = draft.get().content.tables.t3_applications!;
    expect(granted.granted!.natural_person).toBe(9);
    expect(granted.new_received!.natural_person).toBe(30);
    expect(draft.get().version).toBe(5);
    expect(draft.get().mergeNotice).toContain('以下位置双方都改过，保留了您的修改，请核对');
    draft.unmount();
  });

  it('shows the report anew when it left editing meanwhile', async () => {
    actions.saveReportAction.mockResolvedValue({ ok: false, kind: 'conflict', message: '该报告已被他人修改。', fieldErrors: {} });
    const onLeftEditing = vi.fn();
    const draft = mount(sample2021(), onLeftEditing);
    change(draft.get(), 9);
    await act(async () => vi.advanceTimersByTime(1600));
    actions.loadLatestReportAction.mockResolvedValue({ ok: true, status: 'AWAITING_SIGNOFF', version: 6, content: sample2021(), updatedBy: null, updatedAt: '2026-01-10T02:08:00.000Z' });
    await act(async () => draft.get().reloadLatest(true));
    expect(onLeftEditing).toHaveBeenCalledTimes(1);
    draft.unmount();
  });
});
