// Limits kept in PostgreSQL: every server process sees the same counts.
import { afterAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { createLimit } from './rate-limit';

afterAll(async () => {
  await (globalThis as unknown as { nianbaoLimitPool?: { end(): Promise<void> } }).nianbaoLimitPool?.end();
});

describe('a shared limit', () => {
  it('refuses past the limit with the time to wait, per key, whichever instance counts', async () => {
    // Two instances of one limit, as two server processes would hold.
    const first = createLimit('test-shared', { points: 3, durationSeconds: 60 });
    const second = createLimit('test-shared', { points: 3, durationSeconds: 60 });
    expect(await first('203.0.113.1')).toEqual({ allowed: true, retryAfterSeconds: 0 });
    expect((await second('203.0.113.1')).allowed).toBe(true);
    expect((await first('203.0.113.1')).allowed).toBe(true);
    const refused = await second('203.0.113.1');
    expect(refused.allowed).toBe(false);
    expect(refused.retryAfterSeconds).toBeGreaterThan(50);
    expect(refused.retryAfterSeconds).toBeLessThanOrEqual(60);
    // Another key has its own count; the counts are rows in rate_limits.
    expect((await first('203.0.113.2')).allowed).toBe(true);
    const rows = await db.rateLimit.findMany({ where: { key: { startsWith: 'test-shared:' } }, orderBy: { key: 'asc' } });
    expect(rows.map((row) => [row.key, row.points])).toEqual([
      ['test-shared:203.0.113.1', 4],
      ['test-shared:203.0.113.2', 1],
    ]);
  });

  it('starts a new window once the old one has passed', async () => {
    const limit = createLimit('test-window', { points: 1, durationSeconds: 1 });
    expect((await limit('k')).allowed).toBe(true);
    expect((await limit('k')).allowed).toBe(false);
    await new Promise((done) => setTimeout(done, 1100));
    expect((await limit('k')).allowed).toBe(true);
  });

  it('counts simultaneous attempts exactly', async () => {
    const limit = createLimit('test-burst', { points: 5, durationSeconds: 60 });
    const decisions = await Promise.all(Array.from({ length: 12 }, () => limit('burst')));
    expect(decisions.filter((decision) => decision.allowed)).toHaveLength(5);
  });
});
