// Notifications of workflow events: in-app rows for every recipient and, when
// mail is configured, e-mails in the outbox — all in the caller's transaction,
// with their delivery scheduled for after the response.
import 'server-only';
import type { Tx } from '@/lib/db/client';
import { serverEnv } from '@/lib/env';
import { publicBaseUrl } from '@/lib/http/base-url';
import { editorReportPath, reviewReportPath } from '@/lib/reports/report-label';
import type { NotificationKind } from './kinds';
import { scheduleMailDelivery } from './schedule-mail';

export type Recipients =
  | { kind: 'approvers' }
  | { kind: 'departmentEditors'; departmentId: string }
  | { kind: 'departmentReviewers'; departmentId: string };

export interface NotifyInput {
  kind: NotificationKind;
  /** The report it is about; null for a reminder about a report not yet started. */
  reportId: string | null;
  recipients: Recipients;
  /** The user who caused the event is not notified of it. */
  actorId: string;
  title: string;
  body: string;
}

/** Where a notification leads: reviewers (the department's and the district's) to the review page, editors to their editor page. */
function linkFor(recipients: Recipients, reportId: string | null): string {
  if (!reportId) return recipients.kind === 'departmentEditors' ? '/editor' : '/review';
  return recipients.kind === 'departmentEditors' ? editorReportPath(reportId) : reviewReportPath(reportId);
}

function recipientWhere(recipients: Recipients) {
  switch (recipients.kind) {
    case 'approvers':
      return { role: 'APPROVER' as const };
    case 'departmentEditors':
      return { role: 'EDITOR' as const, departmentId: recipients.departmentId };
    case 'departmentReviewers':
      return { role: 'DEPARTMENT_REVIEWER' as const, departmentId: recipients.departmentId };
  }
}

export function mailEnabled(): boolean {
  return Boolean(serverEnv().SMTP_URL);
}

export async function notify(tx: Tx, input: NotifyInput): Promise<number> {
  const users = await tx.user.findMany({
    where: { ...recipientWhere(input.recipients), disabled: false, id: { not: input.actorId } },
    select: { id: true, email: true },
  });
  if (users.length === 0) return 0;
  const link = linkFor(input.recipients, input.reportId);
  await tx.notification.createMany({
    data: users.map((user) => ({
      userId: user.id,
      kind: input.kind,
      reportId: input.reportId,
      title: input.title,
      body: input.body,
      link,
    })),
  });
  if (mailEnabled()) {
    const url = new URL(link, await publicBaseUrl()).toString();
    const withEmail = users.filter((user): user is { id: string; email: string } => Boolean(user.email));
    if (withEmail.length) {
      const now = new Date();
      await tx.mailMessage.createMany({
        data: withEmail.map((user) => ({
          to: user.email,
          subject: `【政府信息公开年报】${input.title}`,
          text: `${input.body}\n\n查看：${url}\n\n（本邮件由章贡区政府信息公开工作年度报告系统自动发送，请勿回复。）`,
          createdAt: now,
          nextAttemptAt: now,
        })),
      });
      // Runs after the response, when this transaction has committed (if it
      // rolls back, the run finds nothing of it).
      scheduleMailDelivery();
    }
  }
  return users.length;
}
