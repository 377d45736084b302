// From source items to the parsed report: where the report starts and ends
// on the page (title … 落款; chrome removed), its department, year and
// format, the preamble, the six sections, the 落款 and every table cell.
import { CONTENT_SCHEMA_VERSION, type ParsedReportContent, type TextBlock } from '@/lib/report-format/content';
import { getFormat } from '@/lib/report-format/formats';
import type { FormatId, SectionId } from '@/lib/report-format/types';
import { findPublishedOn, isChromeLine } from './chrome';
import { ImportError } from './errors';
import { detectFormat } from './format-detect';
import { LabelBook } from './labels';
import { itemDisplay, type ExtractedSource, type SourceItem } from './model';
import { findOutline, parseSignatureLine, parseTitle, type Outline } from './outline';
import { placeRows } from './place';
import { TableReader } from './read-tables';
import type { ImportProblem, ParsedImport } from './result';
import { MAX_PREAMBLE, textBlocks } from './sections';

export interface ImportHints {
  year?: number;
  departmentName?: string;
}

const NOT_A_REPORT =
  '文件中没有找到政府信息公开工作年度报告：既没有“××局2020年政府信息公开工作年度报告”这样的标题，也没有“一、总体情况”“二、主动公开政府信息情况”等部分或统计表格。请确认导入的是年度报告正文的网页、Word 文档或文本。';

const SECTION_NAMES: Record<SectionId, string> = {
  s1: '“一、总体情况”',
  s2: '“二、主动公开政府信息情况”',
  s3: '“三、收到和处理政府信息公开申请情况”',
  s4: '“四、政府信息公开行政复议、行政诉讼情况”',
  s5: '“五、存在的主要问题及改进情况”',
  s6: '“六、其他需要报告的事项”',
};

const textOf = (item: SourceItem | undefined) => (item?.kind === 'text' ? item.text : '');

/** The first item of the report: its title, or the preamble above 一、总体情况 when there is no title. */
function reportStart(items: readonly SourceItem[], outline: Outline): number {
  if (outline.titleIndex !== null) return outline.titleIndex;
  let start = outline.headings[0]?.index ?? 0;
  while (start > 0) {
    const previous = items[start - 1]!;
    const text = textOf(previous);
    if (previous.kind !== 'text' || isChromeLine(text) || (text !== '' && text.length < 20)) break;
    start--;
  }
  return start;
}

/** The report's items with chrome left out, each numbered as a line of sourceLines. */
function keepReport(items: readonly SourceItem[], outline: Outline): SourceItem[] {
  const start = reportStart(items, outline);
  const end = outline.signatureEnd ?? items.length - 1;
  const kept = items.slice(start, end + 1).filter((item) => !(item.kind === 'text' && isChromeLine(item.text)));
  while (kept.length && kept[0]!.kind === 'text' && textOf(kept[0]) === '') kept.shift();
  return kept.map((item, line) =>
    item.kind === 'text'
      ? { ...item, line, where: item.where || `第 ${line + 1} 行` }
      : { ...item, line, cells: item.cells.map((cell) => ({ ...cell, line })) },
  );
}

/** Whether a flattened table separates its cells by one empty line (like zhanggong-finance-2020.txt). */
function isSpaced(items: readonly SourceItem[]): boolean {
  let gaps = 0;
  let separated = 0;
  let run = -1;
  for (const item of items) {
    if (item.kind !== 'text') continue;
    if (item.text === '') {
      if (run >= 0) run++;
      continue;
    }
    if (run >= 0) {
      gaps++;
      if (run > 0) separated++;
    }
    run = 0;
  }
  return gaps >= 4 && separated >= gaps * 0.6;
}

/** At most this many problems are listed; a source with thousands of unreadable values gets a count. */
const MAX_PROBLEMS = 300;

function capped(problems: ImportProblem[]): ImportProblem[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  return [...problems.slice(0, MAX_PROBLEMS), { level: 'error', message: `另有 ${problems.length - MAX_PROBLEMS} 个问题未列出：原文大量内容无法读取，请核对导入的文件。` }];
}

