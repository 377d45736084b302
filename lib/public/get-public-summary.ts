// The district summary (区级汇总) as the public reads it: the same sums as the
// approvers' working view, from published reports only, cached until a
// publication of that year (cache tag summary:<year>).
import 'server-only';
import { db } from '@/lib/db/client';
import { getCellBreakdown, getDistrictSummary, type CellContribution, type DistrictSummary } from '@/lib/oversight/district-summary';
import { cacheTags } from './cache-tags';
import { cachedPublicData } from './cached';

const DISTRICT_CODE = /^[A-Za-z0-9-]{1,32}$/;

async function district(code: string) {
  if (!DISTRICT_CODE.test(code)) return null;
  return db.district.findUnique({ where: { code }, select: { id: true, code: true, name: true } });
}

/** Null when the district or the year does not exist. */
export const getPublicSummary = cachedPublicData(
  'public-summary',
  async (code: string, year: number): Promise<DistrictSummary | null> => {
    const found = await district(code);
    return found ? getDistrictSummary(found, year) : null;
  },
  { tags: (_code, year) => [cacheTags.summary(year), cacheTags.departmentList] },
);

export const getPublicCellBreakdown = cachedPublicData(
  'public-summary-cell',
  async (code: string, year: number, tableId: string, rowKey: string, columnKey: string): Promise<CellContribution[] | null> => {
    const found = await district(code);
    return found ? getCellBreakdown(found, year, { tableId, rowKey, columnKey }) : null;
  },
  { tags: (_code, year) => [cacheTags.summary(year), cacheTags.departmentList] },
);
