import type { Metadata } from 'next';
import { Breadcrumb } from '@/components/public/breadcrumb';
import { listYearSummaries } from '@/lib/public/get-public-home';
import { YEAR_CSV_HEADER } from '@/lib/public/open-data';
import { yearCsvPath } from '@/lib/public/urls';

export const dynamic = 'force-static';

export const metadata: Metadata = {
  title: '开放数据',
  description: '章贡区各部门政府信息公开工作年度报告数据下载（CSV、JSON）。',
};

export default async function OpenDataPage() {
  const years = await listYearSummaries();
  return (
    <div className="space-y-6">
      <Breadcrumb items={[{ label: '首页', href: '/' }, { label: '开放数据' }]} />
      <h1 className="text-2xl font-semibold">开放数据</h1>
      <p>
        每份已发布的年度报告在其页面上提供全文数据（JSON）和各表格（CSV）下载。下面是每个年度全部已发布报告的汇总数据，每个表格单元格一行。CSV 文件为
        UTF-8 编码（含 BOM），可直接用 Excel 打开。
      </p>
      <ul className="space-y-2">
        {years
          .filter((year) => year.published > 0)
          .map((year) => (
            <li key={year.year}>
              <a href={yearCsvPath(year.year)} className="inline-link text-brand underline">
                {year.year}年度（{year.published} 份报告，CSV）
              </a>
            </li>
          ))}
      </ul>
      <section aria-labelledby="columns-title" className="card p-4">
        <h2 id="columns-title" className="mb-2 font-semibold">数据列说明</h2>
        <ul className="list-disc space-y-1 pl-6 text-sm">
          {YEAR_CSV_HEADER.map((header) => (
            <li key={header}>{header}</li>
          ))}
        </ul>
      </section>
    </div>
  );
}
