import Link from 'next/link';
import type { QualityResult } from '@/lib/quality/report-quality';
import { getFormat } from '@/lib/report-format/formats';

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** In the editor: the 雷同 warnings (sections much like another report) and the score, with a link to the side-by-side view. */
export function SimilarityNotice({ quality, formatId, qualityHref }: { quality: QualityResult; formatId: string; qualityHref: string }) {
  const format = getFormat(formatId);
  const title = (sectionId: string) => {
    const section = format.sections.find((each) => each.id === sectionId);
    return section ? `${section.number}、${section.title}` : sectionId;
  };
  return (
    <section aria-labelledby="similarity-title" className={`rounded border px-4 py-3 text-sm ${quality.similar.length ? 'border-warn bg-warn-soft' : 'border-line bg-paper'}`} data-testid="similarity-notice">
      <h2 id="similarity-title" className="font-semibold">
        质量评分 {quality.score.total} 分{quality.similar.length ? `，${quality.similar.length} 处雷同提示` : ''}
      </h2>
      {quality.similar.length > 0 && (
        <ul className="mt-1 list-disc space-y-0.5 pl-5">
          {quality.similar.slice(0, 5).map((similar) => (
            <li key={`${similar.sectionId}-${similar.reportId}`}>
              警告：“{title(similar.sectionId)}”与{similar.departmentName}
              {similar.year}年度报告{similar.kind === 'previous' ? '（本部门上一年度）' : ''}相同的文字占 {percent(similar.resemblance)}，请结合本年度工作实际撰写。
            </li>
          ))}
        </ul>
      )}
      <p className="mt-1">
        <Link href={qualityHref} className="text-brand underline">
          查看评分明细{quality.similar.length ? '和相同段落对照' : ''}
        </Link>
        <span className="text-muted">（按已保存的内容计算，保存后刷新页面更新）</span>
      </p>
    </section>
  );
}
