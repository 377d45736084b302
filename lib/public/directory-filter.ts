// The public directory's filters (/reports?year=&department=&q=&page=), read
// from the URL in one place for the proxy and the pages. Every filtered view
// is a plain link; the canonical form is one path segment, so that each
// filter combination is rendered once and cached.
import { DEPARTMENT_SLUG_PATTERN, isDepartmentSlug } from '@/lib/departments/slug';
import { z } from '@/lib/zod';
import { reportYearProblem } from '@/lib/report-format/formats';

export const PAGE_SIZE = 20;

export interface DirectoryFilter {
  year: number | null;
  department: string | null;
  q: string | null;
  page: number;
}

export type ParsedDirectoryFilter = { ok: true; filter: DirectoryFilter } | { ok: false; problems: string[]; raw: Record<string, string> };

const yearPattern = /^\d{4}$/;

const schema = z.object({
  year: z
    .string()
    .regex(yearPattern, '年度应为四位数字，例如 2024')
    .transform(Number)
    .superRefine((year, context) => {
      const problem = reportYearProblem(year);
      if (problem) context.addIssue({ code: 'custom', message: problem });
    })
    .optional(),
  department: z.string().regex(DEPARTMENT_SLUG_PATTERN, '部门参数不正确').optional(),
  q: z
    .string()
    .trim()
    .max(50, '关键词不能超过 50 个字')
    .refine((text) => !/[\u0000-\u001f\u007f]/.test(text), '关键词含有无法识别的字符')
    .optional(),
  page: z
    .string()
    .regex(/^[1-9]\d{0,2}$/, '页码应为 1 到 999 之间的整数')
    .transform(Number)
    .optional(),
});

const FIELD_NAMES: Record<string, string> = { year: '年度', department: '部门', q: '关键词', page: '页码' };

export const NO_FILTER: DirectoryFilter = { year: null, department: null, q: null, page: 1 };

/** The filters of a page's searchParams (the first value of each). */
export function parseDirectorySearchParams(searchParams: Record<string, string | string[] | undefined>): ParsedDirectoryFilter {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(searchParams)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) params.set(key, first);
  }
  return parseDirectoryFilter(params);
}

/** Reads the filters from search parameters (the first value of each). */
export function parseDirectoryFilter(params: URLSearchParams): ParsedDirectoryFilter {
  const raw: Record<string, string> = {};
  for (const key of ['year', 'department', 'q', 'page']) {
    const value = params.get(key);
    if (value !== null && value.trim() !== '') raw[key] = value;
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      raw,
      problems: parsed.error.issues.map((issue) => {
        const key = String(issue.path[0]);
        return `${FIELD_NAMES[key] ?? key}“${raw[key] ?? ''}”：${issue.message}`;
      }),
    };
  }
  return {
    ok: true,
    filter: {
      year: parsed.data.year ?? null,
      department: parsed.data.department ?? null,
      q: parsed.data.q ? parsed.data.q : null,
      page: parsed.data.page ?? 1,
    },
  };
}

/** The cached page's path segment for a filter without a text search: y2024_dfinance_p1, all_p1 … */
export function filterSegment(filter: Pick<DirectoryFilter, 'year' | 'department' | 'page'>): string {
  const parts = [filter.year ? `y${filter.year}` : 'ally', filter.department ? `d${filter.department}` : 'alld', `p${filter.page}`];
  return parts.join('_');
}

export function parseFilterSegment(segment: string): Pick<DirectoryFilter, 'year' | 'department' | 'page'> | null {
  const match = /^(?:y(\d{4})|ally)_(?:d([^_]+)|alld)_p([1-9]\d{0,2})$/.exec(segment);
  if (!match || (match[2] !== undefined && !isDepartmentSlug(match[2]))) return null;
  return { year: match[1] ? Number(match[1]) : null, department: match[2] ?? null, page: Number(match[3]) };
}
