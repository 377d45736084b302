import { describe, expect, it } from 'vitest';
import { localPath } from './local-path';

describe('the way back after switching 关怀版', () => {
  it('keeps the path and query of this portal', () => {
    expect(localPath('/reports?year=2024')).toBe('/reports?year=2024');
    expect(localPath('http://127.0.0.1:3100/departments/finance/2020')).toBe('/departments/finance/2020');
    expect(localPath('https://gk.zgq.gov.cn/reports?q=%E8%B4%A2')).toBe('/reports?q=%E8%B4%A2');
  });

  it('never leads off the portal', () => {
    for (const value of ['//evil.example/x', '/\\evil.example/x', 'javascript:alert(1)', 'evil.example', '', null, undefined]) {
      expect(localPath(value), String(value)).toBeNull();
    }
    // An absolute address gives only its path.
    expect(localPath('https://evil.example//other.example/x')).toBe('/other.example/x');
  });
});
