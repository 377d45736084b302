import { describe, expect, it } from 'vitest';
import { auditActionLabel, entityLabel, statusChangeLabel } from './action-labels';

describe('audit labels', () => {
  it('name workflow steps as their buttons do', () => {
    expect(auditActionLabel('report.approve')).toBe('审核通过');
    expect(auditActionLabel('report.startCorrection')).toBe('更正报告（新版本）');
    expect(auditActionLabel('report.save')).toBe('保存内容');
    expect(auditActionLabel('unknown.action')).toBe('unknown.action');
  });

  it('name what an event is about in Chinese', () => {
    expect(['report', 'user', 'department', 'session', 'system'].map(entityLabel)).toEqual(['报告', '用户', '部门', '登录会话', '系统']);
  });

  it('show a status change one way everywhere', () => {
    expect(statusChangeLabel({ fromStatus: 'SUBMITTED', toStatus: 'IN_REVIEW' })).toBe('待审核 → 审核中');
    expect(statusChangeLabel({ fromStatus: null, toStatus: 'DRAFT' })).toBe('草稿');
    expect(statusChangeLabel({ fromStatus: 'DRAFT', toStatus: 'DRAFT' })).toBe('');
    expect(statusChangeLabel({ fromStatus: null, toStatus: null })).toBe('');
  });
});
