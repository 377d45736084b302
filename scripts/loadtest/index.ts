// `npm run loadtest`: editors and public readers at once against a production
// build, then the same with PostgreSQL restarted in the middle (docs/loadtest.md).
//   1. a throwaway embedded PostgreSQL with the demo data, 50 editors (one per
//      department, departments added to make 50) and their drafts of the
//      current year — ./setup.ts, through the domain functions
//   2. the portal built into .next-loadtest, served by `next start` as the
//      application's database role (scripts/bench/server.ts), its public pages
//      visited once (cached, as on a portal that has been up for a while)
//   3. three phases, each with 200 readers fetching public pages (./readers.ts):
//      "sign-in": the editors arrive 100 ms apart, sign in and open their report;
//      "normal": LOADTEST_DURATION s (60) of editing: each editor types for 0–1.5 s,
//      the autosave follows 1.5 s after the last change (./editors.ts);
//      "restart": the same, PostgreSQL stopped for 5 s in the middle and started
//      again (./restart.ts); the portal is not restarted, the editors stay signed in
//   After each: per kind requests/s, p50, p99 and errors; then the saves: every
//   acknowledged one must be in the database (./verify.ts).
// Exit code 1 on a lost save, an unexpected error (any error but those of
// requests that overlapped the outage, and their sequels), an editor who
// could not sign in, or no recovery after the restart.
// LOADTEST_PORT: Next's port (default: a free one); PostgreSQL takes the next.
// LOADTEST_EDITORS, LOADTEST_READERS: other numbers of each. LOADTEST_SAMPLES=<prefix>:
// every request of each phase written to <prefix>-<phase>.json.
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDatabaseIfMissing, startTestServer, withDatabase, type DatabaseHandle } from '../lib/database';
import { asTestApp, ensureTestAppRole } from '../lib/db-roles';
import { prepareDatabase } from '../lib/prepare-database';
import { cleanup, isCleaningUp, onCleanup, startProcess } from '../bench/processes';
import { startNext, type NextServer } from '../bench/server';
import { actionIds } from './actions';
import { ACTION_NAMES, EditorTab, type ActionIds, type EditorRun } from './editors';
import { SaveLedger } from './ledger';
import { PUBLIC_KINDS, runReader, warmUp } from './readers';
import { restartDatabase, type Outage } from './restart';
import type { LoadtestPlan } from './setup';
import { kindTable, Recorder, summarise, type KindRow } from './stats';
import { checkSaves, type SaveCheck } from './verify';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const log = (line: string) => console.log(`[loadtest] ${line}`);
const DIST_DIR = '.next-loadtest';
const EDITORS = Number(process.env.LOADTEST_EDITORS ?? 50);
const READERS = Number(process.env.LOADTEST_READERS ?? 200);
const PASSWORD = 'Loadtest2026';
/** The editor's autosave delay after the last change (components/editor/use-report-draft.ts). */
const SAVE_DELAY_MS = 1500;
const OUTAGE_MS = 5000;
/** Editors arrive this far apart (a morning, compressed: 50 in 5 s); the sign-in phase ends when all are at work, or after SIGN_IN_LIMIT_MS. */
const SIGN_IN_SPACING_MS = 100;
const SIGN_IN_LIMIT_MS = 180_000;
/**
 * A request not answered in this time is a timeout: as long as the front
 * proxy waits (nginx's proxy_read_timeout, 60 s, then 504). Not shorter: a
 * client that gives up and asks again while the server still works on the
 * first request raises the load beyond the fixed concurrency.
 */
const TIMEOUT_MS = 60_000;
const EDITOR_KINDS = ['sign-in', 'editor page', 'load latest', 'autosave'];

interface Context {
  database: DatabaseHandle;
  /** The owner's connection (migrations, setup, the check of the saves); the portal connects as the application's role. */
  url: string;
  appUrl: string;
  next: NextServer;
  plan: LoadtestPlan;
  ids: ActionIds;
  /** The editors' browser tabs, open from one phase to the next (the restart hits editors at work). */
  tabs: EditorTab[];
  seconds: number;
}

type Phase = 'sign-in' | 'normal' | 'restart';

