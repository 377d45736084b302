import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { DepartmentBreadcrumb } from '@/components/public/breadcrumb';
import { ReportLink } from '@/components/public/report-link';
import { getDepartmentColumn } from '@/lib/public/get-department-column';
import { formatDate } from '@/lib/format-time';

export const dynamic = 'force-static';

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<'/departments/[slug]'>): Promise<Metadata> {
  const column = await getDepartmentColumn((await params).slug);
  if (!column) return { title: '页面不存在' };
  return {
    title: `${column.department.name} · 年度报告`,
    description: `${column.department.name}历年政府信息公开工作年度报告。`,
  };
}

export default async function DepartmentPage({ params }: PageProps<'/departments/[slug]'>) {
  const column = await getDepartmentColumn((await params).slug);
  if (!column) notFound();
  const { department, years } = column;
  return (
    <div className="space-y-6">
      <DepartmentBreadcrumb department={department} />
      <h1 className="text-2xl font-semibold">{department.name} · 政府信息公开工作年度报告</h1>
      <ul className="space-y-3">
        {years.map(({ year, published, unpublished }) => (
          <li key={year} className="card px-4 py-3" data-testid={`department-year-${year}`}>
            <h2 className="font-semibold">{year}年度</h2>
            {published ? (
              <p className="mt-1 flex flex-wrap items-baseline gap-x-3">
                <ReportLink slug={department.slug} year={year} title={published.title} editionNumber={published.number} isDemo={published.isDemo} publishedAt={published.publishedAt} />
              </p>
            ) : unpublished ? (
              <p className="mt-1 text-muted">
                该部门{year}年度报告已于{formatDate(unpublished.at)}撤销发布{unpublished.reason ? `。说明：${unpublished.reason}` : '。'}
              </p>
            ) : (
              <p className="mt-1 text-muted">该部门{year}年度报告尚未发布。</p>
            )}
          </li>
        ))}
      </ul>
      <section aria-labelledby="contact-title" className="card p-4 text-sm">
        <h2 id="contact-title" className="font-semibold">联系方式</h2>
        <p className="mt-1">
          {[department.address && `地址：${department.address}`, department.phone && `电话：${department.phone}`, department.email && `电子邮箱：${department.email}`]
            .filter(Boolean)
            .join('　')}
        </p>
      </section>
    </div>
  );
}
