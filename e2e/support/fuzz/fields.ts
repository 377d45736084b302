// Kinds of input fields, each with the values that it must refuse ("bad")
// and values it may accept ("noise", which never make an input valid or
// invalid on their own). A fuzz case breaks at least one field of a valid
// input, so that every case is malformed by construction and nothing may be
// written. Forms carry strings (and files) only: `badInForm` is for them.
import fc from 'fast-check';
import { anyValue, junkString, markupOrSql, notANumber, notAString, oddNumber, tooLong, unsafeEncodable, unsafeText } from './values';

export interface FieldKind {
  /** Values refused in a JSON argument (undefined: the field is missing). */
  bad: fc.Arbitrary<unknown> | null;
  /** Values refused in a form (strings, or a file where text belongs). */
  badInForm: fc.Arbitrary<string | Blob | undefined> | null;
  /** Accepted values that try to look dangerous, or null. */
  noise?: fc.Arbitrary<unknown>;
}

const file = fc.constant(new Blob(['\u0000binary'], { type: 'application/octet-stream' }));
const missing = fc.constant(undefined);

/** An id of a record (report, comment, user, department): anything malformed; an unknown one answers "not found". */
export function id(): FieldKind {
  const malformed = fc.oneof(unsafeText, tooLong(64), fc.constant(''), fc.string({ minLength: 1, maxLength: 30 }), markupOrSql);
  return { bad: fc.oneof(malformed, notAString, missing), badInForm: fc.oneof(malformed, file, missing) };
}

/**
 * A whole number between `min` and `max` (coerced from text as zod's
 * z.coerce.number does). `avoid`: values that are in range but must not be
 * taken by chance (the report's current version, which would make a step valid).
 */
export function wholeNumber(min: number, max: number, options: { required?: boolean; avoid?: number[] } = {}): FieldKind {
  const outside = fc.oneof(fc.integer({ min: -1e9, max: min - 1 }), fc.integer({ min: max + 1, max: max + 1e9 }), oddNumber);
  const inRangeButWrong = options.avoid ? fc.integer({ min, max: Math.min(max, min + 50) }).filter((value) => !options.avoid!.includes(value)) : fc.constant(min - 1);
  const text = fc.oneof(notANumber.filter((value) => value.trim() !== '' || min > 0), outside.map(String), junkString);
  // Objects, booleans and arrays coerce to 0, 1 or NaN (min is at least 1 where this is used), null to 0.
  const wrongType = fc.constantFrom({}, [], [[1, 2]], true, false, null, Number.NaN, '$abc');
  return {
    bad: fc.oneof(outside, inRangeButWrong, text, wrongType, ...(options.required === false ? [] : [missing])),
    badInForm: fc.oneof(text, file, ...(options.required === false ? [] : [missing])),
  };
}

/** One of `values`. */
export function oneOf(values: readonly string[], options: { required?: boolean } = {}): FieldKind {
  const other = fc.oneof(junkString, fc.string({ maxLength: 20 }), markupOrSql, fc.constantFrom(...values.map((value) => value.toUpperCase() + ' '))).filter((value) => !values.includes(value));
  return {
    bad: fc.oneof(other, notAString.filter((value) => value !== undefined), ...(options.required === false ? [] : [missing])),
    badInForm: fc.oneof(other, file, ...(options.required === false ? [] : [missing])),
  };
}

/** Free text of at most `max` characters (at least `min` after trimming, where required). */
export function text(max: number, options: { min?: number; required?: boolean } = {}): FieldKind {
  const min = options.min ?? 0;
  const short = min > 0 ? [fc.constantFrom('', '   ', '\t\n', '章'.repeat(min - 1), ` ${'a'.repeat(min - 1)} `)] : [];
  const refused = (unsafe: fc.Arbitrary<string>) => fc.oneof(unsafe, tooLong(max), ...short);
  const required = options.required ?? min > 0;
  return {
    bad: fc.oneof(refused(unsafeText), notAString.filter((value) => value !== undefined || required), ...(required ? [missing] : [])),
    badInForm: fc.oneof(refused(unsafeEncodable), file, ...(required ? [missing] : [])),
    noise: markupOrSql,
  };
}

/**
 * Text that must match a pattern (user names, slugs, district codes, dates …). `required`: refused when missing;
 * `markup`: markup and SQL cannot match it (false for passwords, which may hold any character).
 */
export function pattern(badExamples: readonly string[], options: { required?: boolean; max?: number; markup?: boolean } = {}): FieldKind {
  const refused = (unsafe: fc.Arbitrary<string>) => fc.oneof(fc.constantFrom(...badExamples), unsafe, tooLong(options.max ?? 200), ...(options.markup === false ? [] : [markupOrSql]));
  return {
    bad: fc.oneof(refused(unsafeText), notAString.filter((value) => value !== undefined && value !== null), ...(options.required ? [missing] : [])),
    badInForm: fc.oneof(refused(unsafeEncodable), file, ...(options.required ? [missing] : [])),
  };
}

/** A checkbox: every value reads as on or off, so no value is refused; only noise. */
export function flag(): FieldKind {
  return { bad: null, badInForm: null, noise: fc.oneof(fc.constantFrom('on', 'true', 'false', 'off', '1', ''), markupOrSql) };
}

/** The kind, for an action that reads only the text fields of its form (a file sent in a text field is a missing value). */
export function textOnly(kind: FieldKind): FieldKind {
  return { ...kind, badInForm: kind.badInForm && kind.badInForm.filter((value) => !(value instanceof Blob)) };
}

/** A field whose value is an object the fuzz test builds itself (report content, comment anchors). */
export function custom(bad: fc.Arbitrary<unknown>): FieldKind {
  return { bad, badInForm: null };
}

export { anyValue };
