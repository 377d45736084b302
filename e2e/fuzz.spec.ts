// Fuzz test of every server action and every route handler (issue 12): with
// a fixed seed, malformed inputs of every kind — wrong types, missing and
// extra fields, numbers out of range, a megabyte of text, control characters,
// lone surrogates, markup and SQL, malformed JSON, bodies React cannot
// decode, malformed percent-encoding, requests from other sites — sent as the
// role that may call each (and a few as one that may not). Each must be
// refused properly (e2e/support/fuzz/verdict.ts: a 4xx, or the action's own
// refusal with a Chinese message; never a 5xx or an error), and the database
// must be unchanged (a checksum of every table, e2e/support/fuzz/checksum.ts).
//
// `npm test` runs a few cases per target; FUZZ_RUNS=<n> FUZZ_SEED=<s> runs
// more (README, "Tests"). Runs after every other test file (its own project,
// "fuzz"): it needs a database that nothing else writes to meanwhile.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import fc from 'fast-check';
import { E2E_ARTIFACTS, E2E_DIST_DIR } from './support/constants';
import { ACTIONS } from './support/fuzz/actions';
import { actionCases, described, describe as show } from './support/fuzz/cases';
import { changedTables, databaseChecksum } from './support/fuzz/checksum';
import { e2eDb } from './support/db';
import { createFixtures, removeFixtures, signInAll, warmUp, type Fixtures, type Role } from './support/fuzz/fixtures';
import { ROUTES } from './support/fuzz/routes';
import { callAction, rawActionRequests, sendRawAction, sendRoute, type Answer } from './support/fuzz/transport';
import { judgeAction, judgeRoute, type Verdict } from './support/fuzz/verdict';
import { ACTION_BODY_LIMIT, IMPORT_BODY_LIMIT } from '@/lib/http/body-limits';

// In order, in one worker (the project is not fully parallel); a failure does not skip the others.
test.describe.configure({ mode: 'default' });

const RUNS = Number(process.env.FUZZ_RUNS ?? 10);
const SEED = Number(process.env.FUZZ_SEED ?? 20_260_412);

let fixtures: Fixtures;
let as: Record<Role, APIRequestContext>;
const started = Date.now();
const outcomes = new Map<string, Map<string, number>>();
let cases = 0;

function record(target: string, verdict: Verdict) {
  cases += 1;
  const counts = outcomes.get(target) ?? new Map<string, number>();
  counts.set(verdict.outcome, (counts.get(verdict.outcome) ?? 0) + 1);
  outcomes.set(target, counts);
}

/** Runs `numRuns` cases of `arbitrary` through `check`, which throws on a case refused improperly. */
async function fuzz<T>(seed: number, numRuns: number, arbitrary: fc.Arbitrary<T>, check: (value: T) => Promise<void>) {
  // endOnFailure: the failing case as generated (each names what it broke); shrinking would resend megabytes.
  await fc.assert(fc.asyncProperty(arbitrary, check), { seed, numRuns, endOnFailure: true });
}

function expectRefused(verdict: Verdict, what: string, answer: Answer) {
  expect(verdict.ok, `${what}\n→ ${verdict.ok ? '' : verdict.why}\n(HTTP ${answer.status})`).toBe(true);
}

test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000);
  as = await signInAll(browser);
  fixtures = await createFixtures();
  await warmUp(as);
});

test.afterAll(async () => {
  if (fixtures) await removeFixtures(fixtures);
  const seconds = (Date.now() - started) / 1000;
  const total = new Map<string, number>();
  for (const counts of outcomes.values()) for (const [outcome, count] of counts) total.set(outcome, (total.get(outcome) ?? 0) + count);
  const summary = { seed: SEED, runs: RUNS, cases, seconds, outcomes: Object.fromEntries([...total].sort((a, b) => b[1] - a[1])), byTarget: Object.fromEntries([...outcomes].map(([target, counts]) => [target, Object.fromEntries(counts)])) };
  mkdirSync(E2E_ARTIFACTS, { recursive: true });
  writeFileSync(join(E2E_ARTIFACTS, 'fuzz-summary.json'), `${JSON.stringify(summary, null, 2)}\n`);
  console.log(`fuzz: ${cases} cases in ${seconds.toFixed(1)} s (seed ${SEED}, ${RUNS} runs per target): ${[...total].map(([outcome, count]) => `${outcome} ×${count}`).join(', ')}`);
});