export function readReport(source: ExtractedSource, hints: ImportHints, encoding: ParsedImport['encoding']): ParsedImport {
  const found = findOutline(source.items);
  if (!(found.headings.length >= 3 || (found.title && found.headings.length >= 1))) throw new ImportError(NOT_A_REPORT);
  const items = keepReport(source.items, found);
  const outline = findOutline(items);
  const problems: ImportProblem[] = [];

  const titleLine = outline.titleText;
  const pageTitle = source.pageTitle?.split(/[_|]|\s[-–—]\s/u)[0]?.trim() ?? '';
  const titleParts = outline.title ?? (pageTitle ? parseTitle(pageTitle) : null);
  const title = titleLine ?? (titleParts ? pageTitle : null);
  if (!titleParts) problems.push({ level: 'warning', message: '原文中没有找到报告标题（××2020年政府信息公开工作年度报告），部门和年度需要核对。' });

  const preambleItems = items.slice(outline.titleEnd === null ? 0 : outline.titleEnd + 1, outline.headings[0]?.index ?? 0);
  const preambleLines = preambleItems.filter((item) => item.kind === 'text' && item.text !== '').map(textOf);
  const periodYear = /统计期限[自从]?\s*(\d{4})\s*年\s*1\s*月\s*1\s*日/u.exec(preambleLines.join(''))?.[1];
  const year = titleParts?.year ?? (periodYear ? Number(periodYear) : (hints.year ?? null));
  const departmentName = titleParts?.department ?? hints.departmentName ?? null;
  if (hints.year !== undefined && year !== null && hints.year !== year) {
    problems.push({ level: 'warning', message: `原文的报告年度为 ${year} 年，与指定的 ${hints.year} 年不同，请核对。` });
  }
  if (hints.departmentName && departmentName && hints.departmentName !== departmentName) {
    problems.push({ level: 'warning', message: `原文的部门为“${departmentName}”，与指定的“${hints.departmentName}”不同，请核对。` });
  }
  if (year !== null && year < 2019) {
    throw new ImportError(`这是 ${year} 年度的报告：2019 年以前的政府信息公开工作年度报告没有全国统一格式，无法导入。`);
  }

  const detected = detectFormat(items, year);
  problems.push(...detected.problems);
  const formatId: FormatId | null = detected.formatId;

  // Where each section's items are: from its heading to the next heading (the last one to the 落款).
  const signatureStart = outline.signatureStart ?? items.length;
  const regions = outline.headings.map((heading, index) => ({
    id: heading.id,
    items: items.slice(heading.index + 1, outline.headings[index + 1]?.index ?? signatureStart),
  }));

  // Without the headings of sections 二 to 四, the tables are read wherever they are.
  const tableRegions = regions.filter((region) => ['s2', 's3', 's4'].includes(region.id));
  const headless = tableRegions.length === 0;
  if (headless) tableRegions.push({ id: 's2', items: items.filter((item) => item.kind === 'row') });

  const sections: Record<string, TextBlock[]> = {};
  for (const region of regions.filter((candidate) => ['s1', 's5', 's6'].includes(candidate.id))) {
    const tables = new Set(region.items.flatMap((item) => (item.kind === 'row' ? [item.table] : [])));
    if (tables.size && !headless) problems.push({ level: 'warning', message: `${SECTION_NAMES[region.id]}中有 ${tables.size} 个表格，文字部分只导入段落，表格未导入。` });
    const text = textBlocks(region.items.flatMap((item) => (item.kind === 'text' ? [item.text] : [])), SECTION_NAMES[region.id]);
    sections[region.id] = text.blocks;
    problems.push(...text.notes.map((message) => ({ level: 'warning' as const, message })));
  }
  for (const id of ['s1', 's2', 's3', 's4', 's5', 's6'] as const) {
    if (!outline.headings.some((heading) => heading.id === id)) {
      problems.push({ level: id === 's1' || id === 's5' || id === 's6' ? 'error' : 'warning', message: `原文中没有找到${SECTION_NAMES[id]}部分的标题。` });
    }
  }

  let content: ParsedReportContent = {
    schemaVersion: CONTENT_SCHEMA_VERSION,
    preamble: preambleLines.join('\n').slice(0, MAX_PREAMBLE),
    sections,
    tables: {},
    carried: [],
    signature: { organization: '', date: null },
  };
  if (preambleLines.join('\n').length > MAX_PREAMBLE) problems.push({ level: 'warning', message: `报告开头段落超过 ${MAX_PREAMBLE} 字，已截断。` });

  const signatureLines = outline.signatureEnd !== null ? items.slice(signatureStart, outline.signatureEnd + 1).map(textOf) : [];
  const signed = signatureLines.length ? parseSignatureLine(signatureLines.at(-1)!) : null;
  if (signed) {
    const organization = (signed.organization || (signatureLines.length > 1 ? signatureLines[0]! : '')).slice(0, 100);
    content.signature = { organization, date: signed.date };
    if (!organization) problems.push({ level: 'warning', message: '落款只有日期，没有找到发布单位。' });
  } else {
    problems.push({ level: 'warning', message: '原文末尾没有找到落款（发布单位和日期）。' });
  }

  let sources: ParsedImport['sources'] = {};
  let confidence: ParsedImport['confidence'] = [];
  if (formatId) {
    const format = getFormat(formatId);
    const reader = new TableReader(new LabelBook(format), isSpaced(tableRegions.flatMap((region) => region.items)));
    for (const region of tableRegions) {
      reader.section(region.id);
      for (const item of region.items) reader.item(item);
    }
    reader.finish();
    const placed = placeRows(format, reader.rows);
    problems.push(...reader.problems, ...placed.problems);
    content = { ...content, tables: placed.tables, ...(Object.keys(placed.printedTotals).length ? { printedTotals: placed.printedTotals } : {}) };
    sources = placed.sources;
    confidence = placed.confidence;
  }

  const publishedOn =
    source.metaDate ?? findPublishedOn([...source.items.flatMap((item) => (item.kind === 'text' ? [item.text] : [])), ...(source.extraText ? source.extraText.split(/\n/) : [])]);

  return {
    title,
    departmentName,
    year,
    formatId,
    content,
    sources,
    confidence,
    problems: capped(problems),
    sourceLines: items.map(itemDisplay),
    publishedOn,
    encoding,
  };
}
