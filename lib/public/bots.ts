// Requests that are not a person reading the page: crawlers and HTTP scripts
// (isbot, a maintained list of ~200 patterns: search engines, monitors,
// curl, python-requests, Go, Java, axios …), anything without a browser's
// user agent, and prefetches. A headless browser is not excluded: it runs the
// page's script like a visitor, and the limits per visitor and per address
// (lib/public/view-limits.ts) bound what any script can add.
import { createIsbotFromList, list } from 'isbot';

const isCrawlerOrScript = createIsbotFromList(list.filter((pattern) => pattern !== 'headless'));

export function isBot(userAgent: string | null): boolean {
  return !userAgent || userAgent.length < 10 || isCrawlerOrScript(userAgent);
}

export function isPrefetch(headers: Headers): boolean {
  const purpose = `${headers.get('sec-purpose') ?? ''} ${headers.get('purpose') ?? ''} ${headers.get('x-purpose') ?? ''}`.toLowerCase();
  return purpose.includes('prefetch') || purpose.includes('prerender') || headers.has('next-router-prefetch');
}
