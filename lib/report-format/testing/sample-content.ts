// Complete, consistent report contents for tests: every input cell filled,
// every rule satisfied. Tests change one thing and expect one issue.
import type { ParsedReportContent, TableCells } from '../content';
import { isInputCell } from '../formats';
import { GOV_2019 } from '../formats/gov-2019';
import { GOV_2021 } from '../formats/gov-2021';
import type { ReportFormat } from '../types';

function zeroTables(format: ReportFormat): Record<string, TableCells> {
  const tables: Record<string, TableCells> = {};
  for (const table of format.tables) {
    const cells: TableCells = {};
    for (const row of table.rows) {
      for (const column of table.columns) {
        if (!isInputCell(row, column)) continue;
        (cells[row.key] ??= {})[column.key] = column.valueType === 'moneyWithUnit' ? { amount: 0, unit: '元' } : 0;
      }
    }
    tables[table.id] = cells;
  }
  return tables;
}

function applications(tables: Record<string, TableCells>) {
  const t3 = tables.t3_applications!;
  Object.assign(t3.new_received!, { natural_person: 10, legal_commercial: 2 });
  Object.assign(t3.carried_over!, { natural_person: 1 });
  Object.assign(t3.granted!, { natural_person: 6, legal_commercial: 1 });
  Object.assign(t3.partially_granted!, { natural_person: 2 });
  Object.assign(t3.unable_not_held!, { natural_person: 1, legal_commercial: 1 });
  Object.assign(t3.carried_forward!, { natural_person: 2 });
  tables.t4_review_litigation!.count!.review_upheld = 1;
}

export function sample2021(): ParsedReportContent {
  const tables = zeroTables(GOV_2021);
  Object.assign(tables.t2_art20_1!.administrative_normative_documents!, { issued: 2, repealed: 1, in_force: 10 });
  tables.t2_art20_5!.administrative_licensing!.decisions = 120;
  tables.t2_art20_6!.administrative_penalty!.decisions = 30;
  tables.t2_art20_8!.administrative_fees!.fee_amount = 1.25;
  applications(tables);
  return {
    schemaVersion: 1,
    preamble: '本报告依据《中华人民共和国政府信息公开条例》编制。',
    sections: {
      s1: [
        { type: 'paragraph', text: '本年度我局认真贯彻落实《条例》。' },
        { type: 'heading', text: '（一）主动公开情况' },
        { type: 'paragraph', text: '全年主动公开政府信息 300 条。' },
      ],
      s5: [{ type: 'paragraph', text: '公开内容的深度和广度还需加强。' }],
      s6: [{ type: 'paragraph', text: '本年度未收取信息处理费。' }],
    },
    tables,
    carried: [],
    signature: { organization: '章贡区教育局', date: '2026-01-20' },
  };
}

export function sample2019(): ParsedReportContent {
  const tables = zeroTables(GOV_2019);
  Object.assign(tables.t2_art20_1!.normative_documents!, { newly_made: 2, newly_published: 2, total_published: 19 });
  Object.assign(tables.t2_art20_6!.administrative_penalty!, { prev_year_items: 44, change: -2, decisions: 5 });
  tables.t2_art20_9!.government_central_procurement = { procurement_items: 5, procurement_amount: { amount: 172621.8, unit: null } };
  applications(tables);
  return {
    schemaVersion: 1,
    preamble: '本报告依据《中华人民共和国政府信息公开条例》编制。',
    sections: {
      s1: [{ type: 'paragraph', text: '本年度我局认真贯彻落实《条例》。' }],
      s5: [{ type: 'paragraph', text: '公开内容的深度和广度还需加强。' }],
      s6: [{ type: 'paragraph', text: '无。' }],
    },
    tables,
    carried: [],
    signature: { organization: '章贡区财政局', date: '2021-01-20' },
  };
}
