// The audit entry of a sign-out (the session itself ends in events.signOut, lib/auth/auth.ts).
import 'server-only';
import { db } from '@/lib/db/client';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import type { CurrentUser } from './current-user';

export async function recordSignOut(user: CurrentUser): Promise<void> {
  await recordAuditEvent(db, {
    actor: { id: user.id, displayName: user.displayName },
    action: 'auth.sign_out',
    entityType: 'user',
    entityId: user.id,
    departmentId: user.departmentId,
  });
}
