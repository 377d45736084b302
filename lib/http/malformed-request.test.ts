import { describe, expect, it } from 'vitest';
import { NextRequest } from 'next/server';
import { filterPageStatus, foreignOrigin, isServerActionRequest, pathProblem, queryProblem, refuseMalformedRequest } from './malformed-request';

const headers = (values: Record<string, string>) => new Headers(values);

describe('malformed addresses', () => {
  it('refuses a path that does not decode, or holds a control character once decoded', () => {
    for (const path of ['/departments/%ff', '/departments/%', '/departments/finance/%E4%B8', '/review/reports/%ED%A0%80']) {
      expect(pathProblem(path), path).toBe('网址中含有无法识别的编码（例如不完整的“%”转义）。');
    }
    expect(pathProblem('/notifications/%00/open')).toBe('网址含有不可见的控制字符（第 16 个字符，U+0000），请删除后再提交。');
    expect(pathProblem('/departments/%E8%B4%A2%E6%94%BF')).toBeNull();
  });

  it('names the query parameter holding a control character', () => {
    expect(queryProblem(new URLSearchParams('actor=%00&year=2024'))).toBe('网址参数“actor”含有不可见的控制字符（第 1 个字符，U+0000），请删除后再提交。');
    expect(queryProblem(new URLSearchParams('%07=1'))).toMatch(/^网址参数“（参数名）”/);
    expect(queryProblem(new URLSearchParams('q=%ff&year=2024'))).toBeNull();
  });

  it('answers 400 with the 400 page for a signed-in page whose query holds a control character, and leaves public pages alone', async () => {
    const audit = await refuseMalformedRequest(new NextRequest('http://portal.test/admin/audit?actor=%00'));
    expect(audit?.status).toBe(400);
    expect(audit?.headers.get('x-middleware-rewrite')).toBe('http://portal.test/400');
    expect(await refuseMalformedRequest(new NextRequest('http://portal.test/departments/finance?x=%00'))).toBeNull();
    expect(await refuseMalformedRequest(new NextRequest('http://portal.test/admin/audit?actor=%E5%BC%A0'))).toBeNull();
  });
});

describe('server-action requests', () => {
  it('are POSTs naming an action, or multipart forms', () => {
    expect(isServerActionRequest({ method: 'POST', headers: headers({ 'next-action': 'abc' }) })).toBe(true);
    expect(isServerActionRequest({ method: 'POST', headers: headers({ 'content-type': 'multipart/form-data; boundary=x' }) })).toBe(true);
    expect(isServerActionRequest({ method: 'GET', headers: headers({ 'next-action': 'abc' }) })).toBe(false);
    expect(isServerActionRequest({ method: 'POST', headers: headers({ 'content-type': 'application/json' }) })).toBe(false);
  });

  it('come from the host they were sent to, as Next checks (X-Forwarded-Host first), or from an allowed one', () => {
    expect(foreignOrigin(headers({ host: 'gk.example.cn' }))).toBe(false);
    expect(foreignOrigin(headers({ host: 'gk.example.cn', origin: 'https://gk.example.cn' }))).toBe(false);
    expect(foreignOrigin(headers({ host: '127.0.0.1:3000', 'x-forwarded-host': 'gk.example.cn', origin: 'https://gk.example.cn' }))).toBe(false);
    for (const origin of ['https://evil.example', 'null', 'not a url', 'https://gk.example.cn.evil.example']) {
      expect(foreignOrigin(headers({ host: 'gk.example.cn', origin })), origin).toBe(true);
    }
    expect(foreignOrigin(headers({ host: 'gk.example.cn', origin: 'https://intranet.example.cn' }), ['*.example.cn'])).toBe(false);
  });

  it('answer 403 from another site, 413 when too large, 400 when React cannot decode them', async () => {
    const action = (body: string, extra: Record<string, string> = {}, path = '/editor') =>
      new NextRequest(`http://portal.test${path}`, { method: 'POST', headers: { host: 'portal.test', origin: 'http://portal.test', 'next-action': '7f00', 'content-type': 'text/plain;charset=UTF-8', ...extra }, body });
    const refused = async (request: NextRequest) => {
      const response = await refuseMalformedRequest(request);
      return response && { status: response.status, text: await response.text() };
    };
    expect(await refused(action('[{}]', { origin: 'https://evil.example' }))).toEqual({ status: 403, text: '请求被拒绝：表单只能从本站页面提交（请求来源与本站地址不符）。' });
    expect(await refused(action(`["${'a'.repeat(1024 * 1024)}"]`))).toEqual({ status: 413, text: '提交的内容过大（上限 1 MB）。' });
    expect((await refused(action(`["${'a'.repeat(1024 * 1024)}"]`, {}, '/import')))).toBeNull();
    expect(await refused(action('[{"reportId":'))).toEqual({ status: 400, text: '请求内容格式不正确：不是有效的 JSON。' });
    expect(await refused(action('[{"reportId":"r1"}]'))).toBeNull();
  });
});

describe('filter pages', () => {
  it('answer 400 for a filter they cannot read, when asked for the page', () => {
    const at = (url: string, method = 'GET') => filterPageStatus(new NextRequest(`http://portal.test${url}`, { method }));
    expect(at('/admin/audit?from=2026-13-01')).toBe(400);
    expect(at('/review?year=abc')).toBe(400);
    expect(at('/review/dashboard?sort=bogus')).toBe(400);
    expect(at('/review/dashboard?sort=name&year=2025')).toBeUndefined();
    expect(at('/review?year=abc', 'POST')).toBeUndefined();
    expect(at('/editor?year=abc')).toBeUndefined();
  });
});
