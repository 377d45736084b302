import Link from 'next/link';
import { departmentPath } from '@/lib/public/urls';

/** 您当前所在位置：首页 > 部门信息公开目录 > 区财政局 > 年度报告 */
export function Breadcrumb({ items }: { items: { label: string; href?: string }[] }) {
  return (
    <nav aria-label="当前位置" className="no-print mb-4 text-sm">
      <ol className="flex flex-wrap items-center gap-1 text-muted">
        <li className="sr-only">您当前所在位置：</li>
        {items.map((item, index) => (
          <li key={`${item.label}-${index}`} className="flex items-center gap-1">
            {index > 0 && <span aria-hidden="true">&gt;</span>}
            {item.href ? (
              <Link href={item.href} className="inline-flex items-center px-0.5 text-brand underline">
                {item.label}
              </Link>
            ) : (
              <span aria-current="page">{item.label}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** 首页 > 部门信息公开目录 > 区财政局 > 年度报告: the trail of a department's column and its reports. */
export function DepartmentBreadcrumb({ department, linkDepartment = false }: { department: { slug: string; shortName: string }; linkDepartment?: boolean }) {
  return (
    <Breadcrumb
      items={[
        { label: '首页', href: '/' },
        { label: '部门信息公开目录', href: '/departments' },
        { label: department.shortName, href: linkDepartment ? departmentPath(department.slug) : undefined },
        { label: '年度报告' },
      ]}
    />
  );
}
