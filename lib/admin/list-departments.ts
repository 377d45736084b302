// Departments: the admin's list, and the options of every department picker.
import 'server-only';
import { db } from '@/lib/db/client';

export function listDepartments() {
  return db.department.findMany({
    orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }],
    include: { _count: { select: { users: true, reports: true } } },
  });
}

export interface DepartmentOption {
  id: string;
  name: string;
  shortName: string;
  slug: string;
}

/**
 * The departments a picker offers, in the district's order. `scope` is the
 * policy's reportScope(actor): editors get their own department only (none
 * without one); approvers and admins get every department.
 */
export function listDepartmentOptions(options: { activeOnly?: boolean; scope?: { departmentId?: string } } = {}): Promise<DepartmentOption[]> {
  const departmentId = options.scope?.departmentId;
  return db.department.findMany({
    where: { ...(options.activeOnly ? { active: true } : {}), ...(departmentId !== undefined ? { id: departmentId } : {}) },
    orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }],
    select: { id: true, name: true, shortName: true, slug: true },
  });
}

/** The problem a department filter names when its value matches no department. */
function unknownDepartmentProblem(slug: string): string {
  return `筛选条件“部门”：没有网址标识为“${slug}”的部门。`;
}

/**
 * A list filter's department (by slug) among the picker's departments: the
 * department, or, for a slug that names none, the filter without it and one
 * more problem.
 */
export function resolveDepartmentFilter<F extends { department?: string }>(
  parsed: { filter: F; problems: string[] },
  departments: readonly DepartmentOption[],
): { filter: F; problems: string[]; department: DepartmentOption | undefined } {
  const slug = parsed.filter.department;
  if (!slug) return { ...parsed, department: undefined };
  const department = departments.find((each) => each.slug === slug);
  if (department) return { ...parsed, department };
  return { filter: { ...parsed.filter, department: undefined }, problems: [...parsed.problems, unknownDepartmentProblem(slug)], department: undefined };
}
