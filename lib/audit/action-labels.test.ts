import { describe, expect, it } from 'vitest';
import { auditActionLabel, entityLabel, eventNote, statusChangeLabel } from './action-labels';

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

  it('show a sign-off with the 保密审查 confirmed, other events with their reason', () => {
    const confidentiality = { statement: '本人已……同意公开。', note: '经保密员复核。' };
    expect(eventNote({ action: 'report.signOff', reason: null, details: { confidentiality } })).toBe('保密审查：本人已……同意公开。\n备注：经保密员复核。');
    expect(eventNote({ action: 'report.signOff', reason: null, details: { confidentiality: { ...confidentiality, note: null } } })).toBe('保密审查：本人已……同意公开。');
    expect(eventNote({ action: 'report.return', reason: '表三需核对。', details: null })).toBe('表三需核对。');
    expect(eventNote({ action: 'report.save', reason: null, details: { confidentiality } })).toBe('');
  });
});
