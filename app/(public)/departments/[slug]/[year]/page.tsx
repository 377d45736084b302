import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DepartmentBreadcrumb } from '@/components/public/breadcrumb';
import { PublicReportView } from '@/components/public/public-report-view';
import { getPublicReport } from '@/lib/public/get-public-report';
import { departmentPath } from '@/lib/public/urls';
import { reportTitle } from '@/lib/report-format/title';
import { formatDate } from '@/lib/format-time';

export const dynamic = 'force-static';

export function generateStaticParams() {
  return [];
}

async function load(params: PageProps<'/departments/[slug]/[year]'>['params']) {
  const { slug, year } = await params;
  return /^\d{4}$/.test(year) ? getPublicReport(slug, Number(year)) : null;
}

export async function generateMetadata({ params }: PageProps<'/departments/[slug]/[year]'>): Promise<Metadata> {
  const data = await load(params);
  if (!data) return { title: '页面不存在' };
  const title = reportTitle(data.department.name, data.year);
  return { title, description: `${title}：总体情况、主动公开、依申请公开、行政复议行政诉讼、存在问题及改进情况。` };
}

export default async function ReportPage({ params }: PageProps<'/departments/[slug]/[year]'>) {
  const data = await load(params);
  if (!data) notFound();
  if (data.shown) return <PublicReportView data={{ ...data, shown: data.shown }} />;
  // No public edition: say so, and why when it was taken down.
  const { department, year, report } = data;
  return (
    <div className="space-y-6">
      <DepartmentBreadcrumb department={department} linkDepartment />
      <h1 className="text-2xl font-semibold">{reportTitle(department.name, year)}</h1>
      {report?.unpublishedAt ? (
        <p role="note" className="rounded border border-danger bg-danger-soft px-4 py-3 text-danger">
          该报告已于{formatDate(report.unpublishedAt)}撤销发布。{report.unpublishReason ? `说明：${report.unpublishReason}` : ''}
        </p>
      ) : (
        <p role="note" className="rounded border border-line bg-paper px-4 py-3">
          该部门{year}年度报告尚未发布。
        </p>
      )}
      <p>
        <Link href={departmentPath(department.slug)} className="inline-link text-brand underline">
          查看{department.name}历年年度报告
        </Link>
      </p>
    </div>
  );
}
