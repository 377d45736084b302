// Requests that are not a person reading the page: crawlers (which announce
// themselves), HTTP scripts, and prefetches. A real browser, even an automated
// one, runs the page's script and counts like a visitor.
const BOT = /bot|crawl|spider|slurp|bingpreview|facebookexternalhit|curl|wget|python|java\/|go-http|okhttp|axios|node-fetch|undici|libwww|httpclient|monitor|uptime|lighthouse|pagespeed/i;

export function isBot(userAgent: string | null): boolean {
  return !userAgent || userAgent.length < 10 || BOT.test(userAgent);
}

export function isPrefetch(headers: Headers): boolean {
  const purpose = `${headers.get('sec-purpose') ?? ''} ${headers.get('purpose') ?? ''} ${headers.get('x-purpose') ?? ''}`.toLowerCase();
  return purpose.includes('prefetch') || purpose.includes('prerender') || headers.has('next-router-prefetch');
}
