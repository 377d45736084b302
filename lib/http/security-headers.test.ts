import { describe, expect, it } from 'vitest';
import { noncePolicy, usesNoncePolicy } from './nonce-policy';
import { contentSecurityPolicy, PERMISSIONS_POLICY } from './security-headers.mjs';

const directives = (policy: string) => Object.fromEntries(policy.split('; ').map((part) => [part.split(' ')[0], part.split(' ').slice(1)]));

describe('the Content-Security-Policy', () => {
  it('of cached public pages: own scripts only, nothing embedded, no base, no framing', () => {
    const policy = directives(contentSecurityPolicy());
    expect(policy['script-src']).toEqual(["'self'", "'unsafe-inline'"]);
    expect(policy['object-src']).toEqual(["'none'"]);
    expect(policy['base-uri']).toEqual(["'none'"]);
    expect(policy['frame-ancestors']).toEqual(["'none'"]);
    expect(contentSecurityPolicy()).not.toContain('unsafe-eval');
  });

  it('of signed-in pages: a fresh nonce each time, strict-dynamic, no unsafe-inline, the 关怀版 script by hash', () => {
    const first = noncePolicy();
    const second = noncePolicy();
    expect(first.nonce).not.toBe(second.nonce);
    expect(first.nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    const scripts = directives(first.policy)['script-src'];
    expect(scripts).toContain(`'nonce-${first.nonce}'`);
    expect(scripts).toContain("'strict-dynamic'");
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts.some((source: string) => source.startsWith("'sha256-"))).toBe(true);
  });

  it.each([
    ['/login', true],
    ['/editor', true],
    ['/editor/reports/abc', true],
    ['/review/dashboard', true],
    ['/admin/audit', true],
    ['/notifications', true],
    ['/', false],
    ['/reports', false],
    ['/departments/finance/2020', false],
    ['/editorial', false],
  ])('%s gets the nonce policy: %s', (path, expected) => {
    expect(usesNoncePolicy(path)).toBe(expected);
  });

  it('switches off the browser features the portal does not use', () => {
    expect(PERMISSIONS_POLICY).toContain('camera=()');
    expect(PERMISSIONS_POLICY).toContain('geolocation=()');
  });
});
