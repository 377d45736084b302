import Link from 'next/link';
import { PublishedReport } from '@/components/report/published-report';
import type { PublicReport } from '@/lib/public/get-public-report';
import { editionPath, reportDocumentPath, reportJsonPath, reportPath, tableCsvPath, yearFilePath } from '@/lib/public/urls';
import { formatDate } from '@/lib/format-time';
import { DepartmentBreadcrumb } from './breadcrumb';
import { PrintButton } from './print-button';
import { ViewCounter } from './view-counter';

/** A report's public page: the official layout, with edition history and downloads. */
export function PublicReportView({ data }: { data: PublicReport & { shown: NonNullable<PublicReport['shown']> } }) {
  const { department, year, report, shown, editions } = data;
  const current = editions.find((edition) => edition.current);
  return (
    <div className="space-y-6">
      <DepartmentBreadcrumb department={department} linkDepartment />
      {report?.isDemo && (
        <p role="note" className="rounded border border-warn bg-warn-soft px-4 py-2 text-sm text-warn">
          演示数据：本报告由系统生成，用于演示，不代表{department.name}的真实情况。
        </p>
      )}
      {report?.importedAt && (
        <p role="note" className="rounded border border-line bg-paper px-4 py-2 text-sm" data-testid="imported-note">
          本报告由已公开发布的原文导入{report.importSource ? `（${report.importSource}）` : ''}，内容和数字以原文为准；原文合计与各项之和不一致处标注“原文如此”。
        </p>
      )}
      {!data.shownIsCurrent && (
        <p role="note" className="rounded border border-brand bg-brand-soft px-4 py-2 text-sm">
          您正在查看第 {shown.edition.number} 版（{formatDate(shown.edition.publishedAt)}发布），该版本已被更正。
          {current && (
            <Link href={reportPath(department.slug, year)} className="inline-link ml-1 text-brand underline">
              查看现行第 {current.number} 版
            </Link>
          )}
        </p>
      )}
      <div className="no-print flex flex-wrap items-center gap-x-6 gap-y-2 text-sm text-muted">
        <span>发布日期：{formatDate(shown.edition.publishedAt)}</span>
        <span>
          访问量：{report && data.shownIsCurrent ? <ViewCounter reportId={report.id} initialViews={report.viewCount} /> : report ? report.viewCount : '—'}
        </span>
        {shown.edition.number > 1 && <span>第 {shown.edition.number} 版</span>}
        <span className="ml-auto">
          <PrintButton />
        </span>
      </div>
      {shown.edition.changeNote && (
        <section aria-labelledby="change-note-title" className="rounded border border-ok bg-ok-soft px-4 py-3 text-sm">
          <h2 id="change-note-title" className="font-semibold">
            更正说明（{formatDate(shown.edition.publishedAt)}）
          </h2>
          <p className="mt-1">{shown.edition.changeNote}</p>
        </section>
      )}
      <div className="rounded-md bg-paper px-5 py-8 shadow-sm sm:px-10">
        <PublishedReport format={shown.format} content={shown.content} title={shown.title} />
      </div>
      {editions.length > 1 && (
        <section aria-labelledby="editions-title" className="no-print card p-4">
          <h2 id="editions-title" className="mb-2 font-semibold">
            版本记录
          </h2>
          <ol className="space-y-2 text-sm">
            {editions.map((edition) => (
              <li key={edition.number}>
                <Link
                  href={edition.current ? reportPath(department.slug, year) : editionPath(department.slug, year, edition.number)}
                  className="inline-link text-brand underline"
                  aria-current={edition.number === shown.edition.number ? 'page' : undefined}
                >
                  第 {edition.number} 版
                </Link>
                ，{formatDate(edition.publishedAt)}发布{edition.current ? '（现行版本）' : ''}
                {edition.changeNote && <span className="block text-muted">更正说明：{edition.changeNote}</span>}
              </li>
            ))}
          </ol>
        </section>
      )}
      {data.shownIsCurrent && (
        <section aria-labelledby="downloads-title" className="no-print card p-4">
          <h2 id="downloads-title" className="mb-2 font-semibold">
            下载
          </h2>
          <ul className="flex flex-wrap gap-x-6 gap-y-2 text-sm">
            <li>
              <a href={reportDocumentPath(department.slug, year, 'docx')} className="inline-link text-brand underline" download>
                Word 版（.docx）
              </a>
            </li>
            <li>
              <a href={reportDocumentPath(department.slug, year, 'pdf')} className="inline-link text-brand underline" download>
                PDF 版
              </a>
            </li>
            <li>
              <a href={reportJsonPath(department.slug, year)} className="inline-link text-brand underline" download>
                全文数据（JSON）
              </a>
            </li>
            {shown.format.tables.map((table) => (
              <li key={table.id}>
                <a href={tableCsvPath(department.slug, year, table.id)} className="inline-link text-brand underline">
                  {table.messageName}（CSV）
                </a>
              </li>
            ))}
            <li>
              <a href={yearFilePath(year, 'csv')} className="inline-link text-brand underline">
                全区{year}年度数据（CSV）
              </a>
            </li>
          </ul>
        </section>
      )}
    </div>
  );
}