test('every server action and every route handler has fuzz cases', () => {
  const manifest = JSON.parse(readFileSync(join(process.cwd(), E2E_DIST_DIR, 'server', 'server-reference-manifest.json'), 'utf8')) as { node: Record<string, { exportedName?: string }> };
  const built = new Set(Object.values(manifest.node).map((entry) => entry.exportedName).filter((name): name is string => Boolean(name)));
  expect([...built].sort()).toEqual(ACTIONS.map((target) => target.name).sort());
  const routeFiles = (readdirSync(join(process.cwd(), 'app'), { recursive: true }) as string[])
    .filter((file) => /(^|\/)route\.ts$/.test(file))
    .map((file) => relative(process.cwd(), join(process.cwd(), 'app', file)));
  expect(routeFiles.sort()).toEqual(ROUTES.map((target) => target.file).sort());
});

test('the oracle fails what it must: errors, successes, generic messages, and any write', async () => {
  const flight = (result: string) => Buffer.from(`0:{"a":"$@1","b":"x"}\n1:${result}\n`);
  expect(judgeAction(200, flight('{"ok":false,"kind":"invalid","message":"提交的内容有误。","fieldErrors":{}}')).ok).toBe(true);
  expect(judgeAction(200, flight('{"status":"error","message":"请填写名称。","fieldErrors":{},"reference":"$undefined"}')).ok).toBe(true);
  expect(judgeAction(200, flight('E{"digest":"NEXT_HTTP_ERROR_FALLBACK;404"}')).ok).toBe(true);
  expect(judgeAction(200, flight('E{"digest":"2772720560"}'))).toMatchObject({ ok: false, outcome: 'error row' });
  expect(judgeAction(200, flight('{"ok":true,"version":8}'))).toMatchObject({ ok: false, outcome: 'accepted' });
  expect(judgeAction(200, flight('{"ok":false,"kind":"error","message":"系统出现错误","reference":"ab12cd34"}'))).toMatchObject({ ok: false, outcome: 'generic error' });
  expect(judgeAction(200, flight('{"ok":false,"kind":"invalid","message":"Invalid input"}'))).toMatchObject({ ok: false, outcome: 'no message' });
  expect(judgeAction(500, Buffer.from('Internal Server Error')).ok).toBe(false);
  expect(judgeRoute({ status: 400, location: null, body: 'Bad request.' }).ok).toBe(false);
  expect(judgeRoute({ status: 200, location: null, body: '{}' }).ok).toBe(false);
  expect(judgeRoute({ status: 307, location: '/login?next=%2Feditor', body: '' }, { signedOut: true }).ok).toBe(true);
  expect(judgeRoute({ status: 307, location: '/login', body: '' }).ok).toBe(false);
  // A write anywhere shows in the checksum.
  const before = await databaseChecksum();
  expect(Object.keys(before)).toEqual(expect.arrayContaining(['reports', 'users', 'user_sessions', 'audit_events', 'report_comments', 'notifications', 'public_reports']));
  const note = await e2eDb().notification.create({ data: { userId: fixtures.userId, kind: 'report.returned', title: '校验', body: '校验', link: '/' } });
  const rows = Number(before.notifications!.split(':')[0]);
  expect(changedTables(before, await databaseChecksum())).toEqual([`notifications (${rows} → ${rows + 1} rows)`]);
  await e2eDb().notification.delete({ where: { id: note.id } });
  expect(changedTables(before, await databaseChecksum())).toEqual([]);
});

