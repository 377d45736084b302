// Every route handler (app/**/route.ts), for the fuzz test: who may call it,
// and requests that are malformed by construction (a path segment, a query
// parameter or a body that names nothing or cannot be read). Handlers that
// take no input are asked with junk anyway and must not fail.
import fc from 'fast-check';
import { MEGABYTE, PERCENT_GARBAGE, markupOrSql, unsafeEncodable, unsafeText } from './values';
import type { Fixtures, Role } from './fixtures';

export interface RouteRequest {
  label: string;
  path: string;
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  headers?: Record<string, string>;
  body?: string | Buffer | FormData;
}

export interface RouteTarget {
  /** The handler's file. */
  file: string;
  caller: Role;
  /** A role that may not call it, sent a few cases too (signed-in areas only). */
  refused?: Role;
  /** No input to break: any answer but a 5xx (and a 4xx without Chinese) will do. */
  noInput?: boolean;
  /** Auth.js answers refusals with a redirect to the sign-in page and an error. */
  authJs?: boolean;
  requests: (fixtures: Fixtures) => fc.Arbitrary<RouteRequest>;
}

const encode = (value: string) => encodeURIComponent(value.toWellFormed()).replace(/%EF%BF%BD/g, '%ED%A0%80');

/** A path segment that names nothing, or that no address may hold. */
export const badSegment = fc.oneof(
  // (Not "%2e%2e": URLs read it as "..", another address, not a segment.)
  fc.constantFrom(...PERCENT_GARBAGE, '..%2f..%2fetc%2fpasswd', 'x'.repeat(2000), '%20', '0', '-1', '99999999999999999999'),
  unsafeText.map(encode),
  markupOrSql.map(encode),
  fc.string({ minLength: 1, maxLength: 30 }).map(encode),
);
const badYear = fc.oneof(fc.constantFrom('1900', '0000', '9999', '20x1', '2O24', '２０２４', '202', '20245', '-2024', '2024.0'), badSegment);
const junkQuery = fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), fc.oneof(unsafeText, markupOrSql, fc.string()), { minKeys: 1, maxKeys: 3 }).map((params) => `?${new URLSearchParams(params)}`);
/** A query whose parameter `key` the handler reads, with a value it must refuse. */
const badParam = (key: string, values: fc.Arbitrary<string>) => values.map((value) => `?${key}=${encodeURIComponent(value)}`);
const pick = <T>(...choices: fc.Arbitrary<T>[]) => fc.oneof(...choices);
const get = (label: string, path: string): RouteRequest => ({ label, path });

const reportFile = (file: string) => (): fc.Arbitrary<RouteRequest> =>
  pick(badSegment.map((slug) => get('slug', `/departments/${slug}/2020/${file}`)), badYear.map((year) => get('year', `/departments/finance/${year}/${file}`)));

const statisticsQuery = fc.oneof(
  badParam('from', fc.constantFrom('abc', '1900', '20x')),
  badParam('to', fc.constantFrom('9999', 'x', '2019.5')),
  badParam('metric', fc.oneof(fc.constantFrom('bogus', 'MAX'), unsafeEncodable)),
  badParam('year', fc.constantFrom('abc', '0', '1e9')),
  badParam('department', unsafeEncodable),
);

