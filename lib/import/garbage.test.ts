// Inputs that are no report: each refused with a clear Chinese message, in
// bounded time and memory, creating nothing (parseReport is pure; it throws).
import { deflateSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ImportError, MAX_INPUT_BYTES, detectKind, parseReport, type ImportKind } from './parse-report';

const utf8 = (text: string) => new TextEncoder().encode(text);

/** Runs a refused parse and measures it: time in ms and the growth of heap plus buffers in MB. */
async function refusal(kind: ImportKind, bytes: Uint8Array): Promise<{ message: string; ms: number; mb: number }> {
  const before = process.memoryUsage();
  const started = performance.now();
  let error: unknown = null;
  try {
    await parseReport({ kind, bytes });
  } catch (caught) {
    error = caught;
  }
  const ms = performance.now() - started;
  const after = process.memoryUsage();
  const mb = (after.heapUsed + after.arrayBuffers - before.heapUsed - before.arrayBuffers) / 1024 / 1024;
  expect(error).toBeInstanceOf(ImportError);
  const message = (error as ImportError).message;
  expect(message).toMatch(/[\u4e00-\u9fff]/);
  return { message, ms, mb };
}

const u32 = (bytes: Uint8Array, at: number, value: number) => new DataView(bytes.buffer, bytes.byteOffset).setUint32(at, value, true);

/** Sets the declared uncompressed size of one entry, in its local header and in the central directory. */
function declareSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const copy = zip.slice();
  const view = new DataView(copy.buffer);
  const nameAt = (at: number, lengthAt: number, start: number) => new TextDecoder().decode(copy.subarray(at + start, at + start + view.getUint16(at + lengthAt, true)));
  for (let at = 0; at + 46 <= copy.length; at++) {
    const signature = view.getUint32(at, true);
    if (signature === 0x04034b50 && nameAt(at, 26, 30) === name) u32(copy, at + 22, size);
    if (signature === 0x02014b50 && nameAt(at, 28, 46) === name) u32(copy, at + 24, size);
  }
  return copy;
}

const WORD_PARTS = { '[Content_Types].xml': utf8('<?xml version="1.0"?><Types/>') };

