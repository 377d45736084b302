import type { Metadata } from 'next';
import { requirePermission } from '@/lib/auth/guard';
import { listNotifications } from '@/lib/notifications/list-notifications';
import { NOTIFICATION_LABELS, type NotificationKind } from '@/lib/notifications/kinds';
import { formatDateTime } from '@/lib/format-time';
import { markAllNotificationsReadAction } from './actions';

export const metadata: Metadata = { title: '通知' };

export default async function NotificationsPage() {
  const user = await requirePermission('notifications.read', undefined, '/notifications');
  const notifications = await listNotifications(user.id);
  const unread = notifications.filter((notification) => !notification.readAt).length;
  return (
    <section aria-labelledby="notifications-title" className="space-y-6">
      <div className="flex flex-wrap items-center gap-4">
        <h1 id="notifications-title" className="text-2xl font-semibold">通知</h1>
        <p role="status" className="text-sm text-muted">{unread} 条未读</p>
        {unread > 0 && (
          <form action={markAllNotificationsReadAction} className="ml-auto">
            <button type="submit" className="btn-secondary">全部标为已读</button>
          </form>
        )}
      </div>
      {notifications.length === 0 ? (
        <p className="text-muted">暂无通知。</p>
      ) : (
        <ul className="space-y-2">
          {notifications.map((notification) => (
            <li key={notification.id} className={`card px-4 py-3 ${notification.readAt ? '' : 'border-brand'}`}>
              <a href={`/notifications/${notification.id}/open`} className="block no-underline">
                <span className="mr-2 rounded bg-brand-soft px-1.5 py-0.5 text-xs text-brand">
                  {NOTIFICATION_LABELS[notification.kind as NotificationKind] ?? notification.kind}
                </span>
                <span className={notification.readAt ? 'text-ink' : 'font-semibold text-ink'}>{notification.title}</span>
                {!notification.readAt && <span className="sr-only">（未读）</span>}
                <span className="mt-1 block text-sm text-muted">{notification.body}</span>
                <span className="mt-1 block text-xs text-muted">{formatDateTime(notification.createdAt)}</span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
