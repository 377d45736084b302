// Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, or GBK /
// GB18030 (declared by the page's <meta charset> or found by trying), and the
// refusal of binary files (images, PDF, archives, anything with NUL bytes or
// bytes that no supported encoding reads).
import { ImportError } from './errors';

const SIGNATURES: [bytes: number[], name: string][] = [
  [[0x89, 0x50, 0x4e, 0x47], 'PNG 图片'],
  [[0xff, 0xd8, 0xff], 'JPEG 图片'],
  [[0x47, 0x49, 0x46, 0x38], 'GIF 图片'],
  [[0x42, 0x4d], 'BMP 图片'],
  [[0x52, 0x49, 0x46, 0x46], 'RIFF 媒体文件（图片、音频或视频）'],
  [[0x25, 0x50, 0x44, 0x46], 'PDF 文件'],
  [[0xd0, 0xcf, 0x11, 0xe0], '旧版 Office 文件（.doc / .xls）'],
  [[0x50, 0x4b, 0x03, 0x04], 'ZIP 压缩包'],
  [[0x50, 0x4b, 0x05, 0x06], 'ZIP 压缩包'],
  [[0x52, 0x61, 0x72, 0x21], 'RAR 压缩包'],
  [[0x37, 0x7a, 0xbc, 0xaf], '7z 压缩包'],
  [[0x1f, 0x8b], 'gzip 压缩包'],
  [[0x7f, 0x45, 0x4c, 0x46], '程序文件'],
  [[0x4d, 0x5a], '程序文件'],
];

/** What a binary file is, by its first bytes, or null. */
export function binaryKind(bytes: Uint8Array): string | null {
  for (const [signature, name] of SIGNATURES) {
    if (signature.every((byte, index) => bytes[index] === byte)) return name;
  }
  return null;
}

export const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05) && (bytes[3] === 0x04 || bytes[3] === 0x06);

const decoderFor = (label: string) => new TextDecoder(label, { fatal: true, ignoreBOM: false });

function tryDecode(bytes: Uint8Array, label: string): string | null {
  try {
    return decoderFor(label).decode(bytes);
  } catch {
    return null;
  }
}

/** The charset a web page declares in its first bytes (<meta charset> or http-equiv). */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const match = /<meta[^>]*charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  return match ? match[1]!.toLowerCase() : null;
}

const GB_LABELS = new Set(['gbk', 'gb2312', 'gb18030', 'x-gbk', 'cp936', 'gb_2312-80', 'euc-cn']);

export interface DecodedText {
  text: string;
  encoding: 'UTF-8' | 'UTF-16' | 'GB18030';
}

/** The text of a web page or text file; refuses binary content with a Chinese message. */
export function decodeText(bytes: Uint8Array, what: 'html' | 'text'): DecodedText {
  const kind = binaryKind(bytes);
  if (kind) throw new ImportError(`文件内容是${kind}，不是${what === 'html' ? '网页' : '文本'}。请上传年度报告的网页（.html）、Word 文档（.docx）或文本（.txt）。`);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decodeOr(bytes, 'utf-16le'), encoding: 'UTF-16' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decodeOr(bytes, 'utf-16be'), encoding: 'UTF-16' };
  if (bytes.includes(0)) throw new ImportError('文件含有二进制数据（空字节），不是网页或文本，无法导入。');

  const declared = what === 'html' ? declaredCharset(bytes) : null;
  const order: ('utf-8' | 'gb18030')[] = declared && GB_LABELS.has(declared) ? ['gb18030', 'utf-8'] : ['utf-8', 'gb18030'];
  for (const label of order) {
    const text = tryDecode(bytes, label);
    if (text === null) continue;
    if (controlShare(text) > 0.01) throw new ImportError('文件含有大量控制字符，看起来是二进制文件，不是网页或文本，无法导入。');
    return { text: readable(text), encoding: label === 'utf-8' ? 'UTF-8' : 'GB18030' };
  }
  throw new ImportError('无法识别文件的文字编码：文件既不是 UTF-8，也不是 GBK / GB18030 编码的文本，可能是二进制文件或已损坏。');
}

function decodeOr(bytes: Uint8Array, label: string): string {
  const text = tryDecode(bytes, label);
  if (text === null) throw new ImportError('文件声明为 UTF-16 编码，但内容无法按 UTF-16 读取，可能已损坏。');
  return readable(text);
}

/**
 * Without the BOM, and with the few stray control characters a real page or
 * text may hold (fewer than 1%, see controlShare) turned into spaces: no
 * report may store them (lib/plain-text.ts), and they are never content.
 */
function readable(text: string): string {
  return text.replace(/^\ufeff/, '').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]/g, ' ');
}

/** The share of C0 control characters other than tab, line feed, carriage return and form feed. */
function controlShare(text: string): number {
  if (text.length === 0) return 0;
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  const controls = sample.match(/[\u0001-\u0008\u000b\u000e-\u001f\u007f]/g)?.length ?? 0;
  return controls / sample.length;
}
