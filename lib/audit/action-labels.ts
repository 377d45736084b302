// How the audit log names what happened and what it happened to. Workflow
// steps are named by the state machine, as their buttons are.
import { TRANSITION_NAMES, TRANSITIONS } from '@/lib/workflow/state-machine';
import { statusLabel } from '@/lib/workflow/status';
import type { AuditEntityType } from './record-audit-event';

export const AUDIT_ACTION_LABELS: Record<string, string> = {
  'auth.sign_in': '登录',
  'auth.sign_in_failed': '登录失败',
  'auth.account_locked': '账号因多次登录失败被锁定 15 分钟',
  'auth.sign_in_limited': '同一地址登录尝试过多，暂停登录',
  'auth.sign_out': '退出登录',
  'report.create': '创建报告',
  'report.save': '保存内容',
  ...Object.fromEntries(TRANSITION_NAMES.map((name) => [`report.${name}`, TRANSITIONS[name].label])),
  'report.comment': '发表评论',
  'report.comment_resolved': '评论已处理',
  'department.create': '新增部门',
  'department.update': '修改部门',
  'district.settings': '修改审核流程设置',
  'user.create': '新增用户',
  'user.reset_password': '重置密码',
  'user.password_setup': '通过设置链接设定初始密码',
  'user.disable': '停用用户',
  'user.enable': '启用用户',
  'system.seed': '初始化演示数据',
  'audit.export': '导出审计日志',
};

export function auditActionLabel(action: string): string {
  return AUDIT_ACTION_LABELS[action] ?? action;
}

/** What an event is about (AuditEventInput.entityType). */
export const ENTITY_LABELS: Record<AuditEntityType, string> = {
  report: '报告',
  user: '用户',
  department: '部门',
  district: '行政区',
  session: '登录会话',
  system: '系统',
};

export function entityLabel(entityType: string): string {
  return ENTITY_LABELS[entityType as AuditEntityType] ?? entityType;
}

/** The status change an event records: "待审核 → 审核中"; the status alone for a report's creation; empty when the status stayed. */
export function statusChangeLabel(event: { fromStatus: string | null; toStatus: string | null }): string {
  if (!event.toStatus || event.fromStatus === event.toStatus) return '';
  return event.fromStatus ? `${statusLabel(event.fromStatus)} → ${statusLabel(event.toStatus)}` : statusLabel(event.toStatus);
}

/** What an event's last column says: the reason given, or for a 签发 the 保密审查 confirmed. */
export function eventNote(event: { action: string; reason: string | null; details: unknown }): string {
  const confidentiality = (event.details as { confidentiality?: { statement?: string; note?: string | null } } | null)?.confidentiality;
  if (event.action === 'report.signOff' && confidentiality?.statement) {
    return `保密审查：${confidentiality.statement}${confidentiality.note ? `\n备注：${confidentiality.note}` : ''}`;
  }
  return event.reason ?? '';
}
