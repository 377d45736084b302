// The load test's actors, made through the application's own domain
// functions (run as a child process under the react-server condition, since
// they import 'server-only'; DATABASE_URL names the database): one editor
// per department, with more departments added when the demo has too few,
// each with the draft of the current year; and the public pages readers
// visit. Prints the plan as JSON on stdout.
//   tsx --conditions=react-server scripts/loadtest/setup.ts <editors> <password>
import { createDepartment } from '@/lib/admin/create-department';
import { createUser } from '@/lib/admin/create-user';
import { createUserSchema, departmentSchema } from '@/lib/admin/admin-schemas';
import { db } from '@/lib/db/client';
import { createReport } from '@/lib/reports/create-report';

export interface LoadtestEditor {
  username: string;
  reportId: string;
  /** The department whose report this editor edits (and no other). */
  slug: string;
}

export interface LoadtestPlan {
  year: number;
  editors: LoadtestEditor[];
  /** Published reports (department slug, year) and departments, for the public readers. */
  reports: [string, number][];
  departments: string[];
  /** A district summary page with published reports. */
  summaryPath: string;
}

const pad = (index: number) => String(index + 1).padStart(2, '0');

async function main(): Promise<LoadtestPlan> {
  const [count, password] = [Number(process.argv[2]), process.argv[3]!];
  const year = new Date().getFullYear();
  const admin = await db.user.findFirstOrThrow({ where: { role: 'ADMIN', disabled: false }, select: { id: true, displayName: true } });

  let departments = await db.department.findMany({ where: { active: true }, orderBy: { sortOrder: 'asc' }, select: { id: true, slug: true } });
  for (let index = departments.length; index < count; index++) {
    const input = departmentSchema.parse({ name: `章贡区压力测试第${pad(index)}局`, shortName: `压测${pad(index)}局`, slug: `loadtest-${pad(index)}` });
    departments = [...departments, await createDepartment(admin, input)];
  }

  const editors: LoadtestEditor[] = [];
  for (const [index, department] of departments.slice(0, count).entries()) {
    const username = `loadtest.editor${pad(index)}`;
    const input = createUserSchema.parse({ username, displayName: `压测编辑${pad(index)}`, role: 'EDITOR', departmentId: department.id, password });
    await createUser(admin, input);
    const existing = await db.report.findUnique({ where: { departmentId_year: { departmentId: department.id, year } }, select: { id: true, status: true } });
    if (existing && existing.status !== 'DRAFT' && existing.status !== 'RETURNED') throw new Error(`${department.slug} ${year} is not a draft (${existing.status})`);
    const reportId = existing?.id ?? (await createReport(admin, { departmentId: department.id, year })).id;
    editors.push({ username, reportId, slug: department.slug });
  }

  const published = await db.report.findMany({
    where: { publishedEditionId: { not: null } },
    select: { year: true, department: { select: { slug: true } } },
    orderBy: [{ year: 'desc' }],
  });
  if (published.length === 0) throw new Error('the database has no published report for the readers');
  const district = await db.district.findFirstOrThrow({ orderBy: { createdAt: 'asc' }, select: { code: true } });
  return {
    year,
    editors,
    reports: published.map((report) => [report.department.slug, report.year]),
    departments: [...new Set(published.map((report) => report.department.slug))],
    summaryPath: `/summary/${district.code}/${published[0]!.year}`,
  };
}

main()
  .then((plan) => {
    process.stdout.write(JSON.stringify(plan));
    process.exit(0);
  })
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
