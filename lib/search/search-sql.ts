// The SQL condition of a text search (./chinese-search.ts) on a table with
// `search_text` and `search_tokens` columns: the GIN index finds the rows
// holding every token; terms the tokens do not prove are confirmed in the text.
import { Prisma } from '@/lib/db/generated/client.ts';
import type { SearchQuery } from './chinese-search';

export function searchCondition(query: SearchQuery, alias: string): Prisma.Sql {
  const table = Prisma.raw(alias);
  const conditions = [
    Prisma.sql`${table}.search_tokens @> ${query.tokens}::text[]`,
    ...query.confirm.map((term) => Prisma.sql`strpos(${table}.search_text, ${term}) > 0`),
  ];
  return Prisma.join(conditions, ' AND ');
}
