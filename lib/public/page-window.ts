// Which page links a long list shows: the first, the last, and a few around
// the current one, with gaps between them. Pages are never capped.

export type PageLink = { kind: 'page'; page: number } | { kind: 'gap'; after: number };

export function pageWindow(current: number, pages: number, around = 2): PageLink[] {
  const shown = new Set<number>([1, pages]);
  for (let page = current - around; page <= current + around; page++) if (page >= 1 && page <= pages) shown.add(page);
  const sorted = [...shown].sort((a, b) => a - b);
  const links: PageLink[] = [];
  for (const [index, page] of sorted.entries()) {
    const previous = sorted[index - 1];
    if (previous !== undefined && page - previous === 2) links.push({ kind: 'page', page: previous + 1 });
    else if (previous !== undefined && page - previous > 2) links.push({ kind: 'gap', after: previous });
    links.push({ kind: 'page', page });
  }
  return links;
}
