// A web page (or the HTML mammoth makes of a Word document) as source items:
// paragraphs and headings as lines, data tables as rows with merged cells
// expanded. Navigation, footers, scripts and hidden parts are left out.
import { parse, type DefaultTreeAdapterTypes as Tree } from 'parse5';
import { ImportError, MAX_HTML_TAGS, MAX_SOURCE_LINES, tooManyLines } from './errors';
import { tableItems, type RawCell } from './grid';
import type { ExtractedSource, SourceItem } from './model';
import { collapseSpace } from './normalize';

const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'head', 'nav', 'footer', 'aside', 'form', 'button', 'select', 'option',
  'iframe', 'svg', 'img', 'input', 'textarea', 'object', 'video', 'audio', 'canvas', 'map', 'title',
]);
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt',
  'dd', 'blockquote', 'pre', 'center', 'address', 'figure', 'figcaption', 'hr', 'table', 'tbody', 'thead', 'tfoot',
  'tr', 'td', 'th', 'caption', 'body', 'html',
]);
/** class / id words of site chrome: menus, breadcrumbs, share bars, footers. */
const CHROME = /(^|[\s_-])(nav|navbar|menu|footer|foot|breadcrumbs?|crumbs?|sidebar|share|bdsharebuttonbox|toolbar|topbar|copyright|friendlinks?|shortcut)([\s_-]|$)/i;

/** Classes that hide an element (the page's style sheet is not read). */
const HIDDEN_CLASS = /(^|\s)(hide|hidden|d-none|sr-only|visually-hidden|invisible)(\s|$)/i;

type Element = Tree.Element;
type Node = Tree.ChildNode | Tree.Document;

const isElement = (node: Node): node is Element => 'tagName' in node;
const attr = (element: Element, name: string) => element.attrs.find((candidate) => candidate.name === name)?.value;

function isHidden(element: Element): boolean {
  if (attr(element, 'hidden') !== undefined) return true;
  const style = (attr(element, 'style') ?? '').replace(/\s/g, '').toLowerCase();
  if (style.includes('display:none') || style.includes('visibility:hidden')) return true;
  const names = `${attr(element, 'class') ?? ''} ${attr(element, 'id') ?? ''}`;
  return HIDDEN_CLASS.test(names) || CHROME.test(names);
}

const children = (node: Node): Node[] => ('childNodes' in node ? (node.childNodes as Node[]) : []);

/** Pushes a node's children so that the first is popped first (no spread: a node may have 100 000 children). */
function pushChildren<T>(stack: (Node | T)[], node: Node) {
  const list = children(node);
  for (let index = list.length - 1; index >= 0; index--) stack.push(list[index]!);
}

/** Descendant elements with a tag, in document order, not looking inside `stopAt` elements; at most `limit`. */
function descendants(root: Node, tags: Set<string>, stopAt?: Set<string>, limit = Infinity): Element[] {
  const found: Element[] = [];
  const stack: Node[] = [];
  pushChildren(stack, root);
  while (stack.length && found.length < limit) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    if (tags.has(node.tagName)) found.push(node);
    if (stopAt?.has(node.tagName)) continue;
    pushChildren(stack, node);
  }
  return found;
}

/** The text of a cell: its text nodes joined (lines inside a cell continue one another). */
function cellText(cell: Element): string {
  const parts: string[] = [];
  const stack: Node[] = [];
  pushChildren(stack, cell);
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeName === '#text') parts.push((node as Tree.TextNode).value);
    else if (isElement(node) && !SKIP.has(node.tagName) && !isHidden(node)) {
      if (BLOCK.has(node.tagName) || node.tagName === 'br') parts.push('\u0000');
      pushChildren(stack, node);
    }
  }
  // Line breaks inside a cell join the pieces of one label or number (本年新 / 制作数量).
  return parts.join('').split('\u0000').map(collapseSpace).join('');
}

const TABLE_PARTS = new Set(['tr']);
const CELLS = new Set(['td', 'th']);

