import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { PublicReportView } from '@/components/public/public-report-view';
import { getPublicReport } from '@/lib/public/get-public-report';
import { reportPath } from '@/lib/public/urls';
import { reportTitle } from '@/lib/report-format/title';

export const dynamic = 'force-static';

export function generateStaticParams() {
  return [];
}

type Props = PageProps<'/departments/[slug]/[year]/editions/[edition]'>;

async function load(params: Props['params']) {
  const { slug, year, edition } = await params;
  if (!/^\d{4}$/.test(year) || !/^[1-9]\d{0,2}$/.test(edition)) return null;
  const data = await getPublicReport(slug, Number(year), Number(edition));
  return data?.shown ? { ...data, shown: data.shown } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const data = await load(params);
  if (!data) return { title: '页面不存在' };
  return { title: `${reportTitle(data.department.name, data.year)}（第 ${data.shown.edition.number} 版）` };
}

export default async function EditionPage({ params }: Props) {
  const data = await load(params);
  if (!data) notFound();
  // The current edition has one address: the report's.
  if (data.shownIsCurrent) permanentRedirect(reportPath(data.department.slug, data.year));
  return <PublicReportView data={data} />;
}
