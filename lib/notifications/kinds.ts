// What a notification is about, and how the interface names it.
export const NOTIFICATION_KINDS = ['submitted', 'withdrawn', 'returned', 'commented', 'approved', 'published', 'unpublished'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const NOTIFICATION_LABELS: Record<NotificationKind, string> = {
  submitted: '提交审核',
  withdrawn: '撤回提交',
  returned: '退回修改',
  commented: '新评论',
  approved: '审核通过',
  published: '已发布',
  unpublished: '撤销发布',
};