export const ROUTES: RouteTarget[] = [
  {
    file: 'app/api/auth/[...nextauth]/route.ts',
    caller: 'anonymous',
    authJs: true,
    requests: () =>
      pick<RouteRequest>(
        badSegment.map((action) => get('unknown action', `/api/auth/${action}`)),
        badSegment.map((provider) => ({ label: 'unknown provider', path: `/api/auth/callback/${provider}`, method: 'POST' as const, headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'username=a&password=b' })),
        fc.oneof(
          fc.constantFrom('username=fuzz-nobody&password=x', '', '%ff=%00', 'csrfToken=forged&username=%00&password=%00', '{"username":"a"}', `username=a&password=${'x'.repeat(20_000)}`),
          fc.constant(`username=a&password=${'x'.repeat(1.1 * MEGABYTE)}`),
          unsafeText.map((value) => `username=${encode(value)}&password=x`),
        ).map((body) => ({ label: 'sign-in body', path: '/api/auth/callback/credentials', method: 'POST' as const, headers: { 'content-type': 'application/x-www-form-urlencoded' }, body })),
        fc.constantFrom('application/json', 'multipart/form-data; boundary=x', 'text/plain').map((type) => ({ label: `sign-in as ${type}`, path: '/api/auth/callback/credentials', method: 'POST' as const, headers: { 'content-type': type }, body: '{"username":"a","password":"b"' })),
        badParam('callbackUrl', fc.oneof(unsafeEncodable, fc.constantFrom('https://evil.example', '//evil.example', 'javascript:alert(1)'))).map((query) => get('callbackUrl', `/api/auth/signin${query}`)),
      ),
  },
  {
    file: 'app/api/views/route.ts',
    caller: 'anonymous',
    requests: () => {
      const json: Record<string, string> = { 'content-type': 'application/json', 'sec-fetch-site': 'same-origin' };
      return pick<RouteRequest>(
        fc.oneof(
          fc.constantFrom('', '{', 'null', '[]', '"x"', '{"reportId":5}', '{"reportId":null}', '{"reportId":"c0000000000000000000000000"}', '{"reportId":"x"}'),
          unsafeText.map((id) => JSON.stringify({ reportId: id })),
          fc.constant(JSON.stringify({ reportId: 'c'.repeat(MEGABYTE) })),
        ).map((body) => ({ label: 'body', path: '/api/views', method: 'POST' as const, headers: json, body })),
        fc.constantFrom('text/plain', 'application/x-www-form-urlencoded').map((type) => ({ label: `as ${type}`, path: '/api/views', method: 'POST' as const, headers: { 'content-type': type }, body: '{"reportId":"x"}' })),
        fc.constant({ label: 'from another site', path: '/api/views', method: 'POST' as const, headers: { ...json, 'sec-fetch-site': 'cross-site' }, body: '{"reportId":"x"}' }),
      );
    },
  },
  { file: 'app/api/health/route.ts', caller: 'anonymous', noInput: true, requests: () => junkQuery.map((query) => get('query', `/api/health${query}`)) },
  {
    file: 'app/api/departments/route.ts',
    caller: 'anonymous',
    requests: () => badParam('q', fc.oneof(unsafeEncodable, fc.constant('财'.repeat(101)), fc.constant('x'.repeat(5000)))).map((query) => get('q', `/api/departments${query}`)),
  },
  { file: 'app/sitemaps/[part]/route.ts', caller: 'anonymous', requests: () => pick(badSegment, fc.constantFrom('reports-1900-1.xml', 'departments-0.xml', 'departments-99999.xml', 'pages.xmlx', 'reports-2020-0.xml')).map((part) => get('part', `/sitemaps/${part}`)) },
  { file: 'app/sitemap.xml/route.ts', caller: 'anonymous', noInput: true, requests: () => junkQuery.map((query) => get('query', `/sitemap.xml${query}`)) },
  { file: 'app/styles/care.css/route.ts', caller: 'anonymous', noInput: true, requests: () => junkQuery.map((query) => get('query', `/styles/care.css${query}`)) },
  {
    file: 'app/care-mode.css/route.ts',
    caller: 'anonymous',
    noInput: true,
    requests: () => fc.oneof(unsafeText, markupOrSql).map((value) => ({ label: 'cookie', path: '/care-mode.css', headers: { cookie: `nb_mode=${encode(value)}` } })),
  },
  {
    file: 'app/care-mode/route.ts',
    caller: 'anonymous',
    requests: () =>
      fc.oneof(fc.constantFrom('', 'mode=', 'mode=CARE', 'mode=care%00', 'mode=%ff', 'return=/x'), unsafeText.map((value) => `mode=${encode(value)}`)).map((body) => ({
        label: 'form',
        path: '/care-mode',
        method: 'POST' as const,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body,
      })),
  },
  {
    file: 'app/(workspace)/editor/reports/[reportId]/report.docx/route.ts',
    caller: 'editor',
    refused: 'anonymous',
    requests: () => badSegment.map((id) => get('report id', `/editor/reports/${id}/report.docx`)),
  },
  {
    file: 'app/(workspace)/review/dashboard.csv/route.ts',
    caller: 'approver',
    refused: 'editor',
    requests: () =>
      pick(
        badParam('year', fc.constantFrom('abc', '1900', '2019.5', '99999')),
        badParam('district', fc.oneof(unsafeEncodable, fc.constantFrom('!!', 'x'.repeat(40)))),
        badParam('state', fc.constantFrom('bogus', 'ALL')),
        badParam('lateness', fc.constantFrom('bogus', '1')),
        badParam('sort', fc.constantFrom('bogus', 'name;drop')),
        badParam('page', fc.constantFrom('0', '-1', '1.5', '99999999', 'x')),
      ).map((query) => get('filters', `/review/dashboard.csv${query}`)),
  },
  {
    file: 'app/(workspace)/admin/audit.csv/route.ts',
    caller: 'admin',
    refused: 'approver',
    requests: () =>
      pick(
        badParam('actor', fc.oneof(unsafeEncodable, fc.constant('x'.repeat(65)))),
        badParam('action', fc.oneof(unsafeEncodable, fc.constant('x'.repeat(65)))),
        badParam('department', fc.oneof(unsafeEncodable, fc.constant('no-such-department'))),
        badParam('from', fc.constantFrom('2026-02-30', 'yesterday', '2026/01/01')),
        badParam('to', fc.constantFrom('2026-13-01', '0')),
      ).map((query) => get('filters', `/admin/audit.csv${query}`)),
  },
  {
    file: 'app/(workspace)/notifications/[notificationId]/open/route.ts',
    caller: 'editor',
    refused: 'anonymous',
    requests: () => badSegment.map((id) => get('notification id', `/notifications/${id}/open`)),
  },
  {
    file: 'app/(public)/statistics/[file]/route.ts',
    caller: 'anonymous',
    requests: () => pick(badSegment.map((file) => get('file', `/statistics/${file}`)), statisticsQuery.map((query) => get('filters', `/statistics/applications.csv${query}`))),
  },
  ...(['summary.json', 'summary.csv'] as const).map(
    (file): RouteTarget => ({
      file: `app/(public)/summary/[district]/[year]/${file}/route.ts`,
      caller: 'anonymous',
      requests: (fixtures) => pick(badSegment.map((district) => get('district', `/summary/${district}/2024/${file}`)), badYear.map((year) => get('year', `/summary/${fixtures.districtCode}/${year}/${file}`))),
    }),
  ),
  { file: 'app/(public)/open-data/[file]/route.ts', caller: 'anonymous', requests: () => pick(badSegment, badYear.map((year) => `${year}.csv`), fc.constantFrom('2020.xml', '2020.CSV', '2020.csv.gz', '1900.jsonl')).map((file) => get('file', `/open-data/${file}`)) },
  {
    file: 'app/(public)/departments/[slug]/[year]/tables/[table]/route.ts',
    caller: 'anonymous',
    requests: () =>
      pick(
        badSegment.map((table) => get('table', `/departments/finance/2020/tables/${table}`)),
        fc.constantFrom('t9.csv', 'T3_APPLICATIONS.csv', 't3_applications.json').map((table) => get('table', `/departments/finance/2020/tables/${table}`)),
        badYear.map((year) => get('year', `/departments/finance/${year}/tables/t3_applications.csv`)),
        badSegment.map((slug) => get('slug', `/departments/${slug}/2020/tables/t3_applications.csv`)),
      ),
  },
  { file: 'app/(public)/departments/[slug]/[year]/report.pdf/route.ts', caller: 'anonymous', requests: reportFile('report.pdf') },
  { file: 'app/(public)/departments/[slug]/[year]/report.json/route.ts', caller: 'anonymous', requests: reportFile('report.json') },
  { file: 'app/(public)/departments/[slug]/[year]/report.docx/route.ts', caller: 'anonymous', requests: reportFile('report.docx') },
];
