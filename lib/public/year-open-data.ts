// A year's published reports as one download: CSV (every cell of every table,
// one line each) or JSON Lines (one report per line, as …/report.json). Read
// from the database in batches of reports and written as the client reads, so
// the server's memory stays flat whatever the size: a province's year is
// 15,000 reports and over half a gigabyte of CSV. Never cached by Next.
import 'server-only';
import { Prisma } from '@/lib/db/generated/client.ts';
import { db } from '@/lib/db/client';
import { getFormat } from '@/lib/report-format/formats';
import { readContent } from '@/lib/reports/stored-content';
import { csvHead, csvLines } from './csv';
import { reportCsvRows, reportJson, YEAR_CSV_HEADER, type PublishedReportData } from './open-data';

/** Reports read per database round trip. */
const BATCH = 50;

export type YearFileFormat = 'csv' | 'jsonl';

interface Row {
  slug: string;
  name: string;
  year: number;
  title: string;
  edition_number: number;
  published_at: Date;
  change_note: string | null;
  is_demo: boolean;
  format_id: string;
  content: Prisma.JsonValue;
  department_sort: number;
  report_id: string;
}

/** How many reports the year's file would hold (0: there is no file). */
export async function countYearReports(year: number): Promise<number> {
  return db.publicReport.count({ where: { year } });
}

async function* yearReports(year: number): AsyncGenerator<PublishedReportData> {
  let after: { sort: number; id: string } | null = null;
  for (;;) {
    const cursor: { sort: number; id: string } | null = after;
    const afterCursor = cursor ? Prisma.sql`AND (p.department_sort, p.report_id) > (${cursor.sort}, ${cursor.id})` : Prisma.empty;
    const rows: Row[] = await db.$queryRaw<Row[]>`
      SELECT p.department_slug AS slug, p.department_name AS name, p.year, e.title, e.number AS edition_number,
        e.published_at, e.change_note, p.is_demo, e.format_id, e.content, p.department_sort, p.report_id
      FROM public_reports p JOIN report_editions e ON e.id = p.edition_id
      WHERE p.year = ${year}
        ${afterCursor}
      ORDER BY p.department_sort, p.report_id
      LIMIT ${BATCH}`;
    for (const row of rows) {
      yield {
        department: { slug: row.slug, name: row.name },
        year: row.year,
        title: row.title,
        edition: { number: row.edition_number, publishedAt: row.published_at.toISOString(), changeNote: row.change_note },
        isDemo: row.is_demo,
        format: getFormat(row.format_id),
        content: readContent(row.content),
      };
    }
    if (rows.length < BATCH) return;
    const last = rows[rows.length - 1]!;
    after = { sort: last.department_sort, id: last.report_id };
  }
}

/** The year's file as a stream that reads the next report only when the client has taken the last. */
export function streamYearFile(year: number, format: YearFileFormat): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const reports = yearReports(year);
  let started = false;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (!started && format === 'csv') controller.enqueue(encoder.encode(csvHead(YEAR_CSV_HEADER)));
        started = true;
        const next = await reports.next();
        if (next.done) {
          controller.close();
          return;
        }
        const text = format === 'csv' ? csvLines(reportCsvRows(next.value)) : `${JSON.stringify(reportJson(next.value))}\n`;
        controller.enqueue(encoder.encode(text));
      },
      async cancel() {
        await reports.return(undefined);
      },
    },
    { highWaterMark: 2 },
  );
}
