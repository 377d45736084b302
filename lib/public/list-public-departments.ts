import 'server-only';
import { db } from '@/lib/db/client';

/** Departments as the public directory lists them. */
export function listPublicDepartments() {
  return db.department.findMany({
    where: { active: true },
    orderBy: { sortOrder: 'asc' },
    select: { slug: true, name: true, shortName: true },
  });
}
