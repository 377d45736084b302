import { describe, expect, it } from 'vitest';
import { anonymousVisitorId, isReportId, viewRequestProblem } from './view-request';

const json = { 'content-type': 'application/json' };

describe('a 访问量 count request', () => {
  it('is accepted from this portal\'s pages only', () => {
    expect(viewRequestProblem(new Headers({ ...json, 'sec-fetch-site': 'same-origin' }))).toBeNull();
    expect(viewRequestProblem(new Headers(json))).toBeNull();
    expect(viewRequestProblem(new Headers({ ...json, 'sec-fetch-site': 'cross-site' }))?.status).toBe(403);
    expect(viewRequestProblem(new Headers({ ...json, 'sec-fetch-site': 'same-site' }))?.status).toBe(403);
    // A cross-site form or text/plain beacon (no preflight) is refused.
    expect(viewRequestProblem(new Headers({ 'content-type': 'text/plain' }))?.status).toBe(415);
    expect(viewRequestProblem(new Headers({ 'content-type': 'application/x-www-form-urlencoded' }))?.message).toBe('请求内容应为 JSON。');
  });

  it('names a report by its id only', () => {
    expect(isReportId('cmwwtckzr001k7c7dlsoc9565')).toBe(true);
    expect(isReportId('finance\u0000')).toBe(false);
    expect(isReportId("' OR 1=1 --")).toBe(false);
  });

  it('gives a browser without the cookie the same id all day, and another one the next day', () => {
    const headers = new Headers({ 'x-forwarded-for': '203.0.113.7, 10.0.0.1', 'user-agent': 'Mozilla/5.0 Chrome/139' });
    const morning = anonymousVisitorId(headers, 'secret', new Date('2026-11-25T01:00:00Z'));
    expect(anonymousVisitorId(headers, 'secret', new Date('2026-11-25T20:00:00Z'))).toBe(morning);
    expect(anonymousVisitorId(headers, 'secret', new Date('2026-11-26T01:00:00Z'))).not.toBe(morning);
    expect(anonymousVisitorId(new Headers({ 'x-forwarded-for': '203.0.113.8', 'user-agent': 'Mozilla/5.0 Chrome/139' }), 'secret', new Date('2026-11-25T01:00:00Z'))).not.toBe(morning);
    expect(morning).toMatch(/^[A-Za-z0-9_-]{32}$/);
  });
});

describe('the visitor cookie', () => {
  it('names a visitor only when the portal signed it', async () => {
    const { signVisitorId, verifiedVisitorId } = await import('./view-request');
    const signed = signVisitorId('abcdefghijklmnop1234', 'secret');
    expect(verifiedVisitorId(signed, 'secret')).toBe('abcdefghijklmnop1234');
    expect(verifiedVisitorId(signed, 'other-secret')).toBeNull();
    expect(verifiedVisitorId('abcdefghijklmnop1234', 'secret')).toBeNull();
    expect(verifiedVisitorId(`abcdefghijklmnop1235${signed.slice(20)}`, 'secret')).toBeNull();
    expect(verifiedVisitorId(undefined, 'secret')).toBeNull();
    expect(verifiedVisitorId('x'.repeat(5000), 'secret')).toBeNull();
  });

  it('takes the address the front proxy appended, not the one the client wrote first', () => {
    const at = new Date('2026-11-25T01:00:00Z');
    const agent = { 'user-agent': 'Mozilla/5.0 Chrome/139' };
    const one = anonymousVisitorId(new Headers({ ...agent, 'x-forwarded-for': '198.51.100.1, 203.0.113.9' }), 'secret', at);
    const two = anonymousVisitorId(new Headers({ ...agent, 'x-forwarded-for': '198.51.100.2, 203.0.113.9' }), 'secret', at);
    expect(one).toBe(two);
  });
});
