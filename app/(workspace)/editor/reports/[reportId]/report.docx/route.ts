// The report's working copy as a Word document, for whoever may read the report.
import { notFound } from 'next/navigation';
import { requireCaller, requireReportActionPermission } from '@/lib/auth/guard';
import { workingCopyDocx } from '@/lib/documents/working-copy-docx';
import { DOCX_CONTENT_TYPE } from '@/lib/documents/report-docx';
import { withRefusalMessages } from '@/lib/http/route-refusals';
import { contentDisposition } from '@/lib/public/csv';

export const dynamic = 'force-dynamic';

export const GET = withRefusalMessages(async (_request: Request, { params }: RouteContext<'/editor/reports/[reportId]/report.docx'>) => {
  const { reportId } = await params;
  const user = await requireCaller();
  await requireReportActionPermission(user, 'report.read', reportId);
  const document = await workingCopyDocx(reportId);
  if (!document) notFound();
  return new Response(new Uint8Array(document.file), {
    headers: {
      'content-type': DOCX_CONTENT_TYPE,
      'content-disposition': contentDisposition(document.asciiName, document.name),
      'cache-control': 'private, no-store',
    },
  });
});
