import Link from 'next/link';
import { formatDate } from '@/lib/format-time';
import { reportPath } from '@/lib/public/urls';
import { DemoBadge } from './demo-badge';

interface Props {
  slug: string;
  year: number;
  title: string;
  editionNumber: number;
  isDemo: boolean;
  publishedAt: string | Date;
  /** Push the date to the end of the line (lists), or keep it beside the title. */
  dateAtEnd?: boolean;
}

/** A published report in a list: its title as a link, 已更正, 演示数据 and 发布日期. */
export function ReportLink({ slug, year, title, editionNumber, isDemo, publishedAt, dateAtEnd = false }: Props) {
  return (
    <>
      <Link href={reportPath(slug, year)} className="inline-link text-brand underline">
        {title}
      </Link>
      {editionNumber > 1 && <span className="text-sm text-muted">（第 {editionNumber} 版，已更正）</span>}
      {isDemo && <DemoBadge />}
      <span className={`text-sm text-muted ${dateAtEnd ? 'ml-auto' : ''}`}>发布日期：{formatDate(publishedAt)}</span>
    </>
  );
}
