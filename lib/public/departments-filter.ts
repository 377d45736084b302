// The department directory's filters (/departments?district=&q=&page=).
import { z } from '@/lib/zod';
import { MAX_QUERY_LENGTH } from '@/lib/search/chinese-search';

export interface DepartmentsFilter {
  district: string | null;
  q: string | null;
  page: number;
}

const schema = z.object({
  district: z.string().regex(/^[a-z][a-z0-9-]{0,39}$/, '行政区参数不正确').optional(),
  q: z
    .string()
    .trim()
    .max(MAX_QUERY_LENGTH, `部门名称不能超过 ${MAX_QUERY_LENGTH} 个字`)
    .refine((value) => !/[\u0000-\u001f\u007f]/.test(value) && value.isWellFormed(), '部门名称含有无法识别的字符')
    .optional(),
  page: z.string().regex(/^[1-9]\d{0,6}$/, '页码应为正整数').transform(Number).optional(),
});

const FIELD_NAMES: Record<string, string> = { district: '行政区', q: '部门名称', page: '页码' };

export function parseDepartmentsFilter(
  searchParams: Record<string, string | string[] | undefined>,
): { ok: true; filter: DepartmentsFilter } | { ok: false; problems: string[] } {
  const raw: Record<string, string> = {};
  for (const key of ['district', 'q', 'page']) {
    const value = searchParams[key];
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined && first.trim() !== '') raw[key] = first;
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => {
        const key = String(issue.path[0]);
        return `${FIELD_NAMES[key] ?? key}“${(raw[key] ?? '').replace(/[\u0000-\u001f\u007f]/g, '\ufffd').toWellFormed()}”：${issue.message}`;
      }),
    };
  }
  return { ok: true, filter: { district: parsed.data.district ?? null, q: parsed.data.q || null, page: parsed.data.page ?? 1 } };
}
