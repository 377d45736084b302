// The department pickers, scoped by the policy: an editor without a department
// is offered none (not every department), an admin every active one.
import { beforeAll, describe, expect, it } from 'vitest';
import { reportScope, type Actor } from '@/lib/auth/policy';
import { db } from '@/lib/db/client';
import { createDbClient } from '@/lib/db/create-client';
import { seedBase } from '@/prisma/seed/seed-base';
import { listDepartmentOptions, resolveDepartmentFilter } from './list-departments';

let education: string;
let active: number;

beforeAll(async () => {
  const seeding = createDbClient(process.env.DATABASE_URL!);
  await seedBase(seeding);
  await seeding.$disconnect();
  education = (await db.department.findUniqueOrThrow({ where: { slug: 'education' } })).id;
  await db.department.update({ where: { slug: 'audit' }, data: { active: false } });
  active = await db.department.count({ where: { active: true } });
});

const options = (actor: Actor, activeOnly = true) => listDepartmentOptions({ activeOnly, scope: reportScope(actor) });

describe('department options', () => {
  it('offer an editor their own department only', async () => {
    const departments = await options({ id: 'e', role: 'EDITOR', departmentId: education });
    expect(departments.map((department) => department.slug)).toEqual(['education']);
  });

  it('offer an editor without a department nothing', async () => {
    expect(await options({ id: 'e', role: 'EDITOR', departmentId: null })).toEqual([]);
    expect(await options({ id: 'e', role: 'EDITOR', departmentId: null }, false)).toEqual([]);
  });

  it('offer an admin every active department, in the district’s order', async () => {
    const departments = await options({ id: 'a', role: 'ADMIN', departmentId: null });
    expect(departments).toHaveLength(active);
    expect(departments.map((department) => department.slug)).not.toContain('audit');
    const ordered = await db.department.findMany({ where: { active: true }, orderBy: { sortOrder: 'asc' }, select: { slug: true } });
    expect(departments.map((department) => department.slug)).toEqual(ordered.map((department) => department.slug));
  });

  it('offer filters every department, inactive ones included', async () => {
    expect(await listDepartmentOptions()).toHaveLength(active + 1);
  });

  it('resolve a list filter’s department, and name a slug that matches none', async () => {
    const departments = await listDepartmentOptions();
    const found = resolveDepartmentFilter({ filter: { department: 'education', year: 2025 }, problems: [] }, departments);
    expect(found.department?.id).toBe(education);
    expect(found.problems).toEqual([]);
    const unknown = resolveDepartmentFilter({ filter: { department: 'nowhere', year: 2025 }, problems: ['筛选条件“年度”：…'] }, departments);
    expect(unknown.filter).toEqual({ department: undefined, year: 2025 });
    expect(unknown.problems).toEqual(['筛选条件“年度”：…', '筛选条件“部门”：没有网址标识为“nowhere”的部门。']);
    expect(unknown.department).toBeUndefined();
  });
});
