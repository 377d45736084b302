import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { QualityPanel } from '@/components/oversight/quality-panel';
import { requireReportPage } from '@/lib/auth/guard';
import { getQualityDetail } from '@/lib/quality/quality-detail';
import { editorReportPath } from '@/lib/reports/report-label';

export const metadata: Metadata = { title: '质量评分与雷同检查' };

// Whoever may read the report (its department too: the editor links here).
export default async function QualityPage({ params }: PageProps<'/review/reports/[reportId]/quality'>) {
  const { reportId } = await params;
  const { workspace } = await requireReportPage(reportId, `/review/reports/${reportId}/quality`);
  const detail = await getQualityDetail(reportId);
  if (!detail) notFound();
  return (
    <div className="space-y-6">
      <p>
        <Link href={editorReportPath(reportId)} className="text-sm text-brand underline">
          返回{workspace.report.title}
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">质量评分与雷同检查 · {workspace.report.title}</h1>
      <QualityPanel detail={detail} />
    </div>
  );
}
