// The districts whose summaries the public can read (a province: about a
// hundred), with the years that have published reports in each.
import 'server-only';
import { db } from '@/lib/db/client';
import { cacheTags } from './cache-tags';
import { cachedPublicData } from './cached';

export interface SummaryDistrict {
  code: string;
  name: string;
  years: number[];
}

export const listSummaryDistricts = cachedPublicData(
  'summary-districts',
  async (): Promise<SummaryDistrict[]> => {
    // Each district's years from the (district_id, year, published_at) index.
    const rows = await db.$queryRaw<{ code: string; name: string; years: number[] }[]>`
      SELECT x.code, x.name, array(SELECT DISTINCT p.year FROM public_reports p WHERE p.district_id = x.id ORDER BY p.year DESC) AS years
      FROM districts x
      ORDER BY x.code
      LIMIT 500`;
    return rows.filter((row) => row.years.length > 0);
  },
  { tags: () => [cacheTags.years, cacheTags.departmentList], atBuild: [] },
);
