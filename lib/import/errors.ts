// The refusal of an input that is not a report we can read (garbage, too
// large, a zip bomb, an image renamed .docx…). Its message is Chinese and is
// shown to the user as is (it is a UserError, kind 'invalid'); nothing is
// created from such an input. The limits that keep parsing bounded in time
// and memory are here too.
import { UserError } from '@/lib/errors';

export class ImportError extends UserError {
  constructor(message: string) {
    super('invalid', message);
    this.name = 'ImportError';
  }
}

/** The largest input accepted, in bytes (10 MB). */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;

/** A .docx: at most this many zip entries… */
export const MAX_ZIP_ENTRIES = 2000;
/** …each XML part read at most this large once inflated (a report's word/document.xml is well under 1 MB)… */
export const MAX_ZIP_PART_BYTES = 8 * 1024 * 1024;
/** …and the parts read at most this large together. */
export const MAX_ZIP_TOTAL_BYTES = 24 * 1024 * 1024;

/** A report runs to a few thousand lines and a few thousand HTML tags; far more is no report (and would be slow). */
export const MAX_SOURCE_LINES = 50_000;
export const MAX_HTML_TAGS = 150_000;

export const tooManyLines = (count: number) =>
  new ImportError(`文件有 ${count} 行（段落和表格行），超过 ${MAX_SOURCE_LINES} 行的上限，不像是一篇年度报告，已拒绝。`);

/** rowspan / colspan beyond these are clipped (HTML allows 65534 rows). */
export const MAX_ROW_SPAN = 200;
export const MAX_COL_SPAN = 60;

export const formatMegabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
