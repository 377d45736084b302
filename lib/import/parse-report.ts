// One parser for past reports: a saved web page (UTF-8 or GBK/GB18030, site
// chrome around the report), the text of a page as a browser copy gives it
// (tables flattened to one cell per line, or one row per line with TAB-separated
// cells), a .txt file, or a Word .docx. It finds the department, the year and
// the format, the preamble, the six sections, the 落款 and every cell of
// tables 二, 三 and 四, says where each cell came from, and names every table,
// row and column it could not read. Garbage is refused with an ImportError
// whose message is Chinese, in bounded time and memory. Pure: nothing is stored.
import { binaryKind, decodeText, isZip } from './decode';
import { docxToSource } from './docx';
import { ImportError, MAX_INPUT_BYTES, formatMegabytes } from './errors';
import { htmlToSource } from './html';
import type { ExtractedSource } from './model';
import { readReport, type ImportHints } from './report';
import type { ImportInput, ImportKind, ParsedImport } from './result';
import { textToSource } from './text';

export { ImportError, MAX_INPUT_BYTES } from './errors';
export type { CellSource, ImportInput, ImportKind, ImportProblem, ParsedImport, TableConfidence } from './result';
export type { ImportHints } from './report';

const HTML_START = /^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<meta[\s>]|<body[\s>]|<!--)/i;

/** The kind of an uploaded file: by its first bytes (zip → docx, markup → html), then by its extension. */
export function detectKind(fileName: string, bytes: Uint8Array): ImportKind {
  if (isZip(bytes)) return 'docx';
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  if (binaryKind(bytes)) return extension === 'docx' || extension === 'doc' ? 'docx' : extension === 'html' || extension === 'htm' ? 'html' : 'text';
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).replace(/^\ufeff|^ï»¿/, '');
  if (HTML_START.test(head)) return 'html';
  if (['html', 'htm', 'shtml', 'xhtml', 'mht'].includes(extension)) return 'html';
  if (extension === 'docx' || extension === 'doc') return 'docx';
  return 'text';
}

export async function parseReport(input: ImportInput, hints: ImportHints = {}): Promise<ParsedImport> {
  const { bytes } = input;
  if (bytes.length > MAX_INPUT_BYTES) {
    throw new ImportError(`文件大小为 ${formatMegabytes(bytes.length)}，超过 ${formatMegabytes(MAX_INPUT_BYTES)} 的上限，无法导入。年度报告的网页、Word 文档或文本通常不超过 2 MB。`);
  }
  if (bytes.length === 0) throw new ImportError('文件是空的（0 字节），没有可导入的内容。');
  let source: ExtractedSource;
  let encoding: ParsedImport['encoding'] = null;
  if (input.kind === 'docx') {
    source = await docxToSource(bytes);
  } else {
    const decoded = decodeText(bytes, input.kind);
    encoding = decoded.encoding;
    if (decoded.text.trim() === '') throw new ImportError('文件中只有空白，没有可导入的内容。');
    source = input.kind === 'html' ? htmlToSource(decoded.text) : textToSource(decoded.text);
  }
  if (!source.items.some((item) => item.kind === 'row' || item.text !== '')) {
    throw new ImportError('文件中没有文字内容，无法导入。');
  }
  return readReport(source, hints, encoding);
}