interface PhaseResult {
  phase: Phase;
  seconds: number;
  rows: KindRow[];
  saves: SaveCheck;
  notReady: number;
  outage?: Outage & { firstSaveAfter: number | null; readsBefore: number; readsAfter: number | null };
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function prepare(databasePort: number | undefined): Promise<Pick<Context, 'database' | 'url' | 'appUrl' | 'plan'>> {
  const database = await startTestServer(log, databasePort);
  onCleanup('database', () => database.stop());
  const name = `nianbao_loadtest_${Date.now()}`;
  await createDatabaseIfMissing(database.adminUrl, name);
  const url = withDatabase(database.adminUrl, name);
  // The portal connects as the application's role, as deployed (DATABASE_URL: owns nothing).
  await ensureTestAppRole(database.adminUrl);
  const appUrl = asTestApp(url);
  await prepareDatabase(url, { demoReports: true, log, appUrl });
  log(`Creating ${EDITORS} editors and their drafts (domain functions, child process) …`);
  const setup = startProcess('setup', process.execPath, ['--conditions=react-server', '--import', 'tsx', 'scripts/loadtest/setup.ts', String(EDITORS), PASSWORD], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url },
    output: 'collect',
  });
  if ((await setup.exited) !== 0) throw new Error(`setup failed: ${setup.stderr()}`);
  return { database, url, appUrl, plan: JSON.parse(setup.stdout()) as LoadtestPlan };
}

async function runPhase(context: Context, phase: Phase): Promise<PhaseResult> {
  const limit = phase === 'sign-in' ? SIGN_IN_LIMIT_MS : context.seconds * 1000;
  log(`Phase “${phase}”: ${EDITORS} editors, ${READERS} readers${phase === 'sign-in' ? '' : `, ${context.seconds} s`}${phase === 'restart' ? `, PostgreSQL stopped for ${OUTAGE_MS / 1000} s in the middle` : ''} …`);
  const recorder = new Recorder();
  const ledger = new SaveLedger();
  const since = new Date();
  const start = performance.now();
  const { base } = context.next;
  const editorRun: EditorRun = { base, ids: context.ids, password: PASSWORD, recorder, ledger, until: start + limit, saveDelayMs: SAVE_DELAY_MS, timeoutMs: TIMEOUT_MS };
  const readerRun = { base, plan: context.plan, recorder, until: start + limit, timeoutMs: TIMEOUT_MS };
  const outage = phase === 'restart' ? restartDatabase(context.database, base, { at: start + limit / 2, downMs: OUTAGE_MS, deadline: start + limit + 60_000, log }) : undefined;
  const editors =
    phase === 'sign-in'
      ? Promise.all(context.tabs.map((tab, index) => sleep(index * SIGN_IN_SPACING_MS).then(() => tab.openEditor(editorRun))))
      : Promise.all(context.tabs.map((tab) => tab.work(editorRun)));
  // The sign-in phase ends when every editor is at work (the readers stop then).
  if (phase === 'sign-in') void editors.then(() => (readerRun.until = performance.now()));
  await Promise.all([editors, ...Array.from({ length: READERS }, (_, reader) => runReader(reader, readerRun))]);
  const seconds = (performance.now() - start) / 1000;
  const fault = await outage;
  // Errors of requests that overlapped the outage are expected: until the portal saw the database again.
  const window = fault && { from: fault.stoppedAt, to: fault.recoveredAt ?? Infinity };
  const rows = summarise(recorder.samples, [...EDITOR_KINDS, ...PUBLIC_KINDS], seconds, window).filter((row) => row.requests > 0);
  if (process.env.LOADTEST_SAMPLES) {
    const relative = (at: number | null | undefined) => (at == null ? null : Math.round(at - start));
    const samples = recorder.samples.map((sample) => ({ ...sample, start: relative(sample.start), ms: Math.round(sample.ms) }));
    const outageTimes = fault && { stoppedAt: relative(fault.stoppedAt), backAt: relative(fault.backAt), recoveredAt: relative(fault.recoveredAt) };
    writeFileSync(`${process.env.LOADTEST_SAMPLES}-${phase}.json`, JSON.stringify({ outage: outageTimes, samples }));
  }
  const saves = await checkSaves(context.url, context.plan.editors.map((editor) => editor.reportId), ledger, since);
  const notReady = context.tabs.filter((tab) => !tab.ready).length;
  if (!fault) return { phase, seconds, rows, saves, notReady };
  const after = recorder.samples.filter((sample) => sample.kind === 'autosave' && sample.outcome === 'ok' && sample.start >= fault.backAt).map((sample) => sample.start + sample.ms);
  // The readers' pace in the 15 s before the stop and from the recovery to the end: did the portal get back to it?
  const readsPerSecond = (from: number, to: number) => recorder.samples.filter((sample) => PUBLIC_KINDS.includes(sample.kind) && sample.start >= from && sample.start < to).length / ((to - from) / 1000);
  const end = start + limit;
  const readsAfter = fault.recoveredAt !== null && fault.recoveredAt < end - 5000 ? readsPerSecond(fault.recoveredAt, end) : null;
  const outageFigures = { firstSaveAfter: after.length ? Math.min(...after) : null, readsBefore: readsPerSecond(fault.stoppedAt - 15_000, fault.stoppedAt), readsAfter };
  return { phase, seconds, rows, saves, notReady, outage: { ...fault, ...outageFigures } };
}

