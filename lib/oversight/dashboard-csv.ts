// The deadline dashboard as CSV: every department the filter keeps (not only
// one page), written page by page into a stream.
import 'server-only';
import { csvHead, csvLines, type CsvValue } from '@/lib/public/csv';
import { checkDeadlines, DEADLINE_KINDS, DEADLINE_LABELS, describeCheck } from './deadlines';
import { DASHBOARD_STATE_LABELS } from './dashboard-states';
import { listDashboardRows, type DashboardRow } from './deadline-dashboard';
import type { YearDeadlines } from './deadlines';
import type { DashboardFilter } from './oversight-schemas';
import { isoDate } from '@/lib/format-time';

const BATCH = 200;

function header(deadlines: YearDeadlines): string[] {
  return [
    '部门',
    '状态',
    '当前处理',
    '最后修改',
    '首次报送日期',
    '首次发布日期',
    ...DEADLINE_KINDS.filter((kind) => deadlines[kind]).map((kind) => `${DEADLINE_LABELS[kind]}（${deadlines[kind]}）`),
    '质量得分',
    '最近提醒',
  ];
}

function line(row: DashboardRow, deadlines: YearDeadlines, today: string): CsvValue[] {
  const checks = checkDeadlines(deadlines, { forwardedOn: row.forwardedOn, publishedOn: row.publishedOn }, today);
  return [
    row.departmentName,
    DASHBOARD_STATE_LABELS[row.status],
    row.holder ?? '',
    row.updatedAt ? isoDate(row.updatedAt) : '',
    row.forwardedOn ?? '',
    row.publishedOn ?? '',
    ...checks.map(describeCheck),
    row.score ?? '',
    row.lastReminderAt ? isoDate(row.lastReminderAt) : '',
  ];
}

export function dashboardCsvStream(districtId: string, deadlines: YearDeadlines, filter: Pick<DashboardFilter, 'state' | 'lateness' | 'sort'>, now: Date = new Date()): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const today = isoDate(now);
  let offset = 0;
  return new ReadableStream({
    start(controller) {
      controller.enqueue(encoder.encode(csvHead(header(deadlines))));
    },
    async pull(controller) {
      const rows = await listDashboardRows(districtId, deadlines, filter, { offset, limit: BATCH }, now);
      if (rows.length) controller.enqueue(encoder.encode(csvLines(rows.map((row) => line(row, deadlines, today)))));
      offset += rows.length;
      if (rows.length < BATCH) controller.close();
    },
  });
}
