// Which national format a report uses: by its year (2019–2020: 国办公开办函
// 〔2019〕60号; from 2021: 〔2021〕30号) and by the labels its tables print.
// When the two disagree, the tables decide (they are what can be read), and
// the disagreement is reported.
import { getFormat } from '@/lib/report-format/formats';
import type { FormatId } from '@/lib/report-format/types';
import type { SourceItem } from './model';
import { labelKey } from './normalize';
import type { ImportProblem } from './result';

const MARKERS: Record<FormatId, readonly string[]> = {
  'gov-2019': ['本年新制作数量', '本年新公开数量', '对外公开总数量', '上一年项目数量', '本年增减', '采购项目数量', '采购总金额', '第二十条第九项', '政府集中采购'],
  'gov-2021': ['本年制发件数', '本年废止件数', '现行有效件数', '本年处理决定数量', '本年收费金额', '逾期不补正', '逾期未按收费通知要求缴纳费用'],
};

export const formatOfYear = (year: number): FormatId => (year <= 2020 ? 'gov-2019' : 'gov-2021');

export function detectFormat(items: readonly SourceItem[], year: number | null): { formatId: FormatId | null; problems: ImportProblem[] } {
  const hits: Record<FormatId, Set<string>> = { 'gov-2019': new Set(), 'gov-2021': new Set() };
  for (const item of items) {
    const texts = item.kind === 'text' ? [item.text] : item.cells.map((cell) => cell.text);
    for (const text of texts) {
      if (text.length > 80) continue;
      const key = labelKey(text);
      for (const id of ['gov-2019', 'gov-2021'] as const) {
        for (const marker of MARKERS[id]) if (key.includes(marker)) hits[id].add(marker);
      }
    }
  }
  const old = hits['gov-2019'].size;
  const current = hits['gov-2021'].size;
  const byTables: FormatId | null = old > current ? 'gov-2019' : current > old ? 'gov-2021' : null;
  const byYear = year === null ? null : formatOfYear(year);
  const problems: ImportProblem[] = [];
  if (byTables && byYear && byTables !== byYear) {
    problems.push({
      level: 'warning',
      message: `报告年度为 ${year} 年，应使用${getFormat(byYear).source}的格式，但原文的表格是${getFormat(byTables).source}的格式；已按原文表格的格式读取，请核对。`,
    });
  }
  if (!byTables && !byYear) problems.push({ level: 'error', message: '无法确定报告的年度和格式：原文中没有年度，表格也不足以判断格式，表格数值未导入。' });
  return { formatId: byTables ?? byYear, problems };
}
