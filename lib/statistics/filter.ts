// The public statistics' filters (/statistics?from=&to=&department=&year=&metric=),
// read from the URL in one place for proxy.ts (which can answer malformed ones
// with 400, as for /reports), the page and the CSV files. Free of server code:
// the proxy may import it. (The addresses of the views are in ./urls.ts.)
import { z } from '@/lib/zod';
import { reportYearProblem } from '@/lib/report-format/formats';
import { MAX_QUERY_LENGTH } from '@/lib/search/chinese-search';
import { COMPARISON_METRICS, COMPARISON_METRIC_DEFS, type ComparisonMetric } from './series';

export interface StatisticsFilter {
  /** The year range of the yearly charts; null: from the first / to the last year with published reports. */
  from: number | null;
  to: number | null;
  /** A department's address key (from a link or a suggestion), or a name typed by hand without JavaScript. */
  department: string | null;
  /** The year of the department comparison; null: the last year of the range with published reports. */
  year: number | null;
  /** What the department comparison ranks by; null: applications. */
  metric: ComparisonMetric | null;
}

export type ParsedStatisticsFilter = { ok: true; filter: StatisticsFilter } | { ok: false; problems: string[] };

export const NO_STATISTICS_FILTER: StatisticsFilter = { from: null, to: null, department: null, year: null, metric: null };

const CONTROL = /[\u0000-\u001f\u007f]/;

const year = z
  .string()
  .regex(/^\d{4}$/, '年度应为四位数字，例如 2024')
  .transform(Number)
  .superRefine((value, context) => {
    const problem = reportYearProblem(value);
    if (problem) context.addIssue({ code: 'custom', message: problem });
  })
  .optional();

const schema = z.object({
  from: year,
  to: year,
  year,
  department: z
    .string()
    .trim()
    .max(MAX_QUERY_LENGTH, `部门不能超过 ${MAX_QUERY_LENGTH} 个字`)
    .refine((value) => !CONTROL.test(value) && value.isWellFormed(), '部门含有无法识别的字符')
    .optional(),
  metric: z
    .enum(COMPARISON_METRICS, { error: `对比指标应为以下之一：${COMPARISON_METRIC_DEFS.map((metric) => `${metric.key}（${metric.label}）`).join('、')}` })
    .optional(),
});

const FIELDS = { from: '起始年度', to: '截止年度', year: '对比年度', department: '部门', metric: '对比指标' } as const;

function shown(value: string): string {
  return value.replace(/[\u0000-\u001f\u007f]/g, '\ufffd').toWellFormed();
}

/** Reads the filters from search parameters (the first value of each; empty values are no filter). */
export function parseStatisticsFilter(params: URLSearchParams): ParsedStatisticsFilter {
  const raw: Record<string, string> = {};
  for (const key of Object.keys(FIELDS)) {
    const value = params.get(key);
    if (value !== null && value.trim() !== '') raw[key] = value;
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => {
        const key = String(issue.path[0]) as keyof typeof FIELDS;
        return `${FIELDS[key] ?? key}“${shown(raw[key] ?? '')}”：${issue.message}`;
      }),
    };
  }
  const { from = null, to = null } = parsed.data;
  if (from !== null && to !== null && from > to) {
    return { ok: false, problems: [`起始年度“${from}”晚于截止年度“${to}”：请选择从早到晚的年度范围。`] };
  }
  return {
    ok: true,
    filter: { from, to, department: parsed.data.department || null, year: parsed.data.year ?? null, metric: parsed.data.metric ?? null },
  };
}

/** The same, from a page's searchParams. */
export function parseStatisticsSearchParams(searchParams: Record<string, string | string[] | undefined>): ParsedStatisticsFilter {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(searchParams)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) params.set(key, first);
  }
  return parseStatisticsFilter(params);
}