describe('refusing what is not a report', () => {
  it('refuses an empty file and a file of blanks', async () => {
    expect((await refusal('text', new Uint8Array(0))).message).toBe('文件是空的（0 字节），没有可导入的内容。');
    expect((await refusal('html', utf8(' \n\t\r\n '))).message).toBe('文件中只有空白，没有可导入的内容。');
    expect((await refusal('html', utf8('<html><body><script>x()</script></body></html>'))).message).toBe('文件中没有文字内容，无法导入。');
  });

  it('refuses 10 MB + 1 byte at once, before reading it', async () => {
    const big = new Uint8Array(MAX_INPUT_BYTES + 1).fill(0x41);
    const result = await refusal('text', big);
    expect(result.message).toBe('文件大小为 10 MB，超过 10 MB 的上限，无法导入。年度报告的网页、Word 文档或文本通常不超过 2 MB。');
    expect(result.ms).toBeLessThan(20);
    expect(result.mb).toBeLessThan(2);
    console.info(`10 MB + 1: refused in ${result.ms.toFixed(1)} ms, ${result.mb.toFixed(1)} MB`);
  });

  it('refuses an unrelated web page', async () => {
    const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>章贡区举办2023年春季招聘会</title></head><body>
      <nav>首页 新闻中心</nav><h1>章贡区举办2023年春季招聘会</h1><p>发布时间：2023-02-10</p>
      <p>2月10日，章贡区2023年春季招聘会在区人力资源市场举行，共有120家企业参会，提供岗位3000余个。</p>
      <p>一、招聘会规模</p><p>本次招聘会设展位150个。</p><div class="footer">版权所有</div></body></html>`;
    const result = await refusal('html', utf8(page));
    expect(result.message).toMatch(/^文件中没有找到政府信息公开工作年度报告/);
  });

  it('refuses binary files by what they are, whatever their name says', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    expect(detectKind('report.docx', png)).toBe('docx');
    expect((await refusal('docx', png)).message).toBe('文件内容是PNG 图片，不是 Word 文档（.docx）。');
    expect((await refusal('text', png)).message).toMatch(/^文件内容是PNG 图片，不是文本/);
    expect((await refusal('html', utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj'))).message).toMatch(/^文件内容是PDF 文件，不是网页/);
    const oldWord = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect((await refusal('docx', oldWord)).message).toBe('文件内容是旧版 Office 文件（.doc / .xls），不是 Word 文档（.docx）。请在 Word 或 WPS 中另存为 .docx 后再导入。');
  });

  it('refuses binary text: NUL bytes, bytes in no supported encoding, control characters', async () => {
    let seed = 7;
    const random = new Uint8Array(64 * 1024).map(() => (seed = (seed * 1103515245 + 12345) % 2 ** 31) >> 23);
    expect((await refusal('text', random)).message).toBe('文件含有二进制数据（空字节），不是网页或文本，无法导入。');
    const invalid = new Uint8Array(4096).map((_, index) => (index % 2 ? 0xff : 0x41));
    expect((await refusal('text', invalid)).message).toMatch(/^无法识别文件的文字编码/);
    const controls = utf8(`${'\u0001\u0002\u0003年度报告'.repeat(200)}`);
    expect((await refusal('text', controls)).message).toMatch(/控制字符/);
  });

  it('refuses a plain text that is no report', async () => {
    expect((await refusal('text', utf8('会议纪要\n一、会议时间\n二、参会人员\n'))).message).toMatch(/^文件中没有找到政府信息公开工作年度报告/);
  });

  it('refuses a zip bomb by its declared size, without inflating it', async () => {
    // Garbage where the deflated data should be: inflating it would fail with another message.
    const zip = declareSize(zipSync({ ...WORD_PARTS, 'word/document.xml': [new Uint8Array(2048).fill(7), { level: 0 }] }), 'word/document.xml', 3_000_000_000);
    const result = await refusal('docx', zip);
    expect(result.message).toBe('Word 文档中的“word/document.xml”解压后达 2861 MB，超过 8 MB 的上限，可能是恶意构造的压缩包（压缩炸弹），已拒绝，未解压。');
    expect(result.ms).toBeLessThan(50);
    expect(result.mb).toBeLessThan(5);
    console.info(`zip bomb (declared 3 GB): refused in ${result.ms.toFixed(1)} ms, ${result.mb.toFixed(1)} MB`);
  });

  it('stops a zip bomb that lies about its size after a few megabytes', async () => {
    const zeros = new Uint8Array(128 * 1024 * 1024);
    const bomb = zipSync({ ...WORD_PARTS, 'word/document.xml': [zeros, { level: 6 }] });
    const lying = declareSize(bomb, 'word/document.xml', 10_000);
    expect(lying.length).toBeLessThan(1_000_000);
    const result = await refusal('docx', lying);
    expect(result.message).toBe('Word 文档中的“word/document.xml”解压后超过其声明的大小，可能是恶意构造的压缩包（压缩炸弹），已停止解压并拒绝。');
    expect(result.ms).toBeLessThan(200);
    expect(result.mb).toBeLessThan(32);
    console.info(`zip bomb (128 MB declared as 10 KB): stopped in ${result.ms.toFixed(1)} ms, ${result.mb.toFixed(1)} MB`);
  });

  it('refuses zips with too many entries, no Word body, a password, or a broken structure', async () => {
    const many = zipSync(Object.fromEntries(Array.from({ length: 3000 }, (_, index) => [`f${index}.xml`, new Uint8Array(0)])));
    expect((await refusal('docx', many)).message).toBe('文件中有 3000 个压缩条目，超过 Word 文档的合理数量（2000），可能是恶意构造的压缩包，已拒绝。');
    const workbook = zipSync({ ...WORD_PARTS, 'xl/workbook.xml': utf8('<workbook/>') });
    expect((await refusal('docx', workbook)).message).toBe('文件是 ZIP 压缩包，但不是 Word 文档（.docx）：其中没有 Word 正文（word/document.xml）。');
    const locked = zipSync({ ...WORD_PARTS, 'word/document.xml': utf8('<w:document/>') });
    for (let at = 0; at + 4 <= locked.length; at++) {
      const signature = new DataView(locked.buffer).getUint32(at, true);
      if (signature === 0x02014b50) locked[at + 8] = locked[at + 8]! | 1;
    }
    expect((await refusal('docx', locked)).message).toBe('Word 文档已加密（设置了打开密码），请取消密码后再导入。');
    const truncated = zipSync({ ...WORD_PARTS, 'word/document.xml': utf8('<w:document/>'.repeat(500)) }).subarray(0, 300);
    expect((await refusal('docx', truncated)).message).toBe('文件不是有效的 Word 文档（.docx）：压缩结构已损坏或不完整。');
    const corrupt = zipSync({ ...WORD_PARTS, 'word/document.xml': deflateSync(utf8('not xml')) });
    expect((await refusal('docx', corrupt)).message).toBe('Word 文档的内容无法读取：文档可能已损坏，请在 Word 或 WPS 中打开后另存为 .docx 再导入。');
  });

  it('refuses, quickly, a page of two million nested elements and a text of five million lines', async () => {
    const nested = await refusal('html', utf8('<div>'.repeat(1_990_000)));
    expect(nested.message).toBe('网页中有 1990000 个 HTML 元素，超过 150000 个的上限，结构异常复杂，不像是一篇年度报告，已拒绝。');
    expect(nested.ms).toBeLessThan(300);
    const lines = await refusal('text', utf8(`章贡区财政局2020年政府信息公开工作年度报告\n一、总体情况\n${'1\n'.repeat(4_990_000)}`));
    expect(lines.message).toBe('文件有 4990003 行（段落和表格行），超过 50000 行的上限，不像是一篇年度报告，已拒绝。');
    expect(lines.ms).toBeLessThan(1000);
    console.info(`nested page: ${nested.ms.toFixed(0)} ms; 5 million lines: ${lines.ms.toFixed(0)} ms`);
  });

  it('refuses a report of a year before the national format', async () => {
    const text = '章贡区财政局2018年政府信息公开工作年度报告\n一、总体情况\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n';
    expect((await refusal('text', utf8(text))).message).toBe('这是 2018 年度的报告：2019 年以前的政府信息公开工作年度报告没有全国统一格式，无法导入。');
  });
});
