'use client';

// The source and what was read from it, side by side: per table how many
// cells were read and which could not be, the rule results, and the report
// in the official layout — clicking a number shows where it came from.
import { useEffect, useRef } from 'react';
import { IssueList } from '@/components/editor/issue-list';
import { ReportTable } from '@/components/report/report-tables';
import { getFormat, getTable } from '@/lib/report-format/formats';
import { printedBlocks } from '@/lib/report-format/printed-blocks';
import type { ImportPreview } from '@/lib/reports/import-preview';
import { cellHash } from './cell-hash';

/** Lines of the source shown at once (a long file shows its start and the lines around the chosen cell). */
const LINES_SHOWN = 1500;

function SourcePane({ lines, line }: { lines: string[]; line: number | undefined }) {
  const chosen = useRef<HTMLLIElement>(null);
  useEffect(() => chosen.current?.scrollIntoView({ block: 'center' }), [line]);
  const from = line !== undefined && line >= LINES_SHOWN ? Math.max(0, line - 50) : 0;
  const shown = lines.slice(from, from + LINES_SHOWN);
  return (
    <div className="max-h-[70vh] overflow-auto rounded border border-line bg-paper p-2 font-mono text-xs" role="region" aria-label="原文" tabIndex={0}>
      {from > 0 && <p className="text-muted">……（前 {from} 行略）</p>}
      <ol start={from + 1} className="list-decimal pl-12">
        {shown.map((text, index) => (
          <li key={from + index} ref={from + index === line ? chosen : undefined} className={from + index === line ? 'bg-warn-soft font-semibold' : undefined}>
            <span className="whitespace-pre-wrap">{text || ' '}</span>
          </li>
        ))}
      </ol>
      {from + shown.length < lines.length && <p className="text-muted">……（后 {lines.length - from - shown.length} 行略）</p>}
    </div>
  );
}

export function ImportPreviewView({ preview, fileName, selectedCell }: { preview: ImportPreview; fileName: string; selectedCell: string | null }) {
  const { parsed, department, year, issues } = preview;
  const format = parsed.formatId ? getFormat(parsed.formatId) : null;
  const source = selectedCell ? parsed.sources[selectedCell] : undefined;
  return (
    <section aria-labelledby="preview-title" className="space-y-4">
      <h2 id="preview-title" className="text-lg font-semibold">
        2. 核对读取结果（{fileName}）
      </h2>
      <dl className="card grid gap-2 p-4 text-sm sm:grid-cols-2" data-testid="import-detected">
        <div>
          <dt className="text-muted">标题</dt>
          <dd>{parsed.title ?? '未识别'}</dd>
        </div>
        <div>
          <dt className="text-muted">部门</dt>
          <dd>{department ? department.name : `未找到（标题中为“${parsed.departmentName ?? '无'}”），请填写部门网址标识`}</dd>
        </div>
        <div>
          <dt className="text-muted">年度</dt>
          <dd>{year ?? '未识别，请填写年度'}</dd>
        </div>
        <div>
          <dt className="text-muted">格式</dt>
          <dd>{format ? format.source : '未识别'}</dd>
        </div>
        {preview.notices.map((notice) => (
          <div key={notice} className="sm:col-span-2">
            <dt className="sr-only">请注意</dt>
            <dd className="text-warn">{notice}</dd>
          </div>
        ))}
      </dl>

      <div className="card overflow-x-auto p-4">
        <table className="w-full text-left text-sm" data-testid="import-confidence">
          <caption className="mb-2 text-left font-semibold">各表格读取情况</caption>
          <thead className="bg-canvas">
            <tr>
              <th scope="col" className="px-3 py-1.5">表格</th>
              <th scope="col" className="px-3 py-1.5">读出的单元格</th>
              <th scope="col" className="px-3 py-1.5">无法读取</th>
            </tr>
          </thead>
          <tbody>
            {parsed.confidence.map((table) => (
              <tr key={table.tableId} className="border-t border-line">
                <th scope="row" className="px-3 py-1.5 font-normal">{format ? getTable(format, table.tableId).messageName : table.tableId}</th>
                <td className="px-3 py-1.5">
                  {table.found} / {table.expected}
                </td>
                <td className={`px-3 py-1.5 ${table.unreadable ? 'text-danger' : ''}`}>{table.unreadable}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {parsed.problems.length > 0 && (
          <ul className="mt-3 space-y-1 text-sm" aria-label="读取问题" data-testid="import-problems">
            {parsed.problems.map((problem, index) => (
              <li key={index} className={problem.level === 'error' ? 'text-danger' : 'text-warn'}>
                {problem.level === 'error' ? '无法读取：' : '注意：'}
                {problem.message}
              </li>
            ))}
          </ul>
        )}
      </div>

      <div className="card space-y-2 p-4">
        <h3 className="font-semibold">规则和质量检查</h3>
        <IssueList issues={issues} linkable={false} />
      </div>

      <div className="grid gap-4 lg:grid-cols-2">
        <div className="space-y-2">
          <h3 className="font-semibold">原文</h3>
          <p className="text-sm" role="status" data-testid="cell-source">
            {source ? `所选数字的来源：${source.where}，原文“${source.text}”。` : '点击右侧表格中的数字，查看它在原文中的位置。'}
          </p>
          <SourcePane lines={parsed.sourceLines} line={source?.line} />
        </div>
        <div className="space-y-2">
          <h3 className="font-semibold">读取结果</h3>
          {format && (
            <article className="report-document max-h-[75vh] overflow-auto rounded border border-line bg-paper p-4" aria-label="读取结果">
              {parsed.content.preamble && <p className="report-preamble">{parsed.content.preamble}</p>}
              {format.sections.map((section) => (
                <section key={section.id} aria-labelledby={`import-${section.id}`} className="report-section">
                  <h4 id={`import-${section.id}`}>
                    {section.number}、{section.title}
                  </h4>
                  {section.kind === 'text'
                    ? printedBlocks(parsed.content.sections[section.id] ?? []).map((block, index) =>
                        block.type === 'heading' ? <h5 key={index}>{block.text}</h5> : <p key={index}>{block.text}</p>,
                      )
                    : (section.tables ?? []).map((tableId) => (
                        <ReportTable
                          key={tableId}
                          table={getTable(format, tableId)}
                          values={parsed.content.tables[tableId]}
                          printed={parsed.content.printedTotals?.[tableId]}
                          idPrefix="import-"
                          cellHref={(table, row, column) => cellHash(table, row, column)}
                        />
                      ))}
                </section>
              ))}
              <div className="report-signature">
                <p>{parsed.content.signature.organization}</p>
                <p>{parsed.content.signature.date}</p>
              </div>
            </article>
          )}
        </div>
      </div>
    </section>
  );
}
