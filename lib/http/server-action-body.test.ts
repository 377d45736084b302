import { describe, expect, it } from 'vitest';
import { serverActionBodyProblem, type BodyFields } from './server-action-body';

const fetchBody = (text: string): BodyFields => [['0', text]];

describe('server-action bodies', () => {
  it('accepts what our pages send: plain arguments, FormData arguments, outlined values, files', () => {
    expect(serverActionBodyProblem(fetchBody('[{"reportId":"r1","version":3,"content":{"a":["$$x","$undefined","$NaN","$D2026-01-01T00:00:00.000Z"]}}]'), true)).toBeNull();
    expect(serverActionBodyProblem([['1_name', '章贡区'], ['1_file', new Blob(['x'])], ['0', '[{"status":"idle"},"$K1"]']], true)).toBeNull();
    expect(serverActionBodyProblem([['1', '{"same":true}'], ['0', '["$1","$1"]'], ['2', new Blob(['x'])]], true)).toBeNull();
    expect(serverActionBodyProblem([['0', '["$B2"]'], ['2', new Blob(['x'])]], true)).toBeNull();
  });

  it('refuses malformed JSON, missing parts, codes plain data never has, and nesting React would overflow on', () => {
    expect(serverActionBodyProblem(fetchBody('[{"reportId":'), true)).toBe('请求内容格式不正确：不是有效的 JSON。');
    expect(serverActionBodyProblem(fetchBody(''), true)).toBe('请求内容格式不正确：不是有效的 JSON。');
    expect(serverActionBodyProblem(fetchBody('"x"'), true)).toBe('请求内容格式不正确：参数应为数组。');
    expect(serverActionBodyProblem(fetchBody('["$1"]'), true)).toBe('请求内容格式不正确：缺少第 1 部分。');
    expect(serverActionBodyProblem(fetchBody('["$B1"]'), true)).toBe('请求内容格式不正确：缺少第 1 部分的文件。');
    for (const code of ['$Q1', '$W1', '$T', '$h1', '$n12', '$@1', '$', '$Zz', '$i1', '$R1', '$A1']) {
      expect(serverActionBodyProblem(fetchBody(JSON.stringify([code])), true), code).toBe('请求内容格式不正确：含有本站不接受的数据类型。');
    }
    expect(serverActionBodyProblem(fetchBody('['.repeat(70) + ']'.repeat(70)), true)).toBe('请求内容格式不正确：嵌套层次过深。');
    expect(serverActionBodyProblem(fetchBody('['.repeat(200_000) + ']'.repeat(200_000)), true)).toBe('请求内容格式不正确：嵌套层次过深。');
    expect(serverActionBodyProblem(fetchBody(`[${'0,'.repeat(300_000)}0]`), true)).toBe('请求内容格式不正确：数据项过多。');
    expect(serverActionBodyProblem([['0', new Blob(['[]'])]], true)).toBe('请求内容格式不正确：缺少第 0 部分。');
  });

  it('checks the bound arguments of a form posted without JavaScript, as React reads them', () => {
    const form = (bound: string, args = '[{"status":"idle"}]'): BodyFields => [
      ['$ACTION_REF_1', ''],
      ['$ACTION_1:0', `{"id":"7f00","bound":${bound}}`],
      ['$ACTION_1:1', args],
      ['$ACTION_KEY', 'k0'],
      ['name', '章贡区测试局'],
    ];
    expect(serverActionBodyProblem(form('"$@1"'), false)).toBeNull();
    expect(serverActionBodyProblem(form('null'), false)).toBeNull();
    expect(serverActionBodyProblem(form('"$@1"', '[{'), false)).toBe('请求内容格式不正确：不是有效的 JSON。');
    expect(serverActionBodyProblem(form('"$@2"'), false)).toBe('请求内容格式不正确：缺少第 2 部分。');
    expect(serverActionBodyProblem(form('"x"'), false)).toBe('请求内容格式不正确：表单的附带参数格式不正确。');
    expect(serverActionBodyProblem([['$ACTION_REF_1', '']], false)).toBe('请求内容格式不正确：缺少第 0 部分。');
    // A form naming its action by id has no reply to check; a multipart post without an action is not one.
    expect(serverActionBodyProblem([['$ACTION_ID_7f00', ''], ['name', 'x']], false)).toBeNull();
    expect(serverActionBodyProblem([['name', 'x']], false)).toBeNull();
  });
});
