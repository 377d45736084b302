// Everything the directory page shows for a well-formed filter: the
// department list for the form, the results, and what in the filter names
// nothing (an unknown department, a page past the last), said in Chinese.
import 'server-only';
import { cache } from 'react';
import type { DirectoryFilter } from './directory-filter';
import { listPublicDepartments } from './list-public-departments';
import { listPublishedReports } from './list-published-reports';

export function loadDirectory(filter: DirectoryFilter) {
  // Primitive arguments, so that the page and its metadata share one load per request.
  return load(filter.year, filter.department, filter.q, filter.page);
}

const load = cache(async (year: number | null, department: string | null, q: string | null, page: number) => {
  const filter = { year, department, q, page };
  const [departments, results] = await Promise.all([listPublicDepartments(), listPublishedReports(filter)]);
  const problems: string[] = [];
  if (filter.department && !departments.some((each) => each.slug === filter.department)) {
    problems.push(`部门“${filter.department}”：没有这个部门，请从列表中选择。`);
  } else if (filter.page > results.pages) {
    problems.push(`页码“${filter.page}”：超出范围，符合条件的结果共 ${results.pages} 页。`);
  }
  return { departments, results: problems.length ? null : results, problems };
});
