import { describe, expect, it } from 'vitest';
import { contentDisposition, csvCell, toCsv } from './csv';

describe('CSV', () => {
  it('starts with a byte-order mark and uses CRLF', () => {
    const csv = toCsv(['部门', '年度'], [['章贡区财政局', 2020]]);
    expect(csv.startsWith('\ufeff部门,年度\r\n')).toBe(true);
    expect(csv).toBe('\ufeff部门,年度\r\n章贡区财政局,2020\r\n');
  });

  it('neutralises text that a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://evil")')).toBe(`"'=HYPERLINK(""http://evil"")"`);
    expect(csvCell('+1+1')).toBe("'+1+1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('-cmd')).toBe("'-cmd");
  });

  it('keeps numbers, including negative ones, as numbers', () => {
    expect(csvCell(-2)).toBe('-2');
    expect(csvCell('-2')).toBe('-2');
    expect(csvCell(172621.8)).toBe('172621.8');
  });

  it('quotes commas, quotes and line breaks, and leaves blank blank', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(null)).toBe('');
  });

  it('names files for every browser', () => {
    expect(contentDisposition('report.csv', '表三.csv')).toBe(`attachment; filename="report.csv"; filename*=UTF-8''%E8%A1%A8%E4%B8%89.csv`);
  });
});