function tableRows(table: Element): RawCell[][] {
  return descendants(table, TABLE_PARTS, new Set(['tr', 'table'])).map((row) =>
    children(row)
      .filter((node): node is Element => isElement(node) && CELLS.has(node.tagName))
      .map((cell) => ({
        text: cellText(cell),
        rowSpan: Number.parseInt(attr(cell, 'rowspan') ?? '1', 10),
        colSpan: Number.parseInt(attr(cell, 'colspan') ?? '1', 10),
      })),
  );
}

const TABLE = new Set(['table']);

/** A table used to lay out a page (nested tables, or whole articles in a cell) is read as text. */
const hasNestedTable = (table: Element) => descendants(table, TABLE, undefined, 1).length > 0;
const isDataTable = (rows: RawCell[][]) => rows.every((cells) => cells.every((cell) => cell.text.length <= 300));

function metaDate(document: Tree.Document): string | null {
  const html = children(document).find(isElement);
  const head = html ? children(html).find((node) => isElement(node) && node.tagName === 'head') : undefined;
  if (!head || !isElement(head)) return null;
  for (const meta of descendants(head, new Set(['meta']))) {
    const name = (attr(meta, 'name') ?? attr(meta, 'property') ?? '').toLowerCase();
    if (!/^(pubdate|publishdate|firstpublishedtime|article:published_time|publish_date)$/.test(name)) continue;
    const match = /(\d{4})-(\d{1,2})-(\d{1,2})/.exec(attr(meta, 'content') ?? '');
    if (match) return `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`;
  }
  return null;
}

function pageTitle(document: Tree.Document): string | null {
  const [title] = descendants(document, new Set(['title']), undefined, 1);
  return title ? collapseSpace(cellText(title)) || null : null;
}

/** `what` names the source in messages: a web page, or the HTML of a Word document. */
export function htmlToSource(html: string, what = '网页'): ExtractedSource {
  let tags = 0;
  for (let at = html.indexOf('<'); at !== -1; at = html.indexOf('<', at + 1)) {
    const next = html.charCodeAt(at + 1);
    if ((next >= 65 && next <= 90) || (next >= 97 && next <= 122)) tags++;
  }
  if (tags > MAX_HTML_TAGS) {
    throw new ImportError(`${what}中有 ${tags} 个 HTML 元素，超过 ${MAX_HTML_TAGS} 个的上限，结构异常复杂，不像是一篇年度报告，已拒绝。`);
  }
  const document = parse(html);
  const items: SourceItem[] = [];
  let origin = 0;
  let tables = 0;
  let current = '';
  const flush = () => {
    const text = collapseSpace(current);
    current = '';
    if (text) items.push({ kind: 'text', text, where: '', line: -1 });
  };
  const FLUSH = Symbol('flush');
  const stack: (Node | typeof FLUSH)[] = [];
  pushChildren(stack, document);
  while (stack.length) {
    const entry = stack.pop()!;
    if (entry === FLUSH) {
      flush();
      continue;
    }
    if (entry.nodeName === '#text') {
      current += (entry as Tree.TextNode).value;
      continue;
    }
    if (!isElement(entry) || SKIP.has(entry.tagName) || isHidden(entry)) continue;
    if (entry.tagName === 'br') {
      flush();
      continue;
    }
    if (entry.tagName === 'table' && !hasNestedTable(entry)) {
      const rows = tableRows(entry);
      if (isDataTable(rows)) {
        flush();
        const caption = descendants(entry, new Set(['caption']))[0];
        if (caption) current = cellText(caption);
        flush();
        items.push(...tableItems(rows, ++tables, () => ++origin));
        continue;
      }
    }
    if (BLOCK.has(entry.tagName)) {
      flush();
      stack.push(FLUSH);
    }
    pushChildren(stack, entry);
    if (items.length > MAX_SOURCE_LINES) throw tooManyLines(items.length);
  }
  flush();
  return {
    items,
    pageTitle: pageTitle(document),
    metaDate: metaDate(document),
    extraText: html.length <= 4_000_000 ? html.replace(/<[^>]*>/g, ' ') : '',
  };
}
