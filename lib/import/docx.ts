// A Word document (.docx) as source items: the zip is checked and read with
// bounds (./zip.ts), only its XML parts are handed to mammoth (in a new,
// uncompressed zip, so mammoth inflates nothing untrusted; images are never
// read), and mammoth's HTML, which keeps tables with their rowspan/colspan,
// is read like a web page (./html.ts).
import { zipSync } from 'fflate';
import mammoth from 'mammoth';
import { binaryKind, isZip } from './decode';
import { ImportError } from './errors';
import { htmlToSource } from './html';
import type { ExtractedSource } from './model';
import { checkDeclaredSizes, readZipEntry, zipEntries } from './zip';

const isXmlPart = (name: string) => /\.(xml|rels)$/i.test(name) && !/^word\/media\//i.test(name) && !name.endsWith('/');

export async function docxToSource(bytes: Uint8Array): Promise<ExtractedSource> {
  if (!isZip(bytes)) {
    const kind = binaryKind(bytes);
    throw new ImportError(
      kind
        ? `文件内容是${kind}，不是 Word 文档（.docx）。${kind.startsWith('旧版 Office') ? '请在 Word 或 WPS 中另存为 .docx 后再导入。' : ''}`
        : '文件不是 Word 文档（.docx）：内容不是 .docx 的压缩格式。如果是网页或文本，请以 .html 或 .txt 文件导入。',
    );
  }
  const entries = zipEntries(bytes);
  const names = new Set(entries.map((entry) => entry.name));
  if (!names.has('word/document.xml') || !names.has('[Content_Types].xml')) {
    throw new ImportError('文件是 ZIP 压缩包，但不是 Word 文档（.docx）：其中没有 Word 正文（word/document.xml）。');
  }
  const parts = entries.filter((entry) => isXmlPart(entry.name));
  checkDeclaredSizes(parts);
  const files: Record<string, Uint8Array> = {};
  for (const entry of parts) files[entry.name] = readZipEntry(bytes, entry);
  const safe = zipSync(files, { level: 0 });
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(safe.buffer, safe.byteOffset, safe.byteLength) },
      { convertImage: mammoth.images.imgElement(async () => ({ src: '' })) },
    );
    html = result.value;
  } catch {
    throw new ImportError('Word 文档的内容无法读取：文档可能已损坏，请在 Word 或 WPS 中打开后另存为 .docx 再导入。');
  }
  return htmlToSource(html, 'Word 文档');
}
