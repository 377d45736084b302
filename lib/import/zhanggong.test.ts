// The real published report of 章贡区财政局 for 2020, as a browser copy of its
// web page (tables flattened to one cell per line), must import to exactly the
// structured report in prisma/seed/data/zhanggong-finance-2020.ts: every
// section, every paragraph, every number and every printed total.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { zhanggongFinance2020 } from '@/prisma/seed/data/zhanggong-finance-2020';
import { cellKey } from '@/lib/report-format/cell-key';
import { reportContentSchema } from '@/lib/report-format/content';
import { dataRows, getFormat, isComputedCell } from '@/lib/report-format/formats';
import { checkReport } from '@/lib/report-format/rules/check-report';
import { validateContent } from '@/lib/report-format/validate-content';
import { parseReport, type ParsedImport } from './parse-report';

const seed = reportContentSchema.parse(zhanggongFinance2020);
const raw = readFileSync(new URL('./testing/zhanggong-finance-2020.txt', import.meta.url));
const rawLines = raw.toString('utf8').split('\n');
let parsed: ParsedImport;

beforeAll(async () => {
  parsed = await parseReport({ kind: 'text', bytes: new Uint8Array(raw), fileName: 'zhanggong-finance-2020.txt' });
});

describe('章贡区财政局2020年政府信息公开工作年度报告 (the real page, copied as text)', () => {
  it('finds the title, department, year and format, without problems', () => {
    expect(parsed.title).toBe('章贡区财政局2020年政府信息公开工作年度报告');
    expect(parsed.departmentName).toBe('章贡区财政局');
    expect(parsed.year).toBe(2020);
    expect(parsed.formatId).toBe('gov-2019');
    expect(parsed.publishedOn).toBeNull();
    expect(parsed.problems).toEqual([]);
    const validation = validateContent(getFormat('gov-2019'), parsed.content);
    expect(validation.ok).toBe(true);
  });

  it('reproduces the preamble, every block of every section and the 落款, text by text', () => {
    expect(parsed.content.preamble).toBe(seed.preamble);
    expect(Object.keys(parsed.content.sections).sort()).toEqual(Object.keys(seed.sections).sort());
    for (const [sectionId, blocks] of Object.entries(seed.sections)) {
      const got = parsed.content.sections[sectionId]!;
      expect(got.length, `${sectionId} block count`).toBe(blocks.length);
      blocks.forEach((block, index) => expect(got[index], `${sectionId}[${index}]`).toEqual(block));
    }
    expect(parsed.content.signature).toEqual(seed.signature);
  });

  it('reproduces every cell and every printed total, cell by cell, each with its line in the source', () => {
    const format = getFormat('gov-2019');
    let cells = 0;
    for (const table of format.tables) {
      for (const row of dataRows(table)) {
        for (const column of table.columns) {
          const key = cellKey(table.id, row.key, column.key);
          if (isComputedCell(row, column)) {
            expect(parsed.content.printedTotals?.[table.id]?.[row.key]?.[column.key], key).toEqual(seed.printedTotals?.[table.id]?.[row.key]?.[column.key]);
          } else {
            expect(parsed.content.tables[table.id]?.[row.key]?.[column.key], key).toEqual(seed.tables[table.id]?.[row.key]?.[column.key]);
          }
          const source = parsed.sources[key]!;
          expect(parsed.sourceLines[source.line!], key).toBe(source.text);
          const lineNumber = Number(/^第 (\d+) 行$/.exec(source.where)![1]);
          expect(rawLines[lineNumber - 1]!.trim(), key).toBe(source.text);
          cells++;
        }
      }
    }
    expect(cells).toBe(198);
    expect(parsed.sources['t2_art20_5.other_external_services.change']).toMatchObject({ where: '第 91 行', text: '减2' });
    expect(parsed.sources['t2_art20_9.government_central_procurement.procurement_amount']).toMatchObject({ where: '第 147 行', text: '172621.8' });
    expect(parsed.content).toEqual(seed);
    expect(parsed.confidence.every((table) => table.found === table.expected && table.unreadable === 0)).toBe(true);
  });

  it('keeps the page chrome out of the source lines and its printed totals raise no rule', () => {
    expect(parsed.sourceLines[0]).toBe('章贡区财政局2020年政府信息公开工作年度报告');
    expect(parsed.sourceLines.join('\n')).not.toMatch(/关怀版|访问量|您当前所在位置/);
    expect(parsed.sourceLines.at(-1)).toBe('2021年1月20日');
    const totals = checkReport(getFormat('gov-2019'), parsed.content, { year: 2020 }).filter((issue) => /total/.test(issue.ruleId));
    expect(totals).toEqual([]);
  });
});
