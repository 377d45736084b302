// The content a department published for a year (its public edition), as the
// previous year of a new report (prefill) or of the cross-year rules.
import 'server-only';
import type { Db, Tx } from '@/lib/db/client';
import { db } from '@/lib/db/client';
import { getFormat } from '@/lib/report-format/formats';
import type { PreviousReport } from '@/lib/report-format/carry';
import { readContent } from './stored-content';

export async function findPublishedContent(departmentId: string, year: number, client: Db | Tx = db): Promise<PreviousReport | null> {
  const report = await client.report.findUnique({
    where: { departmentId_year: { departmentId, year } },
    select: { publishedEdition: { select: { formatId: true, content: true } } },
  });
  const edition = report?.publishedEdition;
  if (!edition) return null;
  return { format: getFormat(edition.formatId), content: readContent(edition.content) };
}
