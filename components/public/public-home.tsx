import Link from 'next/link';
import type { loadHome } from '@/lib/public/get-public-home';
import { formatChineseDate } from '@/lib/report-format/deadline';
import { directoryHref, yearFilePath } from '@/lib/public/urls';
import { ReportLink } from './report-link';

/** The portal's home: search, the latest publications, the years, the way to the departments. Counts and links only. */
export function PublicHome({ data }: { data: Awaited<ReturnType<typeof loadHome>> }) {
  const { latest, years, departments, published } = data;
  return (
    <div className="space-y-10">
      <section aria-labelledby="home-title" className="rounded-md bg-paper p-6 shadow-sm">
        <h1 id="home-title" className="text-2xl font-semibold">
          章贡区政府信息公开工作年度报告
        </h1>
        <p className="mt-2 text-muted">
          依据《中华人民共和国政府信息公开条例》，章贡区人民政府各部门于每年1月31日前公布本部门上一年度政府信息公开工作年度报告。本栏目集中发布全区
          {departments.toLocaleString('zh-CN')}个部门的年度报告，现有{published.toLocaleString('zh-CN')}份。
        </p>
        <form action="/reports" method="get" role="search" className="mt-4 flex flex-wrap gap-2">
          <label htmlFor="home-q" className="sr-only">
            搜索年度报告
          </label>
          <input id="home-q" name="q" type="search" placeholder="输入关键词，例如 依申请公开" maxLength={50} className="field-input min-w-48 max-w-md flex-1" />
          <button type="submit" className="btn-primary">
            搜索
          </button>
          <Link href="/reports" className="btn-secondary">
            年度报告目录
          </Link>
        </form>
      </section>

      <section aria-labelledby="latest-title" className="space-y-3">
        <h2 id="latest-title" className="text-xl font-semibold">
          最新发布
        </h2>
        {latest.length === 0 ? (
          <p className="text-muted">尚无已发布的年度报告。</p>
        ) : (
          <ul className="divide-y divide-line rounded-md border border-line bg-paper">
            {latest.map((report) => (
              <li key={`${report.slug}-${report.year}`} className="flex flex-wrap items-baseline gap-x-3 px-4 py-3">
                <ReportLink {...report} dateAtEnd />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="years-title" className="space-y-3">
        <h2 id="years-title" className="text-xl font-semibold">
          按年度浏览
        </h2>
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          {years.map((year) => (
            <li key={year.year} className="card p-4">
              <Link href={directoryHref({ year: year.year })} className="text-lg font-semibold text-brand underline">
                {year.year}年度报告
              </Link>
              <p className="text-sm text-muted">已发布 {year.published.toLocaleString('zh-CN')} 份</p>
              <p className="text-sm text-muted">应于{formatChineseDate(year.deadline.date)}前公布</p>
              {year.published > 0 && (
                <p className="text-sm">
                  <a href={yearFilePath(year.year, 'csv')} className="inline-link text-brand underline">
                    下载{year.year}年度数据（CSV）
                  </a>
                </p>
              )}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="departments-title" className="space-y-3">
        <h2 id="departments-title" className="text-xl font-semibold">
          部门信息公开目录
        </h2>
        <form action="/departments" method="get" role="search" className="flex flex-wrap gap-2">
          <label htmlFor="home-department" className="sr-only">
            查找部门
          </label>
          <input id="home-department" name="q" type="search" placeholder="输入部门名称，例如 财政局" maxLength={50} className="field-input min-w-48 max-w-md flex-1" />
          <button type="submit" className="btn-primary">
            查找部门
          </button>
          <Link href="/departments" className="btn-secondary">
            全部{departments.toLocaleString('zh-CN')}个部门
          </Link>
        </form>
      </section>
    </div>
  );
}
