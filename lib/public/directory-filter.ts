// The public directory's filters (/reports?year=&department=&q=&page=), read
// from the URL in one place for proxy.ts (which answers malformed ones with
// 400) and the page. Every filtered view is a plain link.
import { z } from '@/lib/zod';
import { reportYearProblem } from '@/lib/report-format/formats';
import { MAX_QUERY_LENGTH } from '@/lib/search/chinese-search';

export const PAGE_SIZE = 20;
/** Pages are numbered without a cap; this only refuses absurd numbers. */
export const MAX_PAGE = 9_999_999;

export interface DirectoryFilter {
  year: number | null;
  /** A department's address key (from a link or a suggestion) or a name typed by hand. */
  department: string | null;
  q: string | null;
  page: number;
}

export type ParsedDirectoryFilter = { ok: true; filter: DirectoryFilter } | { ok: false; problems: string[]; raw: Record<string, string> };

const CONTROL = /[\u0000-\u001f\u007f]/;

const text = (label: string) =>
  z
    .string()
    .trim()
    .max(MAX_QUERY_LENGTH, `${label}不能超过 ${MAX_QUERY_LENGTH} 个字`)
    .refine((value) => !CONTROL.test(value) && value.isWellFormed(), `${label}含有无法识别的字符`)
    .optional();

const schema = z.object({
  year: z
    .string()
    .regex(/^\d{4}$/, '年度应为四位数字，例如 2024')
    .transform(Number)
    .superRefine((year, context) => {
      const problem = reportYearProblem(year);
      if (problem) context.addIssue({ code: 'custom', message: problem });
    })
    .optional(),
  department: text('部门'),
  q: text('关键词'),
  page: z
    .string()
    .regex(/^[1-9]\d{0,6}$/, '页码应为正整数')
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
        const shown = (raw[key] ?? '').replace(/[\u0000-\u001f\u007f]/g, '\ufffd').toWellFormed();
        return `${FIELD_NAMES[key] ?? key}“${shown}”：${issue.message}`;
      }),
    };
  }
  return {
    ok: true,
    filter: {
      year: parsed.data.year ?? null,
      department: parsed.data.department || null,
      q: parsed.data.q || null,
      page: parsed.data.page ?? 1,
    },
  };
}
