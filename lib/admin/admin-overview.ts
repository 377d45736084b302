// The figures on the admin's start page. The audit log only grows (a province:
// millions of rows), so past 100,000 rows its size is PostgreSQL's own
// estimate (pg_class.reltuples, kept by ANALYZE) rather than a count of every row.
import 'server-only';
import { db } from '@/lib/db/client';

const EXACT_UP_TO = 100_000;

export interface AdminOverview {
  departments: number;
  users: number;
  disabledUsers: number;
  auditEvents: { count: number; estimated: boolean };
}

async function auditEventCount(): Promise<AdminOverview['auditEvents']> {
  const [row] = await db.$queryRaw<{ estimate: number }[]>`SELECT reltuples::float8 AS estimate FROM pg_class WHERE oid = 'audit_events'::regclass`;
  const estimate = row?.estimate ?? -1;
  if (estimate >= EXACT_UP_TO) return { count: Math.round(estimate), estimated: true };
  return { count: await db.auditEvent.count(), estimated: false };
}

export async function getAdminOverview(): Promise<AdminOverview> {
  const [departments, users, disabledUsers, auditEvents] = await Promise.all([
    db.department.count(),
    db.user.count(),
    db.user.count({ where: { disabled: true } }),
    auditEventCount(),
  ]);
  return { departments, users, disabledUsers, auditEvents };
}
