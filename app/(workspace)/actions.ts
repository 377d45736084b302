'use server';

import { signOut } from '@/lib/auth/auth';
import { getCurrentUser } from '@/lib/auth/current-user';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { db } from '@/lib/db/client';

export async function signOutAction(): Promise<void> {
  const user = await getCurrentUser();
  if (user) {
    await recordAuditEvent(db, {
      actor: { id: user.id, displayName: user.displayName },
      action: 'auth.sign_out',
      entityType: 'user',
      entityId: user.id,
      departmentId: user.departmentId,
    });
  }
  // Ends the server-side session too (events.signOut in lib/auth/auth.ts).
  await signOut({ redirectTo: '/login' });
}
