// Writes one event to the append-only audit log. Call it inside the same
// transaction as the change it records, so that both happen or neither does.
import 'server-only';
import type { Prisma } from '@/lib/db/generated/client.ts';
import type { Db, Tx } from '@/lib/db/client';

/** Who did it, as the audit log records them (the signed-in user, or null for the system). */
export interface AuditActor {
  id: string;
  displayName: string;
}

export const AUDIT_ENTITY_TYPES = ['report', 'user', 'department', 'district', 'session', 'system'] as const;
export type AuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number];

export interface AuditEventInput {
  actor: AuditActor | null;
  action: string;
  entityType: AuditEntityType;
  entityId: string;
  departmentId?: string | null;
  reportId?: string | null;
  fromStatus?: string | null;
  toStatus?: string | null;
  reason?: string | null;
  details?: Prisma.InputJsonValue;
}

export async function recordAuditEvent(client: Tx | Db, event: AuditEventInput): Promise<void> {
  await client.auditEvent.create({
    data: {
      actorId: event.actor?.id ?? null,
      actorName: event.actor?.displayName ?? null,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId,
      departmentId: event.departmentId ?? null,
      reportId: event.reportId ?? null,
      fromStatus: event.fromStatus ?? null,
      toStatus: event.toStatus ?? null,
      reason: event.reason ?? null,
      details: event.details,
    },
  });
}
