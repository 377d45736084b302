// Site chrome around a report on a government web page (关怀版 / 无障碍 links,
// 访问量, breadcrumbs, font-size and print buttons, share bars, the article's
// metadata line, footers) and the page's publication date.
import { isCalendarDate } from '@/lib/report-format/content';
import { cleanText, startsWithSubNumbering } from './normalize';

const CHROME_LINE: readonly RegExp[] = [
  /访问(量|次数)|浏览(量|次数)|阅读(量|数|次数)|点击(量|数|次数)/,
  /关怀版|无障碍|长者模式|老年模式|简体版|繁體版|繁体版|english/i,
  /当前(所在)?位置|您的位置|所在位置|首页\s*[>＞›»]/,
  /字号|字体\s*[:：]?\s*[【\[]?\s*大|[【\[]\s*大\s*[】\]]?\s*[【\[]?\s*中\s*[】\]]?\s*[【\[]?\s*小/,
  /打印本页|打印此页|【\s*打印\s*】|\[\s*打印\s*\]|^打印$|关闭窗口|关闭本页|【\s*关闭\s*】|^关闭$|返回顶部|分享到|扫一扫|^收藏$|加入收藏/,
  /版权所有|主办单位|承办单位|^主办\s*[:：]|^承办\s*[:：]|技术支持|网站标识码|icp\s*备|公网安备|copyright|©|网站地图|联系我们|我要纠错|网站纠错/i,
  /发布时间|发布日期|发布机构|信息来源|^来源\s*[:：]|作者\s*[:：]|索引号|^文号\s*[:：]|主题分类|生成日期|有效性\s*[:：]|成文日期|公开方式|公开范围|体裁分类/,
  /^上一篇|^下一篇|^相关(文章|链接|阅读|新闻)/,
];

/** Whether a short line is page chrome. Report text (long, or numbered) never is. */
export function isChromeLine(text: string): boolean {
  const line = text.trim();
  // A sentence (……。) is report text even when it mentions 无障碍 or 访问量.
  if (line === '' || line.length > 80 || startsWithSubNumbering(line) || /[。；;！!？?]$/u.test(line)) return false;
  return CHROME_LINE.some((pattern) => pattern.test(line));
}

const PUBLISHED = /(?:发布时间|发布日期|发布于|发文日期)\s*[:：]?\s*(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})/;

/** The page's publication date (发布时间 / 发布日期), YYYY-MM-DD, or null. */
export function findPublishedOn(texts: Iterable<string>): string | null {
  for (const text of texts) {
    if (!/发布|发文/.test(text)) continue;
    const match = PUBLISHED.exec(cleanText(text));
    if (!match) continue;
    const date = `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`;
    if (isCalendarDate(date)) return date;
  }
  return null;
}
