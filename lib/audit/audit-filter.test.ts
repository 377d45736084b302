import { describe, expect, it } from 'vitest';
import { auditDateRange, parseAuditFilter } from './audit-filter';

describe('audit log filters', () => {
  it('read the filters from the URL', () => {
    expect(parseAuditFilter({ action: 'report.approve', department: 'finance', from: '2026-01-01', extra: 'x' })).toEqual({
      filter: { action: 'report.approve', department: 'finance', from: '2026-01-01' },
      problems: [],
    });
  });

  it('name a bad value’s field in Chinese and keep the other filters', () => {
    const { filter, problems } = parseAuditFilter({ actor: '张', from: '2026/01/01', before: 'abc' });
    expect(filter).toEqual({ actor: '张' });
    expect(problems).toEqual([
      '筛选条件“起始日期”：起始日期应为 YYYY-MM-DD 格式的日期。',
      '筛选条件“翻页”：翻页位置不正确，请从第一页重新浏览。',
    ]);
  });

  it('take whole days in China Standard Time', () => {
    expect(auditDateRange({ from: '2026-01-01', to: '2026-01-01' })).toEqual({
      from: new Date('2025-12-31T16:00:00Z'),
      to: new Date('2026-01-01T16:00:00Z'),
    });
  });
});
