// Department suggestions for the directory's department field:
// GET /api/departments?q=财政 → { departments: [{ slug, name, districtName }] }.
import { NextResponse, type NextRequest } from 'next/server';
import { plainTextProblem } from '@/lib/plain-text';
import { MAX_QUERY_LENGTH } from '@/lib/search/chinese-search';
import { SUGGESTION_LIMIT, suggestDepartments } from '@/lib/public/public-departments';

export async function GET(request: NextRequest) {
  const raw = request.nextUrl.searchParams.get('q') ?? '';
  const q = raw.trim();
  const problem = plainTextProblem(raw);
  if (problem || q.length > MAX_QUERY_LENGTH) {
    return NextResponse.json({ error: `参数 q（部门名称）${problem ?? `应为不超过 ${MAX_QUERY_LENGTH} 个字的文字。`}` }, { status: 400 });
  }
  const found = q ? await suggestDepartments(q) : [];
  return NextResponse.json(
    { departments: found.slice(0, SUGGESTION_LIMIT).map(({ slug, name, districtName }) => ({ slug, name, districtName })) },
    { headers: { 'cache-control': 'public, max-age=60' } },
  );
}
