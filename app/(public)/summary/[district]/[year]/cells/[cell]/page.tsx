import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CellBreakdown } from '@/components/oversight/cell-breakdown';
import { getPublicCellBreakdown, getPublicSummary } from '@/lib/public/get-public-summary';
import { parseSummaryCell, summaryCellText } from '@/lib/oversight/summary-cell';
import { publicSummaryPath } from '@/lib/oversight/urls';
import { getFormat } from '@/lib/report-format/formats';

export const dynamic = 'force-static';

export function generateStaticParams() {
  return [];
}

async function load(params: PageProps<'/summary/[district]/[year]/cells/[cell]'>['params']) {
  const { district, year, cell: key } = await params;
  const summary = /^\d{4}$/.test(year) ? await getPublicSummary(district, Number(year)) : null;
  const cell = summary ? parseSummaryCell(getFormat(summary.formatId), key) : null;
  if (!summary || !cell) return null;
  const rows = await getPublicCellBreakdown(summary.district.code, summary.year, cell.table.id, cell.row.key, cell.column.key);
  return rows ? { summary, cell, rows } : null;
}

export async function generateMetadata({ params }: PageProps<'/summary/[district]/[year]/cells/[cell]'>): Promise<Metadata> {
  const data = await load(params);
  return { title: data ? `${data.cell.label} · ${data.summary.district.name}${data.summary.year}年度区级汇总` : '页面不存在' };
}

export default async function SummaryCellPage({ params }: PageProps<'/summary/[district]/[year]/cells/[cell]'>) {
  const data = await load(params);
  if (!data) notFound();
  const { summary, cell, rows } = data;
  return (
    <div className="space-y-6">
      <p>
        <Link href={publicSummaryPath(summary.district.code, summary.year)} className="inline-link text-brand underline">
          返回{summary.district.name}
          {summary.year}年度区级汇总
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">
        {summary.district.name}
        {summary.year}年度区级汇总：{cell.label}
      </h1>
      <CellBreakdown label={cell.label} rows={rows} total={summaryCellText(summary.content, cell)} />
    </div>
  );
}
