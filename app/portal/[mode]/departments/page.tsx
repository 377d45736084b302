import type { Metadata } from 'next';
import Link from 'next/link';
import { Breadcrumb } from '@/components/public/breadcrumb';
import { getPublicHome } from '@/lib/public/get-public-home';
import { departmentPath } from '@/lib/public/urls';

export const dynamic = 'force-static';

export const metadata: Metadata = {
  title: '部门信息公开目录',
  description: '章贡区人民政府各部门的政府信息公开工作年度报告栏目。',
};

export default async function DepartmentsPage() {
  const { departments } = await getPublicHome();
  return (
    <div className="space-y-6">
      <Breadcrumb items={[{ label: '首页', href: '/' }, { label: '部门信息公开目录' }]} />
      <h1 className="text-2xl font-semibold">部门信息公开目录</h1>
      <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
        {departments.map((department) => (
          <li key={department.slug} className="card px-4 py-3">
            <Link href={departmentPath(department.slug)} className="inline-link text-brand underline">
              {department.name}
            </Link>
            <span className="ml-2 text-sm text-muted">已发布 {department._count.reports} 份年度报告</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
