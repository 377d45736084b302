// Hostile values for the fuzz test (fast-check arbitraries): strings no text
// field may hold, numbers out of every range, values of the wrong type, and
// text that is harmless but tries to look like markup or SQL.
import fc from 'fast-check';

/** One megabyte and a bit: past every text field's limit and Next's default action body limit. */
export const MEGABYTE = 1024 * 1024;

const CONTROL = ['\u0000', '\u0001', '\u0007', '\u0008', '\u000b', '\u000c', '\u001b', '\u001f', '\u007f', '\ufffe', '\uffff'];
const LONE_SURROGATES = ['\ud800', '\udbff', '\udc00', '\udfff'];

export const HTML_FRAGMENTS = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)">点击</a>',
  '</textarea><svg onload=alert(1)>',
  '{{7*7}}${7*7}',
];
export const SQL_FRAGMENTS = ["' OR '1'='1", "'; DROP TABLE reports; --", "1; SELECT pg_sleep(5)--", '" OR ""="', "%' AND 1=1 --", "\\'; --"];
export const PERCENT_GARBAGE = ['%ff', '%', '%E4%B8', '%zz', '%%', '%C0%AF', '%ED%A0%80', '%00', '%0a'];

/** Text fields may hold these (escaped when shown, bound as parameters in SQL): noise, never a reason to refuse. */
export const markupOrSql = fc.constantFrom(...HTML_FRAGMENTS, ...SQL_FRAGMENTS);

/**
 * Such a string that survives being sent as UTF-8, in a URL or a form: a lone
 * surrogate cannot be encoded (FormData and percent-encoding turn it into
 * U+FFFD, a valid character); control characters and noncharacters can.
 */
export const unsafeEncodable = fc
  .tuple(fc.string({ maxLength: 12 }), fc.constantFrom(...CONTROL), fc.string({ maxLength: 12 }))
  .map(([before, bad, after]) => `${before}${bad}${after}`);

/** A string holding a character no text may hold, somewhere inside ordinary text. */
export const unsafeText = fc
  .tuple(fc.string({ maxLength: 12 }), fc.constantFrom(...CONTROL, ...LONE_SURROGATES), fc.string({ maxLength: 12 }), fc.constantFrom('', '章贡区', 'abc'))
  .map(([before, bad, after, word]) => `${word}${before}${bad}${after}`);

/** Longer than `max` characters (up to a megabyte). */
export const tooLong = (max: number) =>
  fc.oneof(
    fc.integer({ min: max + 1, max: max + 50 }).map((length) => '政'.repeat(length)),
    fc.constantFrom(...['a'.repeat(MEGABYTE + 16), '章'.repeat(100_000)].filter((text) => text.length > max)),
  );

/** Numbers no field expects: negative, fractional, huge, unsafe integers, -0. */
export const oddNumber = fc.oneof(
  fc.integer({ min: -1_000_000, max: -1 }),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }).filter((value) => !Number.isInteger(value)),
  fc.constantFrom(1e308, -1e308, 2 ** 31, 2 ** 53 + 2, -0, 1e21, Number.MAX_VALUE, Number.MIN_VALUE, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY),
);

/** Strings that are not numbers (or not only numbers). */
export const notANumber = fc.constantFrom('abc', '', ' ', '1e400', '0x1F', '12abc', '１２', 'NaN', 'Infinity', '--1', '1,000', '二〇二四', ...PERCENT_GARBAGE);

/** Any value of a JSON-ish shape, including nested ones and React's special values (undefined, NaN, dates). */
export const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, undefined, true, false, 0, [], {}, [[[]]], new Date(0)),
  oddNumber,
  notANumber,
  unsafeText,
  markupOrSql,
  fc.array(fc.oneof(fc.string(), fc.integer()), { maxLength: 4 }),
  // Plain objects: React refuses to send objects without a prototype at all.
  fc.dictionary(fc.string({ maxLength: 8 }), fc.oneof(fc.string(), fc.integer(), fc.constant(null)), { maxKeys: 4, noNullPrototype: true }),
);

/** Values that are not strings. */
export const notAString = anyValue.filter((value) => typeof value !== 'string');

/** Strings a form may carry that are wrong for any kind of field: hostile, long, percent-garbage. */
export const junkString = fc.oneof(unsafeText, tooLong(200), fc.constantFrom(...PERCENT_GARBAGE), fc.constant(''));

/** Fields a form or object does not have (zod drops them): noise. */
export const extraFields = fc.dictionary(
  fc.oneof(fc.constantFrom('__proto__', 'constructor', 'id', '$ACTION_ID_x', 'role', 'admin', 'status'), fc.string({ minLength: 1, maxLength: 10 })),
  fc.oneof(markupOrSql, fc.string({ maxLength: 20 }), fc.integer().map(String)),
  { maxKeys: 3, noNullPrototype: true },
);
