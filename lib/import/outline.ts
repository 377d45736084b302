// The outline of a report in its source: the title (with department and
// year), the six section headings (一、总体情况 … 六、其他需要报告的事项, in order,
// with the variants real reports print) and the 落款 (issuing organisation
// and date) after the last section.
import { isCalendarDate } from '@/lib/report-format/content';
import type { SectionId } from '@/lib/report-format/types';
import type { SourceItem } from './model';
import { cleanText } from './normalize';

const NUMERALS = ['一', '二', '三', '四', '五', '六'] as const;
const SECTION_WORDS: Record<SectionId, RegExp> = {
  s1: /总体情况|概述|基本情况/,
  s2: /主动公开/,
  s3: /申请/,
  s4: /复议|诉讼/,
  s5: /问题|改进|整改/,
  s6: /其他|其它/,
};

/** The section a heading line opens (一、总体情况, 五、存在的主要问题及整改措施, …), or null. */
export function sectionHeading(text: string): SectionId | null {
  const line = cleanText(text);
  const match = /^([一二三四五六])\s*(?:[、.]\s*|\s+)(.+)$/u.exec(line);
  if (!match || line.replace(/\s/g, '').length > 45) return null;
  const id = `s${NUMERALS.indexOf(match[1] as (typeof NUMERALS)[number]) + 1}` as SectionId;
  return SECTION_WORDS[id].test(match[2]!) ? id : null;
}

export interface TitleParts {
  department: string;
  year: number;
}

const TITLE_PATTERNS: readonly [RegExp, 'department-year' | 'year-department'][] = [
  [/^(.{2,40}?)((?:19|20)\d{2})年度?政府信息公开(?:工作)?年度报告$/u, 'department-year'],
  [/^((?:19|20)\d{2})年度?(.{2,40}?)政府信息公开(?:工作)?年度报告$/u, 'year-department'],
  [/^(.{2,40}?)政府信息公开(?:工作)?年度报告[(\[【]?((?:19|20)\d{2})年?度?[)\]】]?$/u, 'department-year'],
];

/** Department and year of a title such as 章贡区财政局2020年政府信息公开工作年度报告. */
export function parseTitle(text: string): TitleParts | null {
  const line = cleanText(text).replace(/\s/g, '').replace(/^关于/, '');
  for (const [pattern, order] of TITLE_PATTERNS) {
    const match = pattern.exec(line);
    if (!match) continue;
    const [department, year] = order === 'department-year' ? [match[1]!, match[2]!] : [match[2]!, match[1]!];
    return { department: department.replace(/[,，、:：\s]+$/u, ''), year: Number(year) };
  }
  return null;
}

const CHINESE_DIGITS: Record<string, number> = { 〇: 0, '○': 0, 零: 0, O: 0, o: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

function chineseNumber(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  const match = /^([一二三])?(十)?([一二三四五六七八九])?$/u.exec(text);
  if (!match || text === '') return null;
  const [, tens, ten, ones] = match;
  if (!ten) return tens && !ones ? CHINESE_DIGITS[tens]! : ones && !tens ? CHINESE_DIGITS[ones]! : null;
  return (tens ? CHINESE_DIGITS[tens]! : 1) * 10 + (ones ? CHINESE_DIGITS[ones]! : 0);
}

const DATE_AT_END =
  /(\d{4}|[〇○零Oo一二三四五六七八九]{4})\s*年\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*日$|(\d{4})[-./](\d{1,2})[-./](\d{1,2})$/u;

/** A 落款 line: a date alone (2021年1月20日, 二〇二一年一月二十日, 2021-01-20), or an organisation and a date. */
export function parseSignatureLine(text: string): { organization: string; date: string } | null {
  const line = cleanText(text);
  const match = DATE_AT_END.exec(line);
  if (!match) return null;
  const organization = line.slice(0, match.index).trim();
  if (organization.length > 40 || /[。，,；;：:]/.test(organization)) return null;
  const yearText = match[1] ?? match[4]!;
  const year = /^\d{4}$/.test(yearText) ? Number(yearText) : Number([...yearText].map((char) => CHINESE_DIGITS[char]).join(''));
  const month = chineseNumber(match[2] ?? match[5]!);
  const day = chineseNumber(match[3] ?? match[6]!);
  if (month === null || day === null) return null;
  const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isCalendarDate(date) ? { organization, date } : null;
}

/** Whether a line can be the organisation of a 落款 (短, no sentence punctuation, no numbering). */
export function looksLikeOrganization(text: string): boolean {
  const line = cleanText(text);
  return line.length >= 2 && line.length <= 40 && !/[。，,；;：:、!?！？]/.test(line) && !/^[(（]?[一二三四五六七八九十\d]/.test(line);
}

export interface Outline {
  /** The title's line, and its last line when a page breaks the title over two. */
  titleIndex: number | null;
  titleEnd: number | null;
  titleText: string | null;
  title: TitleParts | null;
  headings: { id: SectionId; index: number }[];
  /** Where the 落款 starts (its organisation line, or its date line) and its date line. */
  signatureStart: number | null;
  signatureEnd: number | null;
}

const textOf = (item: SourceItem | undefined) => (item?.kind === 'text' ? item.text : '');

export function findOutline(items: readonly SourceItem[]): Outline {
  const headings: Outline['headings'] = [];
  let last = 0;
  items.forEach((item, index) => {
    if (item.kind !== 'text' || item.text.length > 60) return;
    const id = sectionHeading(item.text);
    if (!id) return;
    const order = Number(id.slice(1));
    if (order > last) {
      headings.push({ id, index });
      last = order;
    }
  });
  const firstHeading = headings[0]?.index ?? items.length;
  let [titleIndex, titleEnd, titleText, title]: [number | null, number | null, string | null, TitleParts | null] = [null, null, null, null];
  for (let index = 0; index < firstHeading; index++) {
    const line = textOf(items[index]);
    if (line.length > 80) continue;
    const parts = parseTitle(line);
    if (parts) {
      [titleIndex, titleEnd, titleText, title] = [index, index, line, parts];
      continue;
    }
    // A long title broken over two lines (章贡区财政局 / 2020年政府信息公开工作年度报告).
    const next = index + 1 < firstHeading ? textOf(items[index + 1]) : '';
    const joined = next && next.length <= 60 && !parseTitle(next) ? parseTitle(`${line}${next}`) : null;
    if (joined) [titleIndex, titleEnd, titleText, title] = [index, index + 1, `${line}${next}`, joined];
  }
  let signatureStart: number | null = null;
  let signatureEnd: number | null = null;
  const lastText = [...headings].reverse().find((heading) => ['s5', 's6'].includes(heading.id));
  if (lastText) {
    for (let index = lastText.index + 1; index < items.length; index++) {
      const line = textOf(items[index]);
      const signature = line.length <= 60 ? parseSignatureLine(line) : null;
      if (!signature) continue;
      signatureEnd = index;
      signatureStart = index;
      if (!signature.organization) {
        let previous = index - 1;
        while (previous > lastText.index && textOf(items[previous]).trim() === '' && items[previous]?.kind === 'text') previous--;
        if (previous > lastText.index && looksLikeOrganization(textOf(items[previous]))) signatureStart = previous;
      }
      break;
    }
  }
  return { titleIndex, titleEnd, titleText, title, headings, signatureStart, signatureEnd };
}
