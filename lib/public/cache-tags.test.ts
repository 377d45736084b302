import { describe, expect, it } from 'vitest';
import { cacheTags, departmentTags, publicationTags } from './cache-tags';

describe('cache tags', () => {
  it('a publication touches its report, its department column, the four directory views that list it, search, years, its sitemap part and its year\'s district summaries', () => {
    expect(publicationTags({ slug: 'finance', year: 2024 }).sort()).toEqual(
      [
        'report:finance:2024',
        'department-reports:finance',
        'directory:2024:finance',
        'directory:2024:all',
        'directory:all:finance',
        'directory:all:all',
        'search',
        'years',
        'sitemap',
        'sitemap:reports:2024',
        'summary:2024',
      ].sort(),
    );
  });

  it('leaves other departments, other years and other reports alone', () => {
    const touched = new Set(publicationTags({ slug: 'finance', year: 2024 }));
    for (const tag of [
      cacheTags.report({ slug: 'finance', year: 2023 }),
      cacheTags.report({ slug: 'education', year: 2024 }),
      cacheTags.department('finance'),
      cacheTags.departmentReports('education'),
      cacheTags.directory(2023, null),
      cacheTags.directory(2024, 'education'),
      cacheTags.departmentList,
      cacheTags.sitemapReports(2023),
      cacheTags.sitemapDepartments,
      cacheTags.summary(2023),
    ]) {
      expect(touched.has(tag), tag).toBe(false);
    }
  });

  it('a renamed department refreshes its pages under both keys and the lists that name it', () => {
    const tags = departmentTags(['finance', 'caizheng'], [2023, 2024]);
    for (const tag of ['department:finance', 'department:caizheng', 'report:caizheng:2024', 'directory:2023:all', 'department-list', 'sitemap:departments']) {
      expect(tags, tag).toContain(tag);
    }
    expect(tags).not.toContain('report:education:2024');
    expect(new Set(tags).size).toBe(tags.length);
  });

  it('every tag fits Next’s limit of 256 characters', () => {
    const slug = 'a'.repeat(40);
    for (const tag of [...publicationTags({ slug, year: 2024 }), ...departmentTags([slug], [2024])]) expect(tag.length).toBeLessThanOrEqual(256);
  });
});
