// Reading the audit log: one report's history, and the admin's filtered list.
import 'server-only';
import type { Prisma } from '@/lib/db/generated/client.ts';
import { db } from '@/lib/db/client';

export interface AuditEventView {
  id: string;
  at: string;
  actorName: string | null;
  action: string;
  fromStatus: string | null;
  toStatus: string | null;
  reason: string | null;
  entityType: string;
  entityId: string;
  reportId: string | null;
  departmentId: string | null;
  details: Prisma.JsonValue;
}

function view(event: Prisma.AuditEventGetPayload<object>): AuditEventView {
  return {
    id: event.id.toString(),
    at: event.at.toISOString(),
    actorName: event.actorName,
    action: event.action,
    fromStatus: event.fromStatus,
    toStatus: event.toStatus,
    reason: event.reason,
    entityType: event.entityType,
    entityId: event.entityId,
    reportId: event.reportId,
    departmentId: event.departmentId,
    details: event.details,
  };
}

/**
 * A report's history: its steps, comments and corrections, newest first.
 * Saves (every autosave is one) are left out so that they do not push the
 * steps out of the list; the admin's audit log keeps them.
 */
export async function listReportHistory(reportId: string): Promise<AuditEventView[]> {
  const events = await db.auditEvent.findMany({
    where: { reportId, action: { not: 'report.save' } },
    orderBy: { id: 'desc' },
    take: 500,
  });
  return events.map(view);
}

export interface AuditFilter {
  action?: string;
  actor?: string;
  departmentId?: string;
  from?: Date;
  to?: Date;
  /** Keyset paging: events older than this id. */
  before?: bigint;
}

export const AUDIT_PAGE_SIZE = 50;

/** The events a filter keeps (the page and its CSV export, lib/audit/audit-csv.ts). */
export function auditWhere(filter: AuditFilter): Prisma.AuditEventWhereInput {
  return {
    ...(filter.action ? { action: filter.action } : {}),
    ...(filter.actor ? { actorName: { contains: filter.actor } } : {}),
    ...(filter.departmentId ? { departmentId: filter.departmentId } : {}),
    ...(filter.from || filter.to ? { at: { ...(filter.from ? { gte: filter.from } : {}), ...(filter.to ? { lt: filter.to } : {}) } } : {}),
    ...(filter.before ? { id: { lt: filter.before } } : {}),
  };
}

export async function listAuditEvents(filter: AuditFilter): Promise<{ events: AuditEventView[]; nextBefore: string | null }> {
  const events = await db.auditEvent.findMany({ where: auditWhere(filter), orderBy: { id: 'desc' }, take: AUDIT_PAGE_SIZE + 1 });
  const page = events.slice(0, AUDIT_PAGE_SIZE).map(view);
  return { events: page, nextBefore: events.length > AUDIT_PAGE_SIZE ? page.at(-1)!.id : null };
}
