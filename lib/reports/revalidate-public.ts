// After a publication changes (publish, correction, unpublish), the public
// pages are rendered again on their next visit: every public page lists or
// shows published reports, so the whole public part of the portal is invalidated.
import 'server-only';
import { revalidatePath } from 'next/cache';
import { PUBLIC_ROUTE_ROOT } from '@/lib/public/routes';

export async function revalidatePublicPages(): Promise<void> {
  revalidatePath(PUBLIC_ROUTE_ROOT, 'layout');
}
