import type { Metadata } from 'next';
import { Breadcrumb } from '@/components/public/breadcrumb';
import { DepartmentList } from '@/components/public/department-list';
import { listPublicDepartmentsWithCounts } from '@/lib/public/list-public-departments';

export const dynamic = 'force-static';

export const metadata: Metadata = {
  title: '部门信息公开目录',
  description: '章贡区人民政府各部门的政府信息公开工作年度报告栏目。',
};

export default async function DepartmentsPage() {
  return (
    <div className="space-y-6">
      <Breadcrumb items={[{ label: '首页', href: '/' }, { label: '部门信息公开目录' }]} />
      <h1 className="text-2xl font-semibold">部门信息公开目录</h1>
      <DepartmentList departments={await listPublicDepartmentsWithCounts()} />
    </div>
  );
}
