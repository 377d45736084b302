import Link from 'next/link';
import type { DepartmentsFilter } from '@/lib/public/departments-filter';
import type { DepartmentDirectoryPage, DistrictGroup } from '@/lib/public/public-departments';
import { departmentPath, departmentsHref } from '@/lib/public/urls';
import { Breadcrumb } from './breadcrumb';
import { Pagination } from './pagination';

interface Props {
  filter: DepartmentsFilter;
  /** Every district with departments on the site (one for a district's portal). */
  districts: DistrictGroup[];
  /** The page of departments, or null when the districts are listed instead. */
  departments: DepartmentDirectoryPage | null;
  problems: string[];
}

/** 部门信息公开目录: find a department by name, by district, or page through all of them. */
export function DepartmentDirectory({ filter, districts, departments, problems }: Props) {
  const district = filter.district ? districts.find((each) => each.code === filter.district) : undefined;
  const groups = departments ? groupByDistrict(departments.items) : [];
  return (
    <div className="space-y-6">
      <Breadcrumb
        items={[{ label: '首页', href: '/' }, { label: '部门信息公开目录', href: filter.district || filter.q ? '/departments' : undefined }, ...(district ? [{ label: district.name }] : [])]}
      />
      <h1 className="text-2xl font-semibold">部门信息公开目录</h1>
      <form action="/departments" method="get" role="search" aria-label="查找部门" className="card flex flex-wrap items-end gap-3 p-4">
        <div className="min-w-48 flex-1">
          <label htmlFor="departments-q" className="field-label">
            部门名称
          </label>
          <input id="departments-q" name="q" type="search" defaultValue={filter.q ?? ''} maxLength={50} placeholder="例如 财政局" className="field-input" />
        </div>
        {filter.district && <input type="hidden" name="district" value={filter.district} />}
        <button type="submit" className="btn-primary">
          查找
        </button>
      </form>

      {problems.length > 0 && (
        <div role="alert" className="rounded border border-danger bg-danger-soft px-4 py-3 text-danger">
          <p className="font-semibold">查找条件有误，请修改后重试：</p>
          <ul className="mt-1 list-disc pl-6">
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}

      {!departments && problems.length === 0 && (
        <section aria-labelledby="districts-title" className="space-y-3">
          <h2 id="districts-title" className="text-xl font-semibold">
            按行政区浏览
          </h2>
          <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
            {districts.map((each) => (
              <li key={each.code} className="card px-4 py-3">
                <Link href={departmentsHref({ district: each.code })} className="inline-link text-brand underline">
                  {each.name}
                </Link>
                <span className="ml-2 text-sm text-muted">{each.departments.toLocaleString('zh-CN')} 个部门</span>
              </li>
            ))}
          </ul>
        </section>
      )}

      {departments && (
        <>
          <p role="status" className="text-sm">
            {[district?.name, filter.q ? `名称包含“${filter.q}”` : null].filter(Boolean).join('、') || '全部'}：共 {departments.total.toLocaleString('zh-CN')} 个部门
            {departments.pages > 1 ? `，第 ${filter.page} / ${departments.pages.toLocaleString('zh-CN')} 页` : ''}
          </p>
          {departments.items.length === 0 ? (
            <p className="rounded border border-line bg-paper px-4 py-6 text-center text-muted">没有找到符合条件的部门。</p>
          ) : (
            groups.map((group) => (
              <section key={group.districtName} aria-label={group.districtName} className="space-y-2">
                {(districts.length > 1 || groups.length > 1) && <h2 className="text-lg font-semibold">{group.districtName}</h2>}
                <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
                  {group.items.map((department) => (
                    <li key={department.slug} className="card px-4 py-3">
                      <Link href={departmentPath(department.slug)} className="inline-link text-brand underline">
                        {department.name}
                      </Link>
                      <span className="ml-2 text-sm text-muted">已发布 {department.published} 份年度报告</span>
                    </li>
                  ))}
                </ul>
              </section>
            ))
          )}
          <Pagination page={filter.page} pages={departments.pages} href={(page) => departmentsHref({ ...filter, page })} />
        </>
      )}
    </div>
  );
}

function groupByDistrict<T extends { districtName: string }>(items: T[]): { districtName: string; items: T[] }[] {
  const groups: { districtName: string; items: T[] }[] = [];
  for (const item of items) {
    const last = groups.at(-1);
    if (last?.districtName === item.districtName) last.items.push(item);
    else groups.push({ districtName: item.districtName, items: [item] });
  }
  return groups;
}
