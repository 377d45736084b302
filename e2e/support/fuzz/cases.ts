// Fuzz cases for one server action: a valid input with at least one field
// broken (and harmless noise elsewhere), or arguments of the wrong shape.
import fc from 'fast-check';
import type { ActionTarget, Shape, Variant } from './actions';
import type { FieldKind } from './fields';
import type { Fixtures } from './fixtures';
import { anyValue, extraFields } from './values';

export interface ActionCase {
  label: string;
  caller: Variant['caller'];
  page: string;
  /** What was broken, for the report of a failure. */
  broken: string;
  args: unknown[];
}

/** Gives a case a short description, which fast-check prints for a counterexample (instead of megabytes). */
export function described<T extends object>(value: T, description: string): T {
  return Object.assign(value, { [fc.toStringMethod]: () => description });
}

const badOf = (kind: FieldKind, shape: Shape) => (shape === 'input' ? kind.bad : kind.badInForm);

function toForm(values: Record<string, unknown>): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) continue;
    if (value instanceof Blob) form.append(key, value, value instanceof File ? value.name : 'upload.bin');
    else form.append(key, String(value));
  }
  return form;
}

function argsOf(shape: Shape, values: Record<string, unknown>): unknown[] {
  if (shape === 'input') return [values];
  if (shape === 'form') return [toForm(values)];
  return [{ status: 'idle' }, toForm(values)];
}

/** Arguments no caller of this shape may pass (the input is not an object, the form not a FormData …). */
type Broken = { broken: string; args: unknown[] };

function wrongShape(shape: Shape, valid: Record<string, unknown>): fc.Arbitrary<Broken> {
  const notObject = anyValue.filter((value) => value === null || typeof value !== 'object' || Array.isArray(value) || value instanceof Date);
  const broken = (what: string, args: unknown[]): fc.Arbitrary<Broken> => fc.constant({ broken: what, args });
  if (shape === 'input') return fc.oneof(broken('no argument', []), notObject.map((value): Broken => ({ broken: 'input not an object', args: [value] })), broken('input in an array', [[valid]]));
  if (shape === 'form') return fc.oneof(broken('no argument', []), broken('form as an object', [valid]), anyValue.map((value): Broken => ({ broken: 'form not a FormData', args: [value] })));
  return fc.oneof(
    broken('form missing', [{ status: 'idle' }]),
    broken('form as an object', [{ status: 'idle' }, valid]),
    broken('form in place of the state', [toForm(valid)]),
    anyValue.map((value): Broken => ({ broken: 'form not a FormData', args: [value, value] })),
  );
}

type Entry = readonly [string, unknown];
const entries = (fields: [string, FieldKind][], pick: (kind: FieldKind) => fc.Arbitrary<unknown>): fc.Arbitrary<Entry[]> =>
  fields.length ? fc.tuple(...fields.map(([name, kind]) => pick(kind).map((value): Entry => [name, value]))) : fc.constant([]);

function fieldBreak(variant: Variant, shape: Shape, valid: Record<string, unknown>): fc.Arbitrary<Broken> | null {
  const breakable = Object.entries(variant.fields).filter(([, kind]) => badOf(kind, shape) !== null);
  if (breakable.length === 0) return null;
  const noisy = Object.entries(variant.fields).filter(([, kind]) => kind.noise);
  const real = new Set([...Object.keys(variant.fields), ...Object.keys(valid)]);
  return fc
    .tuple(
      fc.subarray(breakable, { minLength: 1, maxLength: Math.min(3, breakable.length) }).chain((fields) => entries(fields, (kind) => badOf(kind, shape)!)),
      fc.subarray(noisy, { maxLength: Math.min(2, noisy.length) }).chain((fields) => entries(fields, (kind) => kind.noise!)),
      extraFields,
    )
    .map(([broken, noise, extra]) => {
      const brokenNames = new Set(broken.map(([name]) => name));
      const values: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(extra)) if (!real.has(key)) values[key] = value;
      Object.assign(values, valid);
      for (const [name, value] of noise) if (!brokenNames.has(name)) values[name] = value;
      for (const [name, value] of broken) values[name] = value;
      return { broken: broken.map(([name, value]) => `${name}=${describe(value)}`).join(', '), args: argsOf(shape, values) };
    });
}

/** Cases for the action, for the role of each variant. */
export function actionCases(target: ActionTarget, fixtures: Fixtures): fc.Arbitrary<ActionCase> {
  return fc.constantFrom(...target.variants).chain((variant) => {
    const valid = variant.valid(fixtures);
    const fields = fieldBreak(variant, target.shape, valid);
    const shapes = wrongShape(target.shape, valid);
    const either = fields ? fc.oneof({ arbitrary: fields, weight: 4 }, { arbitrary: shapes, weight: 1 }) : shapes;
    const page = variant.page(fixtures);
    return either.map(({ broken, args }) => described({ label: variant.label, caller: variant.caller, page, broken, args }, `${variant.label} as ${variant.caller} on ${page}: ${broken}`));
  });
}

/** A short description of a value for the report (long strings shortened, control characters shown as \u escapes). */
export function describe(value: unknown): string {
  if (value instanceof Blob) return `file(${value.size} bytes)`;
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 40)}…(${value.length} chars)` : value);
  try {
    const text = JSON.stringify(value) ?? String(value);
    return text.length > 80 ? `${text.slice(0, 60)}…` : text;
  } catch {
    return String(value);
  }
}
