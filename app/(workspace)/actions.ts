'use server';

import { signOut } from '@/lib/auth/auth';
import { getCurrentUser } from '@/lib/auth/current-user';
import { endUserSession } from '@/lib/auth/user-sessions';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { db } from '@/lib/db/client';

export async function signOutAction(): Promise<void> {
  const user = await getCurrentUser();
  if (user) {
    await endUserSession(user.sessionId);
    await recordAuditEvent(db, {
      actor: { id: user.id, displayName: user.displayName },
      action: 'auth.sign_out',
      entityType: 'user',
      entityId: user.id,
      departmentId: user.departmentId,
    });
  }
  await signOut({ redirectTo: '/login' });
}
