// The report's working copy as a Word document, for its department and the
// district's reviewers: what is being drafted or reviewed now, marked as not
// yet published until it is.
import 'server-only';
import { db } from '@/lib/db/client';
import { getFormat } from '@/lib/report-format/formats';
import { reportTitle } from '@/lib/report-format/title';
import { readContent } from '@/lib/reports/stored-content';
import { reportDocx } from './report-docx';

/** The .docx and a file name; null when the report does not exist. Authorize before calling. */
export async function workingCopyDocx(reportId: string): Promise<{ file: Buffer; asciiName: string; name: string } | null> {
  const report = await db.report.findUnique({
    where: { id: reportId },
    select: { year: true, formatId: true, content: true, status: true, changeNote: true, department: { select: { name: true, slug: true } } },
  });
  if (!report) return null;
  const title = reportTitle(report.department.name, report.year);
  const file = await reportDocx(getFormat(report.formatId), readContent(report.content), title, {
    draftMark: report.status === 'PUBLISHED' ? null : '未发布稿（工作稿），以正式发布版本为准',
    changeNote: report.changeNote,
  });
  return { file, asciiName: `${report.department.slug}-${report.year}-draft.docx`, name: `${title}（工作稿）.docx` };
}
