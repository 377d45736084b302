// A user's notifications.
import 'server-only';
import { db } from '@/lib/db/client';

export function countUnread(userId: string): Promise<number> {
  return db.notification.count({ where: { userId, readAt: null } });
}

export function listNotifications(userId: string, take = 100) {
  return db.notification.findMany({ where: { userId }, orderBy: { createdAt: 'desc' }, take });
}

/** Marks one of the user's notifications read; returns where it points, or null. */
export async function openNotification(userId: string, notificationId: string): Promise<string | null> {
  const notification = await db.notification.findFirst({ where: { id: notificationId, userId } });
  if (!notification) return null;
  if (!notification.readAt) await db.notification.update({ where: { id: notification.id }, data: { readAt: new Date() } });
  return notification.link;
}

export async function markAllRead(userId: string): Promise<number> {
  const { count } = await db.notification.updateMany({ where: { userId, readAt: null }, data: { readAt: new Date() } });
  return count;
}
