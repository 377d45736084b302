import type { QualityDetail } from '@/lib/quality/quality-detail';
import { SIMILARITY_COPY, SIMILARITY_WARNING } from '@/lib/quality/score';
import type { Segment } from '@/lib/quality/highlight';

const percent = (share: number) => `${Math.round(share * 100)}%`;

function Marked({ segments }: { segments: Segment[] }) {
  return (
    <p className="whitespace-pre-wrap leading-relaxed">
      {segments.map((segment, index) =>
        segment.shared ? (
          <mark key={index} className="bg-warn-soft text-ink underline decoration-warn decoration-2">
            {segment.text}
          </mark>
        ) : (
          <span key={index}>{segment.text}</span>
        ),
      )}
    </p>
  );
}

/** The quality score with its four parts explained, and 雷同 passages side by side. */
export function QualityPanel({ detail, headingLevel = 2 }: { detail: QualityDetail; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const Sub = headingLevel === 2 ? 'h3' : 'h4';
  return (
    <section id="quality" aria-labelledby="quality-title" className="card space-y-4 p-4">
      <Heading id="quality-title" className="text-lg font-semibold">
        质量评分：<span data-testid="quality-score">{detail.score.total}</span> / 100
      </Heading>
      <p className="text-sm text-muted">四项各 25 分，得分规则公开如下，没有隐藏权重。</p>
      <table className="w-full text-left text-sm">
        <caption className="sr-only">质量评分明细</caption>
        <thead className="bg-canvas">
          <tr>
            <th scope="col" className="px-3 py-2">项目</th>
            <th scope="col" className="px-3 py-2">得分</th>
            <th scope="col" className="px-3 py-2">说明</th>
          </tr>
        </thead>
        <tbody>
          {detail.score.parts.map((part) => (
            <tr key={part.key} className="border-t border-line align-top">
              <th scope="row" className="px-3 py-2">{part.label}</th>
              <td className="px-3 py-2 whitespace-nowrap">
                {part.points} / {part.max}
              </td>
              <td className="px-3 py-2">{part.explanation}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Sub className="font-semibold">雷同检查</Sub>
      <p className="text-sm text-muted">
        逐部分与本部门上一年度报告、本区同年其他部门已发布的报告比较（不计年份和数字的差别）。相同文字达到 {percent(SIMILARITY_WARNING)} 提示，达到 {percent(SIMILARITY_COPY)} 视为照搬。
      </p>
      {detail.comparisons.length === 0 ? (
        <p className="text-sm text-ok" data-testid="similarity-none">
          {detail.highest === null ? '没有可比较的报告。' : `未发现雷同：与其他报告相同的文字最多占 ${percent(detail.highest)}。`}
        </p>
      ) : (
        detail.comparisons.map((comparison) => (
          <div key={`${comparison.sectionId}-${comparison.reportId}`} className="space-y-2 rounded border border-warn p-3" data-testid="similarity-comparison">
            <p className="font-medium text-warn">
              “{comparison.sectionTitle}”与{comparison.departmentName}
              {comparison.year}年度报告{comparison.kind === 'previous' ? '（本部门上一年度）' : ''}相同的文字占 {percent(comparison.resemblance)}
            </p>
            <div className="grid gap-4 md:grid-cols-2">
              <div>
                <p className="mb-1 text-xs text-muted">本报告（标记部分与对方相同）</p>
                <Marked segments={comparison.own} />
              </div>
              <div>
                <p className="mb-1 text-xs text-muted">
                  {comparison.departmentName}
                  {comparison.year}年度报告
                </p>
                <Marked segments={comparison.theirs} />
              </div>
            </div>
          </div>
        ))
      )}
    </section>
  );
}
