// A published report as a Word document in the official layout, served from
// Next's cache like the report's page.
import { DOCX_CONTENT_TYPE, reportDocx } from '@/lib/documents/report-docx';
import { contentDisposition } from '@/lib/public/csv';
import { getPublicReport } from '@/lib/public/get-public-report';
import { notFoundResponse } from '@/lib/public/not-found-response';

export const dynamic = 'force-static';
// Like the pages: refreshed on publication, and hourly at the latest.
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: RouteContext<'/departments/[slug]/[year]/report.docx'>) {
  const { slug, year } = await params;
  const data = /^\d{4}$/.test(year) ? await getPublicReport(slug, Number(year)) : null;
  if (!data?.shown) return notFoundResponse('未找到已发布的年度报告。');
  const { shown } = data;
  const file = await reportDocx(shown.format, shown.content, shown.title, {
    changeNote: shown.edition.changeNote,
    demoMark: shown.isDemo ? `演示数据：本报告由系统生成，用于演示，不代表${shown.department.name}的真实情况。` : null,
  });
  return new Response(new Uint8Array(file), {
    headers: {
      'content-type': DOCX_CONTENT_TYPE,
      'content-disposition': contentDisposition(`${slug}-${year}-report.docx`, `${shown.title}.docx`),
    },
  });
}
