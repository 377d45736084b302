// CSV for the open-data downloads: UTF-8 with a byte-order mark so that
// Excel opens Chinese text correctly, RFC 4180 quoting, and text cells that
// a spreadsheet would run as a formula (= + - @ …) neutralised.
const BOM = '\ufeff';
const FORMULA_START = /^[=+\-@\t\r]/;
const NUMBER = /^-?\d+(\.\d+)?$/;

export type CsvValue = string | number | null | undefined;

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  // Numbers stay numbers (a negative 本年增/减 must stay -2); text starting like a formula gets a leading apostrophe.
  if (typeof value === 'string' && FORMULA_START.test(text) && !NUMBER.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return csvHead(header) + csvLines(rows);
}

/** The start of a file: byte-order mark and header line. */
export function csvHead(header: readonly string[]): string {
  return BOM + csvLines([header]);
}

/** Lines of a file (each ending in CRLF), for files written in parts. */
export function csvLines(rows: readonly (readonly CsvValue[])[]): string {
  let text = '';
  for (const row of rows) text += row.map(csvCell).join(',') + '\r\n';
  return text;
}

/** A file name that survives every browser: ASCII fallback plus the UTF-8 name. */
export function contentDisposition(asciiName: string, utf8Name: string): string {
  return `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(utf8Name)}`;
}
