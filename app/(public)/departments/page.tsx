import type { Metadata } from 'next';
import { DepartmentDirectory } from '@/components/public/department-directory';
import { parseDepartmentsFilter } from '@/lib/public/departments-filter';
import { listDepartmentDirectory, listDistrictGroups } from '@/lib/public/public-departments';

// /departments?district=&q=&page=: rendered per request from cached data
// (lib/public/public-departments.ts); proxy.ts answers malformed filters with 400.

export const metadata: Metadata = {
  title: '部门信息公开目录',
  description: '章贡区人民政府各部门的政府信息公开工作年度报告栏目。',
};

export default async function DepartmentsPage({ searchParams }: PageProps<'/departments'>) {
  const parsed = parseDepartmentsFilter(await searchParams);
  const districts = await listDistrictGroups();
  if (!parsed.ok) {
    return <DepartmentDirectory filter={{ district: null, q: null, page: 1 }} districts={districts} departments={null} problems={parsed.problems} />;
  }
  const { filter } = parsed;
  const problems: string[] = [];
  if (filter.district && !districts.some((each) => each.code === filter.district)) problems.push(`行政区“${filter.district}”：没有这个行政区。`);
  // Several districts: their list first, unless one is chosen or a name is searched.
  const listDepartments = problems.length === 0 && (districts.length <= 1 || filter.district !== null || filter.q !== null);
  const departments = listDepartments ? await listDepartmentDirectory(filter) : null;
  if (departments && filter.page > departments.pages) problems.push(`页码“${filter.page}”：超出范围，共 ${departments.pages} 页。`);
  return <DepartmentDirectory filter={filter} districts={districts} departments={problems.length ? null : departments} problems={problems} />;
}
