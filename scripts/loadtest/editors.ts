// One editor as the browser drives the portal: the sign-in form's server
// action, the editor page, then, until the deadline, a change of text, the
// autosave delay, and the editor's own save action (saveReportAction), based on
// the version of the last acknowledged save — as components/editor/
// use-report-draft.ts does. A refused save (conflict) is followed by what the
// editor does in the browser: load the latest version (loadLatestReportAction)
// and apply the change again on it. Every acknowledged save goes in the ledger.
import { BROWSER_HEADERS } from '../bench/http-load';
import { actionResult, Browser, postAction } from './actions';
import { withText, type Content, type SaveLedger } from './ledger';
import type { Recorder } from './stats';
import type { LoadtestEditor } from './setup';

export const ACTION_NAMES = ['signInAction', 'saveReportAction', 'loadLatestReportAction'] as const;
export type ActionIds = Record<(typeof ACTION_NAMES)[number], string>;

type SaveResult = { ok: true; version: number } | { ok: false; kind: string };
type LatestResult = { ok: true; version: number; content: Content } | { ok: false; kind: string };

export interface EditorRun {
  base: string;
  ids: ActionIds;
  password: string;
  recorder: Recorder;
  ledger: SaveLedger;
  /** performance.now() at which to stop. */
  until: number;
  saveDelayMs: number;
  timeoutMs: number;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** One editor's browser tab, kept across scenarios: the session, and the working copy as use-report-draft.ts holds it. */
export class EditorTab {
  private readonly browser: Browser;
  private readonly page: string;
  private signedIn = false;
  private opened = false;
  private version = 0;
  private content: Content = { sections: {} };
  private change = 0;
  /** The last save was not acknowledged (a following conflict is its sequel). */
  private previousFailed = false;

  constructor(
    private readonly editor: LoadtestEditor,
    index: number,
  ) {
    this.browser = new Browser(`10.12.${Math.floor(index / 250)}.${(index % 250) + 1}`);
    this.page = `/editor/reports/${editor.reportId}`;
  }

  /** Signed in, with the report open in the editor. */
  get ready(): boolean {
    return this.opened;
  }

  private call(run: EditorRun, path: string, id: string, args: unknown[]) {
    return postAction({ base: run.base, path, id, args, browser: this.browser, timeoutMs: run.timeoutMs });
  }

  /** Signs in (if not yet), opens the editor page and reads the working copy; true when ready to edit. */
  private async open(run: EditorRun): Promise<boolean> {
    if (!this.signedIn) this.signedIn = await this.signIn(run);
    if (!this.signedIn) return false;
    const open = await run.recorder.time('editor page', async () => {
      const response = await fetch(run.base + this.page, { headers: { ...BROWSER_HEADERS, ...this.browser.headers() }, redirect: 'manual', signal: AbortSignal.timeout(run.timeoutMs) });
      await response.arrayBuffer();
      return response.ok ? { outcome: 'ok', value: true } : { outcome: 'status', detail: String(response.status), value: false };
    });
    if (!open.value) return false;
    // The page's version and content (read through the editor's own action for reloading).
    this.opened = await this.loadLatest(run);
    return this.opened;
  }

  private async signIn(run: EditorRun): Promise<boolean> {
    const { recorder, ids } = run;
    // The sign-in form (useActionState: the previous state and the form's fields).
    const form = new FormData();
    form.set('username', this.editor.username);
    form.set('password', run.password);
    const signIn = await recorder.time('sign-in', async () => {
      const response = await this.call(run, '/login', ids.signInAction, [{ status: 'idle' }, form]);
      const body = await response.text();
      // Success is a redirect to the editor's landing page, with the session cookie.
      if (response.headers.get('x-action-redirect')) return { outcome: 'ok', value: true };
      if (!response.ok) return { outcome: 'status', detail: String(response.status), value: false };
      const state = actionResult(body) as { message?: string } | null;
      return { outcome: 'failed', detail: state?.message?.slice(0, 40) ?? 'no redirect', value: false };
    });
    return signIn.value === true;
  }

  private async loadLatest(run: EditorRun): Promise<boolean> {
    const latest = await run.recorder.time('load latest', async () => {
      const response = await this.call(run, this.page, run.ids.loadLatestReportAction, [{ reportId: this.editor.reportId }]);
      const result = actionResult(await response.text()) as LatestResult | null;
      if (!response.ok) return { outcome: 'status', detail: String(response.status), value: null };
      return result?.ok ? { outcome: 'ok', value: result } : { outcome: 'failed', detail: result?.kind ?? 'no result', value: null };
    });
    if (!latest.value) return false;
    ({ version: this.version, content: this.content } = latest.value);
    return true;
  }

  /** Signs in and opens the editor, trying again after a failure, until ready or `run.until`; true when ready. */
  async openEditor(run: EditorRun): Promise<boolean> {
    while (!this.opened && performance.now() < run.until) {
      if (!(await this.open(run))) await sleep(run.saveDelayMs);
    }
    return this.opened;
  }

  /** Opens the editor if needed, then changes the text and autosaves until `run.until`. */
  async work(run: EditorRun): Promise<void> {
    await this.openEditor(run);
    while (performance.now() < run.until) await this.editAndSave(run);
  }

  private async editAndSave(run: EditorRun): Promise<void> {
    // The editor types for a while (up to one autosave delay, at random: the
    // 50 editors do not save in step), and the autosave fires the autosave
    // delay after the last change.
    await sleep(Math.random() * run.saveDelayMs);
    const text = `${this.editor.username} 第 ${++this.change} 次修改 ${new Date().toISOString()}`;
    this.content = withText(this.content, text);
    await sleep(run.saveDelayMs);
    const { version, content, previousFailed } = this;
    const save = await run.recorder.time<SaveResult | null>('autosave', async () => {
      const response = await this.call(run, this.page, run.ids.saveReportAction, [{ reportId: this.editor.reportId, version, content }]);
      const body = await response.text();
      if (!response.ok) return { outcome: 'status', detail: String(response.status), value: null };
      const result = actionResult(body) as SaveResult | null;
      if (result?.ok) return { outcome: 'ok', value: result };
      const sequel = result?.kind === 'conflict' && previousFailed;
      return { outcome: 'failed', detail: sequel ? 'conflict after failure' : (result?.kind ?? 'no result'), expected: sequel, value: result };
    });
    const result = save.value;
    if (result?.ok) {
      if (result.version !== version + 1) throw new Error(`${this.editor.username}: save of version ${version} acknowledged as version ${result.version}`);
      run.ledger.ack(this.editor.reportId, result.version, text);
      this.version = result.version;
      this.previousFailed = false;
      return;
    }
    if (save.outcome === 'timeout' || save.outcome === 'network') run.ledger.unanswered++;
    else run.ledger.failedReported++;
    this.previousFailed = true;
    // Refused as outdated: the editor loads the latest version and the change is applied again on it.
    if (result && !result.ok && result.kind === 'conflict') await this.loadLatest(run);
  }
}
