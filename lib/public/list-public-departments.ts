// The departments the public site lists: the active ones, and any other that
// has a published report (a merged department's reports stay public).
import 'server-only';
import type { Prisma } from '@/lib/db/generated/client.ts';
import { db } from '@/lib/db/client';

const publicDepartmentWhere: Prisma.DepartmentWhereInput = {
  OR: [{ active: true }, { reports: { some: { publishedEditionId: { not: null } } } }],
};

/** For the directory's filter and its check of the department value. */
export function listPublicDepartments() {
  return db.department.findMany({
    where: publicDepartmentWhere,
    orderBy: { sortOrder: 'asc' },
    select: { slug: true, name: true, shortName: true },
  });
}

/** For the department directory: each with its number of published reports. */
export async function listPublicDepartmentsWithCounts() {
  const departments = await db.department.findMany({
    where: publicDepartmentWhere,
    orderBy: { sortOrder: 'asc' },
    select: { slug: true, name: true, _count: { select: { reports: { where: { publishedEditionId: { not: null } } } } } },
  });
  return departments.map(({ _count, ...department }) => ({ ...department, published: _count.reports }));
}
