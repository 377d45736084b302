import 'server-only';
import { db } from '@/lib/db/client';

export function listDepartments() {
  return db.department.findMany({
    orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }],
    include: { _count: { select: { users: true, reports: true } } },
  });
}
