// After a publication changes (publish, correction, unpublish) or a
// department does, the public pages are rendered again on their next visit.
// Every public page lists or shows published reports or departments, so all
// of them are invalidated: the standard pages at their plain addresses, the
// /portal/[mode] pages and the open-data route handlers, all below the root layout.
import 'server-only';
import { revalidatePath } from 'next/cache';

export function revalidatePublicPages(): void {
  revalidatePath('/', 'layout');
}
