import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Breadcrumb } from '@/components/public/breadcrumb';
import { DemoBadge } from '@/components/public/demo-badge';
import { getDepartmentColumn } from '@/lib/public/get-department-column';
import { reportPath } from '@/lib/public/urls';
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
      <Breadcrumb
        items={[
          { label: '首页', href: '/' },
          { label: '部门信息公开目录', href: '/departments' },
          { label: department.shortName },
          { label: '年度报告' },
        ]}
      />
      <h1 className="text-2xl font-semibold">{department.name} · 政府信息公开工作年度报告</h1>
      <ul className="space-y-3">
        {years.map(({ year, published, unpublished }) => (
          <li key={year} className="card px-4 py-3" data-testid={`department-year-${year}`}>
            <h2 className="font-semibold">{year}年度</h2>
            {published ? (
              <p className="mt-1 flex flex-wrap items-baseline gap-x-3">
                <Link href={reportPath(department.slug, year)} className="inline-link text-brand underline">
                  {published.title}
                </Link>
                {published.number > 1 && <span className="text-sm text-muted">（第 {published.number} 版，已更正）</span>}
                {published.isDemo && <DemoBadge />}
                <span className="text-sm text-muted">发布日期：{formatDate(published.publishedAt)}</span>
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
