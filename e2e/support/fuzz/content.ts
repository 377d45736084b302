// Report content for the fuzz test of the editor's save: a valid report of
// the current format, and ways to break it that the save must refuse with a
// message naming the place (nothing written). Negative and fractional counts
// are not among them: a draft may hold them (the rules block its submission).
import fc from 'fast-check';
import { currentYearInChina } from '@/lib/report-format/formats';
import { sample2021 } from '@/lib/report-format/testing/sample-content';
import { markupOrSql, notAString, oddNumber, unsafeText } from './values';

/** A complete, valid report of the current format, dated in January after its year. */
export function validContent() {
  const content = sample2021();
  content.signature.date = `${currentYearInChina(new Date()) + 1}-01-20`;
  return content;
}

type Content = Record<string, unknown> & {
  preamble: unknown;
  sections: Record<string, Array<Record<string, unknown>>>;
  tables: Record<string, Record<string, Record<string, unknown>>>;
  signature: Record<string, unknown>;
};

type Mutation = (content: Content) => unknown;

const set = (path: string[], value: unknown): Mutation => (content) => {
  let node: Record<string, unknown> = content;
  for (const key of path.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
  node[path.at(-1)!] = value;
  return content;
};

const badText = fc.oneof(unsafeText, notAString.filter((value) => value !== undefined));
const badCell = fc.oneof(
  fc.constantFrom('12', '', true, [], { amount: 1 }, { amount: -1, unit: '元' }, { amount: 1, unit: '美元' }, 1e13, -1e13),
  oddNumber.filter((value) => !Number.isFinite(value as number)),
  unsafeText,
);

/** One change that makes the content invalid. */
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  badText.map((value) => set(['preamble'], value)),
  fc.tuple(fc.integer({ min: 0, max: 3 }), badText).map(([index, value]): Mutation => (content) => {
    const blocks = content.sections.s1!;
    blocks[index % blocks.length]!.text = value;
    return content;
  }),
  fc.constant(set(['preamble'], '开'.repeat(5001))),
  fc.constant<Mutation>((content) => ((content.sections.s1![0]!.text = '段'.repeat(20_001)), content)),
  fc.constant<Mutation>((content) => ((content.sections.s1![0]!.type = 'script'), content)),
  badText.map((value) => set(['signature', 'organization'], value)),
  fc.constantFrom('2027-02-30', '2027/01/20', 20270120, '\u00002027-01-20').map((value) => set(['signature', 'date'], value)),
  badCell.map((value) => set(['tables', 't3_applications', 'granted', 'natural_person'], value)),
  fc.constantFrom(5, 0).map((value) => set(['tables', 't3_applications', 'granted', 'total'], value)),
  fc.constantFrom<string[]>(['tables', 'nonsense'], ['tables', 't3_applications', 'nonsense'], ['tables', 't3_applications', 'granted', 'nonsense']).map((path) => set(path, path.length === 2 ? {} : path.length === 3 ? { natural_person: 1 } : 1)),
  fc.constantFrom<string[]>(['sections', 's9'], ['sections', 's1\u0000']).map((path) => set(path, [{ type: 'paragraph', text: '多余的部分' }])),
  fc.constantFrom(2, '1', null, undefined).map((value) => set(['schemaVersion'], value)),
  fc.constantFrom('text', 5, null, [1], ['\u0000'], [{}]).map((value) => set(['carried'], value)),
  fc.constantFrom('text', 5, null, [], { s1: 'x' }, { s1: [null] }).map((value) => set(['sections'], value)),
  fc.constantFrom(null, 'text', 5, [], [[[[[[]]]]]], true).map((value): Mutation => () => value),
);

/** Harmless changes: markup or SQL in the text, a negative count (a draft may hold one). */
const noise: fc.Arbitrary<Mutation> = fc.oneof(
  markupOrSql.map((value) => set(['preamble'], value)),
  fc.constantFrom(-3, 1.5).map((value) => set(['tables', 't3_applications', 'granted', 'legal_commercial'], value)),
  fc.constant<Mutation>((content) => content),
);

/** Content the save must refuse: valid content with one or two breaking changes and some noise. */
export const badContent: fc.Arbitrary<unknown> = fc
  .tuple(fc.array(mutation, { minLength: 1, maxLength: 2 }), noise)
  .map(([mutations, harmless]) => {
    let content: unknown = harmless(validContent() as unknown as Content);
    for (const change of mutations) {
      // A change after one that replaced a whole part may find nothing to change: the content is broken already.
      if (content === null || typeof content !== 'object' || Array.isArray(content)) break;
      try {
        content = change(content as Content);
      } catch {
        break;
      }
    }
    return content;
  });
