// Reading a .docx (a zip) without trusting it: the central directory is read
// first and the entry count and the declared sizes of the parts we need are
// checked before anything is inflated; inflation then runs in small steps and
// stops as soon as a part grows past its declared size (a zip bomb that lies
// about its sizes is stopped after a few megabytes).
import { Inflate } from 'fflate';
import { ImportError, MAX_ZIP_ENTRIES, MAX_ZIP_PART_BYTES, MAX_ZIP_TOTAL_BYTES, formatMegabytes } from './errors';

export interface ZipEntry {
  name: string;
  flags: number;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const NOT_ZIP = '文件不是有效的 Word 文档（.docx）：压缩结构已损坏或不完整。';

const u16 = (bytes: Uint8Array, at: number) => bytes[at]! | (bytes[at + 1]! << 8);
const u32 = (bytes: Uint8Array, at: number) => (bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24)) >>> 0;

function endOfCentralDirectory(bytes: Uint8Array): number {
  const last = bytes.length - 22;
  for (let at = last; at >= 0 && at >= last - 65535; at--) {
    if (u32(bytes, at) === 0x06054b50) return at;
  }
  throw new ImportError(NOT_ZIP);
}

/** The entries of a zip's central directory; refuses archives with too many entries. */
export function zipEntries(bytes: Uint8Array): ZipEntry[] {
  if (bytes.length < 22) throw new ImportError(NOT_ZIP);
  const end = endOfCentralDirectory(bytes);
  const count = u16(bytes, end + 10);
  const directorySize = u32(bytes, end + 12);
  const directoryOffset = u32(bytes, end + 16);
  if (count === 0xffff || directoryOffset === 0xffffffff) {
    throw new ImportError('文件是 ZIP64 格式的大型压缩包，不是常见的 Word 文档，无法导入。');
  }
  if (count > MAX_ZIP_ENTRIES) {
    throw new ImportError(`文件中有 ${count} 个压缩条目，超过 Word 文档的合理数量（${MAX_ZIP_ENTRIES}），可能是恶意构造的压缩包，已拒绝。`);
  }
  if (directoryOffset + directorySize > end) throw new ImportError(NOT_ZIP);
  const names = new TextDecoder('utf-8');
  const entries: ZipEntry[] = [];
  let at = directoryOffset;
  for (let index = 0; index < count; index++) {
    if (at + 46 > end || u32(bytes, at) !== 0x02014b50) throw new ImportError(NOT_ZIP);
    const nameLength = u16(bytes, at + 28);
    entries.push({
      flags: u16(bytes, at + 8),
      method: u16(bytes, at + 10),
      compressedSize: u32(bytes, at + 20),
      size: u32(bytes, at + 24),
      localOffset: u32(bytes, at + 42),
      name: names.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
    });
    at += 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
  }
  return entries;
}

/** Refuses parts whose declared sizes are beyond the limits, before inflating anything. */
export function checkDeclaredSizes(parts: readonly ZipEntry[]): void {
  let total = 0;
  for (const entry of parts) {
    if (entry.flags & 1) throw new ImportError('Word 文档已加密（设置了打开密码），请取消密码后再导入。');
    if (entry.size === 0xffffffff || entry.size > MAX_ZIP_PART_BYTES) {
      throw new ImportError(
        `Word 文档中的“${entry.name}”解压后达 ${formatMegabytes(entry.size)}，超过 ${formatMegabytes(MAX_ZIP_PART_BYTES)} 的上限，可能是恶意构造的压缩包（压缩炸弹），已拒绝，未解压。`,
      );
    }
    total += entry.size;
  }
  if (total > MAX_ZIP_TOTAL_BYTES) {
    throw new ImportError(`Word 文档解压后共 ${formatMegabytes(total)}，超过 ${formatMegabytes(MAX_ZIP_TOTAL_BYTES)} 的上限，已拒绝，未解压。`);
  }
}

/** Compressed bytes inflated per step: at most about 1 MB comes out of one step. */
const STEP = 1024;

/** One entry's bytes, inflated in steps and never past its declared size. */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const at = entry.localOffset;
  if (at + 30 > bytes.length || u32(bytes, at) !== 0x04034b50) throw new ImportError(NOT_ZIP);
  const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (data.length !== entry.compressedSize) throw new ImportError(NOT_ZIP);
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.size) throw new ImportError(NOT_ZIP);
    return data.slice();
  }
  if (entry.method !== 8) throw new ImportError(`Word 文档中的“${entry.name}”使用了不支持的压缩方式，无法读取。`);
  const out = new Uint8Array(entry.size);
  let written = 0;
  let overflow = false;
  const inflater = new Inflate((chunk) => {
    if (overflow) return;
    if (written + chunk.length > entry.size) {
      overflow = true;
      return;
    }
    out.set(chunk, written);
    written += chunk.length;
  });
  try {
    for (let offset = 0; offset < data.length && !overflow; offset += STEP) {
      inflater.push(data.subarray(offset, offset + STEP), offset + STEP >= data.length);
    }
  } catch {
    throw new ImportError(NOT_ZIP);
  }
  if (overflow) {
    throw new ImportError(`Word 文档中的“${entry.name}”解压后超过其声明的大小，可能是恶意构造的压缩包（压缩炸弹），已停止解压并拒绝。`);
  }
  if (written !== entry.size) throw new ImportError(NOT_ZIP);
  return out;
}
