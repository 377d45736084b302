// A published report as PDF: the report page printed by Chromium, served from
// Next's cache like the page (printed once per publication).
import { printPageToPdf, PdfUnavailableError } from '@/lib/documents/report-pdf';
import { contentDisposition } from '@/lib/public/csv';
import { getPublicReport } from '@/lib/public/get-public-report';
import { notFoundResponse } from '@/lib/public/not-found-response';
import { reportPath } from '@/lib/public/urls';

export const dynamic = 'force-static';
// Like the pages: refreshed on publication, and hourly at the latest.
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: RouteContext<'/departments/[slug]/[year]/report.pdf'>) {
  const { slug, year } = await params;
  const data = /^\d{4}$/.test(year) ? await getPublicReport(slug, Number(year)) : null;
  if (!data?.shown) return notFoundResponse('未找到已发布的年度报告。');
  try {
    const file = await printPageToPdf(reportPath(slug, Number(year)));
    return new Response(new Uint8Array(file), {
      headers: {
        'content-type': 'application/pdf',
        'content-disposition': contentDisposition(`${slug}-${year}-report.pdf`, `${data.shown.title}.pdf`),
      },
    });
  } catch (error) {
    if (!(error instanceof PdfUnavailableError)) throw error;
    return new Response(error.message, {
      status: 503,
      headers: {
        'content-type': 'text/plain; charset=utf-8',
        'cache-control': 'no-store',
        ...(error.retryAfterSeconds ? { 'retry-after': String(error.retryAfterSeconds) } : {}),
      },
    });
  }
}
