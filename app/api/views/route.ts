// 访问量 beacon: a published report's page asks to be counted once it is shown.
import { NextResponse, type NextRequest } from 'next/server';
import { serverEnv } from '@/lib/env';
import { isBot, isPrefetch } from '@/lib/public/bots';
import { currentViews, recordView } from '@/lib/public/record-view';
import { clientAddress } from '@/lib/http/client-address';
import { mayCountView } from '@/lib/public/view-limits';
import { anonymousVisitorId, isReportId, signVisitorId, verifiedVisitorId, viewRequestProblem } from '@/lib/public/view-request';
import { z } from '@/lib/zod';

const VISITOR_COOKIE = 'nb_vid';
const bodySchema = z.object(
  { reportId: z.string({ error: '缺少报告编号（reportId）。' }).refine(isReportId, '报告编号（reportId）格式不正确。') },
  { error: '请求内容应为包含报告编号（reportId）的 JSON 对象。' },
);
const notFound = () => NextResponse.json({ error: '未找到已发布的年度报告。' }, { status: 404 });

export async function POST(request: NextRequest) {
  const problem = viewRequestProblem(request.headers);
  if (problem) return NextResponse.json({ error: problem.message }, { status: problem.status });
  const parsed = bodySchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return NextResponse.json({ error: parsed.error.issues[0]!.message }, { status: 400 });
  const { reportId } = parsed.data;

  // Crawlers, scripts and prefetches are shown the count but not counted.
  if (isBot(request.headers.get('user-agent')) || isPrefetch(request.headers)) {
    const views = await currentViews(reportId);
    return views === null ? notFound() : NextResponse.json({ views, counted: false });
  }
  // Only a cookie the portal signed names a visitor; without one (or with a
  // made-up one), the visitor is its address and browser for the day.
  const secret = serverEnv().AUTH_SECRET;
  const cookie = request.cookies.get(VISITOR_COOKIE)?.value;
  const visitorId = verifiedVisitorId(cookie, secret) ?? anonymousVisitorId(request.headers, secret);
  const result = (await mayCountView(visitorId, clientAddress(request.headers)))
    ? await recordView(reportId, visitorId)
    : await currentViews(reportId).then((views) => (views === null ? null : { views, counted: false }));
  if (!result) return notFound();
  const response = NextResponse.json(result, { headers: { 'cache-control': 'no-store' } });
  const signed = signVisitorId(visitorId, secret);
  if (cookie !== signed) {
    response.cookies.set(VISITOR_COOKIE, signed, { path: '/', maxAge: 365 * 24 * 3600, sameSite: 'lax', httpOnly: true });
  }
  return response;
}
