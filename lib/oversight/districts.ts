// The districts the oversight pages work on. A province runs one portal for
// about a hundred districts: the pages name one (?district=code), the first
// by code when none is named.
import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db/client';

export interface DistrictChoice {
  id: string;
  code: string;
  name: string;
}

/** Every district, for the district picker (a province has about a hundred). */
export const listDistricts = cache(async (): Promise<DistrictChoice[]> =>
  db.district.findMany({ orderBy: { code: 'asc' }, take: 500, select: { id: true, code: true, name: true } }),
);

/** The district named by `code`, the first one when none is named; null when the code names none. */
export async function resolveDistrict(code: string | undefined): Promise<DistrictChoice | null> {
  if (code) return db.district.findUnique({ where: { code }, select: { id: true, code: true, name: true } });
  return db.district.findFirst({ orderBy: { code: 'asc' }, select: { id: true, code: true, name: true } });
}
