import { describe, expect, it } from 'vitest';
import { isBot, isPrefetch } from './bots';

describe('who is counted as a reader', () => {
  it('counts browsers, automated ones too, and not crawlers or HTTP scripts', () => {
    const chrome = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/139.0.0.0 Safari/537.36';
    const headless = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/139.0.0.0 Safari/537.36';
    expect(isBot(chrome)).toBe(false);
    expect(isBot(headless)).toBe(false);
    for (const agent of [
      'Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)',
      'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
      'Sogou web spider/4.0(+http://www.sogou.com/docs/help/webmasters.htm#07)',
      'curl/8.5.0',
      'python-requests/2.32.3',
      'node',
      null,
    ]) {
      expect(isBot(agent), String(agent)).toBe(true);
    }
  });

  it('recognises prefetches and prerenders', () => {
    expect(isPrefetch(new Headers({ 'sec-purpose': 'prefetch' }))).toBe(true);
    expect(isPrefetch(new Headers({ 'sec-purpose': 'prefetch;prerender' }))).toBe(true);
    expect(isPrefetch(new Headers({ purpose: 'prefetch' }))).toBe(true);
    expect(isPrefetch(new Headers({ 'next-router-prefetch': '1' }))).toBe(true);
    expect(isPrefetch(new Headers({ accept: 'application/json' }))).toBe(false);
  });
});