for (const [index, target] of ACTIONS.entries()) {
  test(`server action ${target.name}`, async () => {
    test.setTimeout(60_000 + RUNS * 4_000);
    const before = await databaseChecksum();
    if (target.shape !== 'none') {
      // As the role that may call it, then as one that may not.
      await fuzz(SEED + index, RUNS, actionCases(target, fixtures), async (fuzzCase) => {
        const answer = await callAction(as[fuzzCase.caller], fuzzCase.page, target.name, fuzzCase.args);
        const verdict = judgeAction(answer.status, answer.body);
        record(target.name, verdict);
        expectRefused(verdict, `${target.name} [${fuzzCase.label}] as ${fuzzCase.caller} on ${fuzzCase.page}: ${fuzzCase.broken}`, answer);
      });
      await fuzz(SEED + index + 1000, Math.max(2, Math.ceil(RUNS / 5)), actionCases(target, fixtures), async (fuzzCase) => {
        const answer = await callAction(as[target.refused], fuzzCase.page, target.name, fuzzCase.args);
        const verdict = judgeAction(answer.status, answer.body);
        record(target.name, verdict);
        expectRefused(verdict, `${target.name} as ${target.refused} (may not call it): ${fuzzCase.broken}`, answer);
      });
    }
    // Requests that no page sends: each must be answered with a 4xx before the action runs.
    const variant = target.variants[0]!;
    const page = variant.page(fixtures);
    const limit = page === '/import' ? IMPORT_BODY_LIMIT : ACTION_BODY_LIMIT;
    await fuzz(SEED + index + 2000, Math.max(4, Math.ceil(RUNS / 2)), rawActionRequests(limit).map((raw) => described(raw, raw.label)), async (raw) => {
      const answer = await sendRawAction(as[variant.caller], page, target.name, raw);
      const verdict: Verdict = answer.status >= 400 && answer.status < 500 ? { ok: true, outcome: `HTTP ${answer.status}` } : { ok: false, outcome: `HTTP ${answer.status}`, why: answer.body.toString('utf8', 0, 300) };
      record(target.name, verdict);
      expectRefused(verdict, `${target.name}: ${raw.label}`, answer);
    });
    expect(changedTables(before, await databaseChecksum()), `${target.name} changed the database`).toEqual([]);
  });
}

for (const [index, target] of ROUTES.entries()) {
  test(`route handler ${target.file}`, async () => {
    test.setTimeout(60_000 + RUNS * 3_000);
    const before = await databaseChecksum();
    const roles: [Role, number][] = [[target.caller, RUNS], ...(target.refused ? ([[target.refused, Math.max(2, Math.ceil(RUNS / 5))]] as [Role, number][]) : [])];
    for (const [offset, [role, runs]] of roles.entries()) {
      const requests = target.requests(fixtures).map((request) => described(request, `${request.method ?? 'GET'} ${request.path.slice(0, 200)} (${request.label})`));
      await fuzz(SEED + 5000 + index + offset * 100, runs, requests, async (request) => {
        const answer = await sendRoute(as[role], request.path, request);
        const judged = judgeRoute({ status: answer.status, location: answer.location, body: answer.body.toString('utf8') }, { signedOut: role === 'anonymous', authJs: target.authJs });
        const verdict: Verdict = target.noInput && answer.status !== 500 && (answer.status < 400 || answer.status >= 500 || judged.ok) ? { ok: true, outcome: `HTTP ${answer.status} (no input)` } : judged;
        record(target.file, verdict);
        expectRefused(verdict, `${request.method ?? 'GET'} ${request.path.slice(0, 200)} as ${role} (${request.label}${request.body !== undefined ? `, body ${show(request.body)}` : ''})`, answer);
      });
    }
    expect(changedTables(before, await databaseChecksum()), `${target.file} changed the database`).toEqual([]);
  });
}
