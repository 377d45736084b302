import Link from 'next/link';
import { YEAR_CSV_HEADER } from '@/lib/public/open-data';
import { yearFilePath } from '@/lib/public/urls';
import { Breadcrumb } from './breadcrumb';

/** 开放数据: each year's reports as CSV and as JSON Lines, and what the columns mean. */
export function OpenDataPage({ years }: { years: { year: number; published: number }[] }) {
  return (
    <div className="space-y-6">
      <Breadcrumb items={[{ label: '首页', href: '/' }, { label: '开放数据' }]} />
      <h1 className="text-2xl font-semibold">开放数据</h1>
      <p>
        每份已发布的年度报告在其页面上提供全文数据（JSON）和各表格（CSV）下载。下面是每个年度全部已发布报告的汇总数据：CSV
        文件每个表格单元格一行，为 UTF-8 编码（含 BOM），可直接用 Excel 打开；JSON Lines 文件每份报告一行，格式与单份报告的 JSON（nianbao.report/v1）相同。
      </p>
      {years.length === 0 ? (
        <p className="text-muted">尚无已发布的年度报告。</p>
      ) : (
        <ul className="space-y-2">
          {years.map((year) => (
            <li key={year.year} className="flex flex-wrap gap-x-4">
              <span>
                {year.year}年度（{year.published.toLocaleString('zh-CN')} 份报告）：
              </span>
              <a href={yearFilePath(year.year, 'csv')} className="inline-link text-brand underline" aria-label={`${year.year}年度（${year.published} 份报告，CSV）`}>
                CSV
              </a>
              <a href={yearFilePath(year.year, 'jsonl')} className="inline-link text-brand underline" aria-label={`${year.year}年度（${year.published} 份报告，JSON Lines）`}>
                JSON Lines
              </a>
            </li>
          ))}
        </ul>
      )}
      <p>
        各区全部部门数据的合计见
        <Link href="/summary" className="inline-link text-brand underline">
          区级汇总
        </Link>
        。
      </p>
      <section aria-labelledby="columns-title" className="card p-4">
        <h2 id="columns-title" className="mb-2 font-semibold">
          CSV 数据列说明
        </h2>
        <ul className="list-disc space-y-1 pl-6 text-sm">
          {YEAR_CSV_HEADER.map((header) => (
            <li key={header}>{header}</li>
          ))}
        </ul>
      </section>
    </div>
  );
}
