// How the audit log names what happened.
export const AUDIT_ACTION_LABELS: Record<string, string> = {
  'auth.sign_in': '登录',
  'auth.sign_in_failed': '登录失败',
  'auth.sign_out': '退出登录',
  'report.create': '创建报告',
  'report.save': '保存内容',
  'report.submit': '提交审核',
  'report.withdraw': '撤回提交',
  'report.startReview': '开始审核',
  'report.return': '退回修改',
  'report.approve': '审核通过',
  'report.publish': '发布',
  'report.approveAndPublish': '通过并发布',
  'report.unpublish': '撤销发布',
  'report.startCorrection': '开始更正（新版本）',
  'report.comment': '发表评论',
  'report.comment_resolved': '评论已处理',
  'department.create': '新增部门',
  'department.update': '修改部门',
  'user.create': '新增用户',
  'user.reset_password': '重置密码',
  'user.disable': '停用用户',
  'user.enable': '启用用户',
  'system.seed': '初始化演示数据',
};

export function auditActionLabel(action: string): string {
  return AUDIT_ACTION_LABELS[action] ?? action;
}