const secondsAfter = (from: number, to: number | null) => (to === null || !Number.isFinite(to) ? 'never' : `${((to - from) / 1000).toFixed(1)} s`);

/** Prints a phase; returns its problems (empty when it passed). */
function report(result: PhaseResult): string[] {
  const { saves, outage } = result;
  console.log(`\n## ${result.phase} (${result.seconds.toFixed(0)} s)\n`);
  console.log(kindTable(result.rows, outage !== undefined));
  const problems: string[] = [];
  if (result.phase === 'sign-in') {
    if (result.notReady) problems.push(`${result.notReady} editors could not sign in and open their report`);
  } else {
    console.log(
      `\nSaves: acknowledged ${saves.acknowledged}, stored ${saves.stored}, lost ${saves.lost.length}; failed and reported as failed ${saves.failedReported}, ` +
        `not answered (timeout, connection) ${saves.unanswered}; stored though not acknowledged ${saves.storedUnacknowledged}.`,
    );
    for (const line of saves.lost.slice(0, 20)) console.log(`  LOST: ${line}`);
    if (saves.lost.length) problems.push(`${saves.lost.length} acknowledged saves are not in the database`);
    if (saves.acknowledged === 0) problems.push('no save was acknowledged');
  }
  const unexpected = result.rows.filter((row) => row.errors > 0);
  if (unexpected.length) problems.push(`unexpected errors: ${unexpected.map((row) => `${row.kind} ${row.errors}`).join(', ')}`);
  if (outage) {
    const health = Object.entries(outage.healthDuringOutage).map(([status, count]) => `${status} ×${count}`).join(', ');
    console.log(
      `Restart: PostgreSQL away ${secondsAfter(outage.stoppedAt, outage.backAt)}; /api/health during the outage: ${health || '–'}; ` +
        `the portal answered /api/health 200 ${secondsAfter(outage.backAt, outage.recoveredAt)} after PostgreSQL was back, ` +
        `first acknowledged save ${secondsAfter(outage.backAt, outage.firstSaveAfter)} after; ` +
        `readers ${outage.readsBefore.toFixed(0)} req/s in the 15 s before the stop, ${outage.readsAfter?.toFixed(0) ?? '–'} req/s from the recovery to the end.`,
    );
    if (outage.recoveredAt === null) problems.push('the portal did not recover after PostgreSQL came back');
  }
  return problems;
}

async function main(): Promise<number> {
  const seconds = Number(process.env.LOADTEST_DURATION ?? 60);
  if (!(seconds >= 10)) throw new Error('LOADTEST_DURATION must be a number of seconds, at least 10');
  const port = process.env.LOADTEST_PORT ? Number(process.env.LOADTEST_PORT) : undefined;
  const loadStart = loadavg()[0]!;
  const prepared = await prepare(port && port + 1);
  const next = await startNext(root, prepared.appUrl, log, { distDir: DIST_DIR, port });
  log('Warming up: every public address the readers visit, once …');
  const cold = await warmUp(next.base, prepared.plan);
  if (cold > 0) log(`  ${cold} addresses did not answer 2xx during the warm-up.`);
  const tabs = prepared.plan.editors.map((editor, index) => new EditorTab(editor, index));
  const context: Context = { ...prepared, next, ids: actionIds(root, DIST_DIR, ACTION_NAMES), tabs, seconds };

  const phases: Phase[] = ['sign-in', 'normal', 'restart'];
  if (!context.database.restart) {
    log('TEST_DATABASE_URL is set: its server cannot be restarted from here, so the restart phase is skipped.');
    phases.pop();
  }
  const problems: string[] = [];
  for (const phase of phases) problems.push(...report(await runPhase(context, phase)).map((problem) => `${phase}: ${problem}`));

  console.log(`\nMachine: ${cpus().length} × ${cpus()[0]?.model.trim()}, Node ${process.version}; load average ${loadStart.toFixed(1)} before, ${loadavg()[0]!.toFixed(1)} after (other work on the machine included).`);
  for (const problem of problems) console.log(`FAIL ${problem}`);
  if (!problems.length) console.log('PASS: no acknowledged save lost, no unexpected error.');
  return problems.length ? 1 : 0;
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    log(`${signal}: stopping …`);
    void cleanup(log).finally(() => process.exit(130));
  });
}

main()
  .catch((error: unknown) => {
    if (!isCleaningUp()) console.error('[loadtest]', error);
    return 1;
  })
  .then(async (code) => {
    await cleanup(log);
    process.exit(code);
  });
