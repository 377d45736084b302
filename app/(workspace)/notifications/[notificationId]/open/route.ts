// Opens a notification: marks it read and goes to what it is about.
import { NextResponse, type NextRequest } from 'next/server';
import { getCurrentUser } from '@/lib/auth/current-user';
import { openNotification } from '@/lib/notifications/list-notifications';

export async function GET(request: NextRequest, { params }: RouteContext<'/notifications/[notificationId]/open'>) {
  const user = await getCurrentUser();
  if (!user) return NextResponse.redirect(new URL('/login?next=/notifications', request.url), 303);
  // Every signed-in user reads their own notifications (the policy's notifications.read); openNotification only finds the user's own.
  const { notificationId } = await params;
  const link = await openNotification(user.id, notificationId);
  if (!link) return new NextResponse('未找到该通知。', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  return NextResponse.redirect(new URL(link, request.url), 303);
}
