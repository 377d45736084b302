// Copy-paste (雷同) detection between report texts. Pure, no database.
//
// 1. Normalisation: NFKC, ASCII lower case, whitespace, punctuation and
//    symbols dropped, and every number (a run of digits) replaced by one
//    placeholder, so that a copy which only changed the year (一个单位的报告与其
//    两年前的报告除年份外逐字相同) is still a copy.
// 2. Fingerprints: winnowing (Schleimer, Wilkerson, Aiken, “Winnowing: local
//    algorithms for document fingerprinting”, SIGMOD 2003) over the k-grams of
//    the normalised text. k = 8 characters (a Chinese phrase of about two
//    words: shorter k-grams are shared by every report, e.g. 政府信息公开 has
//    6), window w = 4: every common passage of at least w + k − 1 = 11
//    normalised characters yields at least one common fingerprint. A hash is a
//    signed 32-bit integer (PostgreSQL int4); the list is deduplicated and
//    sorted, ready for an int4[] column with a GIN index (`&&` finds the
//    reports sharing any fingerprint).
// 3. Resemblance: the share of a's fingerprints that b holds (not symmetric:
//    a short report copied whole into a long one resembles it entirely).
// 4. Matched passages: the maximal common substrings of the two normalised
//    texts, found with a suffix automaton of b in time linear in both lengths
//    (a 20,000-character pair takes a few milliseconds), mapped back to
//    ranges of the original strings for highlighting side by side.

export const SHINGLE_LENGTH = 8;
export const WINNOWING_WINDOW = 4;
/** What every number becomes in the normalised text. */
export const NUMBER_PLACEHOLDER = '#';

interface Normalized {
  /** The normalised text as code points. */
  chars: string[];
  /** Per normalised character: the range of the original string it comes from. */
  starts: number[];
  ends: number[];
}

const DROPPED = /[\s\p{P}\p{S}\p{C}]/u;
const DIGIT = /\p{Nd}/u;

function normalize(text: string): Normalized {
  const chars: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let inNumber = false;
  let offset = 0;
  for (const original of text) {
    const end = offset + original.length;
    for (const char of original.normalize('NFKC').toLowerCase()) {
      if (DROPPED.test(char)) {
        if (char !== '.' && char !== ',') inNumber = false; // 1,234.5 is one number, 〔2019〕60号 two
        continue;
      }
      if (DIGIT.test(char)) {
        if (inNumber) {
          ends[ends.length - 1] = end;
          continue;
        }
        inNumber = true;
        chars.push(NUMBER_PLACEHOLDER);
      } else {
        inNumber = false;
        chars.push(char);
      }
      starts.push(offset);
      ends.push(end);
    }
    offset = end;
  }
  return { chars, starts, ends };
}

/** The text as compared: NFKC, lower case, no whitespace or punctuation, every number “#”. */
export function normalizeForSimilarity(text: string): string {
  return normalize(text).chars.join('');
}

