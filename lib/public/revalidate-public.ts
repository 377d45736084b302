// After a publication, correction or withdrawal, or a department change, the
// public pages that show it are rendered again on their next visit; every
// other page stays cached. The tags say which (cache-tags.ts). They expire at
// once ({ expire: 0 }): the next visitor waits for the new page rather than
// being served the old one.
import 'server-only';
import { revalidateTag } from 'next/cache';
import { cacheTags, departmentTags, publicationTags, type ReportPlace } from './cache-tags';

function expire(tags: readonly string[]): void {
  for (const tag of tags) revalidateTag(tag, { expire: 0 });
}

/**
 * A publication, correction or withdrawal. An inactive department is listed
 * only while it has a public report: its publication may change the lists.
 */
export function revalidatePublication(place: ReportPlace, department: { listed: boolean }): void {
  expire(department.listed ? publicationTags(place) : [...publicationTags(place), cacheTags.departmentList, cacheTags.sitemapDepartments]);
}

export function revalidateDepartment(slugs: readonly string[], years: readonly number[]): void {
  expire(departmentTags(slugs, years));
}
