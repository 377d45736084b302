// Filters of a signed-in list page (review queue, audit log), read from the
// URL: each value is checked on its own, so one that does not parse is named
// in Chinese and left out while the others still apply.
import type { z } from '@/lib/zod';

export type SearchParams = Record<string, string | string[] | undefined>;

export function parseUrlFilter<Schema extends z.ZodObject>(
  schema: Schema,
  labels: Record<string, string>,
  params: SearchParams,
): { filter: z.output<Schema>; problems: string[] } {
  const raw = Object.fromEntries(
    Object.keys(labels).map((key) => {
      const value = params[key];
      return [key, typeof value === 'string' && value !== '' ? value : undefined];
    }),
  );
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { filter: parsed.data, problems: [] };
  const field = (issue: z.core.$ZodIssue) => String(issue.path[0]);
  const problems = parsed.error.issues.map((issue) => `筛选条件“${labels[field(issue)] ?? field(issue)}”：${issue.message}`);
  const bad = new Set(parsed.error.issues.map(field));
  return { filter: schema.parse(Object.fromEntries(Object.entries(raw).filter(([key]) => !bad.has(key)))), problems };
}
