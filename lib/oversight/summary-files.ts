// The district summary as files: CSV (one line per cell, like a report's
// tables) and JSON (stable keys). Blank cells are left out of neither: a
// blank stays an empty field / null.
import type { CsvValue } from '@/lib/public/csv';
import { deriveTable, isMoney } from '@/lib/report-format/derive';
import { dataRows, getFormat } from '@/lib/report-format/formats';
import type { DistrictSummary } from './district-summary';

export const SUMMARY_CSV_HEADER = ['行政区', '年度', '表格', '行', '列', '合计', '单位', '已汇总报告数'];

export function summaryCsvRows(summary: DistrictSummary): CsvValue[][] {
  const format = getFormat(summary.formatId);
  const rows: CsvValue[][] = [];
  for (const table of format.tables) {
    const derived = deriveTable(table, summary.content.tables[table.id]);
    for (const row of dataRows(table)) {
      for (const column of table.columns) {
        const value = derived[row.key]?.[column.key] ?? null;
        const amount = value === null ? null : isMoney(value) ? value.amount : value;
        const unit = value !== null && isMoney(value) ? value.unit : (column.unit ?? '');
        rows.push([summary.district.name, summary.year, table.messageName, row.label ?? '', column.messageLabel, amount, unit, summary.reports]);
      }
    }
  }
  return rows;
}

export function summaryJson(summary: DistrictSummary) {
  const format = getFormat(summary.formatId);
  return {
    schema: 'nianbao.district-summary/v1',
    district: { code: summary.district.code, name: summary.district.name },
    year: summary.year,
    format: { id: format.id, source: format.source },
    reports: summary.reports,
    departments: summary.departments,
    missing: summary.missing,
    issues: summary.issues.map((issue) => ({ key: issue.key, message: issue.message, departments: issue.departments })),
    tables: Object.fromEntries(
      format.tables.map((table) => {
        const derived = deriveTable(table, summary.content.tables[table.id]);
        return [
          table.id,
          Object.fromEntries(
            dataRows(table).map((row) => [
              row.key,
              Object.fromEntries(table.columns.map((column) => {
                const value = derived[row.key]?.[column.key] ?? null;
                return [column.key, value === null ? null : isMoney(value) ? value.amount : value];
              })),
            ]),
          ),
        ];
      }),
    ),
  };
}