/** FNV-1a over the k-gram's code points, then MurmurHash3's finaliser so the minima of winnowing are well spread. */
function hashAt(chars: readonly string[], from: number): number {
  let hash = 0x811c9dc5;
  for (let index = from; index < from + SHINGLE_LENGTH; index++) {
    hash = Math.imul(hash ^ chars[index]!.codePointAt(0)!, 0x01000193);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash | 0;
}

/** The winnowed fingerprints of a text: distinct signed 32-bit hashes, ascending. Empty for a text under k characters. */
export function fingerprints(text: string): number[] {
  const { chars } = normalize(text);
  const count = chars.length - SHINGLE_LENGTH + 1;
  if (count <= 0) return [];
  const hashes = Array.from({ length: count }, (_, index) => hashAt(chars, index));
  const selected = new Set<number>();
  let lastPosition = -1;
  const windows = Math.max(1, count - WINNOWING_WINDOW + 1);
  for (let start = 0; start < windows; start++) {
    // The rightmost minimum of the window (Schleimer et al.): a position already chosen is not chosen again.
    let position = start;
    for (let index = start; index < Math.min(count, start + WINNOWING_WINDOW); index++) {
      if (hashes[index]! <= hashes[position]!) position = index;
    }
    if (position !== lastPosition) {
      selected.add(hashes[position]!);
      lastPosition = position;
    }
  }
  return Array.from(Int32Array.from(selected).sort());
}

/**
 * The fewest fingerprints a text needs to be compared (about 50 normalised
 * characters at winnowing's density of 2/(w+1)): a one-line section such as
 * “本年度未收取信息处理费。无其他需要报告的事项。” reads the same in every
 * report and says nothing about copying.
 */
export const MIN_COMPARED_FINGERPRINTS = 20;

export function isComparable(prints: readonly number[]): boolean {
  return prints.length >= MIN_COMPARED_FINGERPRINTS;
}

/** The share of a's fingerprints (0–1) that b also has; 0 when a has none. */
export function resemblance(a: readonly number[], b: readonly number[]): number {
  const own = new Set(a);
  if (own.size === 0) return 0;
  const other = new Set(b);
  let shared = 0;
  for (const hash of own) if (other.has(hash)) shared++;
  return shared / own.size;
}

/** A suffix automaton of b: every substring of b, with the end of its first occurrence. */
class SuffixAutomaton {
  private readonly next: Map<string, number>[] = [new Map()];
  private readonly link: number[] = [-1];
  private readonly length: number[] = [0];
  /** Per state: where (index in b) the first occurrence of its strings ends. */
  readonly firstEnd: number[] = [-1];

  constructor(chars: readonly string[]) {
    let last = 0;
    chars.forEach((char, position) => {
      const current = this.addState(this.length[last]! + 1, position);
      let state = last;
      while (state !== -1 && !this.next[state]!.has(char)) {
        this.next[state]!.set(char, current);
        state = this.link[state]!;
      }
      if (state === -1) this.link[current] = 0;
      else {
        const target = this.next[state]!.get(char)!;
        if (this.length[state]! + 1 === this.length[target]) this.link[current] = target;
        else {
          const clone = this.addState(this.length[state]! + 1, this.firstEnd[target]!, new Map(this.next[target]), this.link[target]);
          while (state !== -1 && this.next[state]!.get(char) === target) {
            this.next[state]!.set(char, clone);
            state = this.link[state]!;
          }
          this.link[target] = clone;
          this.link[current] = clone;
        }
      }
      last = current;
    });
  }

  private addState(length: number, firstEnd: number, next = new Map<string, number>(), link = -1): number {
    this.next.push(next);
    this.link.push(link);
    this.length.push(length);
    this.firstEnd.push(firstEnd);
    return this.next.length - 1;
  }

  /** For each position of a: the longest substring of b ending there, and its state. */
  matchLengths(chars: readonly string[]): { lengths: Int32Array; states: Int32Array } {
    const lengths = new Int32Array(chars.length);
    const states = new Int32Array(chars.length);
    let state = 0;
    let length = 0;
    chars.forEach((char, index) => {
      while (state !== 0 && !this.next[state]!.has(char)) {
        state = this.link[state]!;
        length = this.length[state]!;
      }
      const target = this.next[state]!.get(char);
      if (target === undefined) [state, length] = [0, 0];
      else [state, length] = [target, length + 1];
      lengths[index] = length;
      states[index] = state;
    });
    return { lengths, states };
  }
}

export interface Range {
  start: number;
  end: number;
}

export interface Passage {
  /** The passage in the original a and in the original b (end exclusive). */
  a: Range;
  b: Range;
  /** Its length in normalised characters. */
  length: number;
}

export interface PassageMatch {
  /** In a's order, never overlapping in a. */
  passages: Passage[];
  /** The share (0–1) of a's normalised characters inside a passage. */
  coverage: number;
}

/** The passages of a (at least `minLength` normalised characters) that b also has, with a's share covered by them. */
export function matchedPassages(a: string, b: string, minLength = 12): PassageMatch {
  const left = normalize(a);
  const right = normalize(b);
  if (left.chars.length === 0 || right.chars.length === 0) return { passages: [], coverage: 0 };
  const automaton = new SuffixAutomaton(right.chars);
  const { lengths, states } = automaton.matchLengths(left.chars);
  const passages: Passage[] = [];
  let covered = 0; // a's normalised characters before this index are in a passage already
  let total = 0;
  for (let end = 0; end < lengths.length; end++) {
    const length = lengths[end]!;
    // Only where the match cannot grow to the right (the longest one ending here is maximal).
    if (length < minLength || (end + 1 < lengths.length && lengths[end + 1] === length + 1)) continue;
    const bEnd = automaton.firstEnd[states[end]!]!;
    // A match overlapping the previous passage keeps only its new part.
    const skip = Math.max(0, covered - (end - length + 1));
    let [aFrom, bFrom, aTo, bTo] = [end - length + 1 + skip, bEnd - length + 1 + skip, end, bEnd];
    // Whole original characters only (one character NFKC expands, e.g. ㈠, is not cut).
    while (aFrom <= aTo && ((aFrom > 0 && left.starts[aFrom] === left.starts[aFrom - 1]) || (bFrom > 0 && right.starts[bFrom] === right.starts[bFrom - 1]))) [aFrom, bFrom] = [aFrom + 1, bFrom + 1];
    while (aTo >= aFrom && ((left.starts[aTo + 1] === left.starts[aTo]) || (right.starts[bTo + 1] === right.starts[bTo]))) [aTo, bTo] = [aTo - 1, bTo - 1];
    const kept = aTo - aFrom + 1;
    if (kept < minLength) continue;
    passages.push({
      a: { start: left.starts[aFrom]!, end: left.ends[aTo]! },
      b: { start: right.starts[bFrom]!, end: right.ends[bTo]! },
      length: kept,
    });
    covered = aTo + 1;
    total += kept;
  }
  return { passages, coverage: total / left.chars.length };
}
