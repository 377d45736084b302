// Opens a notification: marks it read and goes to what it is about.
import { NextResponse, type NextRequest } from 'next/server';
import { requirePermission } from '@/lib/auth/guard';
import { openNotification } from '@/lib/notifications/list-notifications';

export async function GET(request: NextRequest, { params }: RouteContext<'/notifications/[notificationId]/open'>) {
  const { notificationId } = await params;
  // Signed out: to the sign-in page and back here. openNotification only finds the user's own.
  const user = await requirePermission('notifications.read', undefined, `/notifications/${encodeURIComponent(notificationId)}/open`);
  const link = await openNotification(user.id, notificationId);
  if (!link) return new NextResponse('未找到该通知。', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  return NextResponse.redirect(new URL(link, request.url), 303);
}
