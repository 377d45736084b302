'use server';

import { revalidatePath } from 'next/cache';
import { requireActionPermission } from '@/lib/auth/guard';
import { markAllRead } from '@/lib/notifications/list-notifications';

export async function markAllNotificationsReadAction(): Promise<void> {
  // Every signed-in user has notifications; reading one's own needs no further permission.
  const user = await requireActionPermission('notifications.read');
  await markAllRead(user.id);
  revalidatePath('/notifications');
}
