// Text search for Chinese (and any other) text without a word segmenter.
//
// Text is normalised (NFKC: full-width letters, digits and punctuation become
// their ordinary forms; ASCII letters lower case) and cut into runs of letters
// and digits. A report's tokens are every character and every pair of adjacent
// characters within a run; a GIN index over them finds the reports that hold
// every token of a query. A term of one or two characters is then matched
// exactly; a longer term ("财政局": 财政 + 政局) is confirmed with a substring
// test on the normalised text, since its pairs may also occur apart.
// Pure: the same functions run when a report is published and when a visitor searches.

const RUN = /[\p{L}\p{N}]+/gu;
/** A query is at most this many characters (the directory's field allows 50). */
export const MAX_QUERY_LENGTH = 50;

/** NFKC, ASCII letters in lower case (as PostgreSQL's lower() under the "C" collation). */
export function normalizeSearchText(text: string): string {
  return text.normalize('NFKC').replace(/[A-Z]+/g, (letters) => letters.toLowerCase());
}

function runs(normalized: string): string[] {
  return normalized.match(RUN) ?? [];
}

function addRunTokens(run: string, into: Set<string>): void {
  const chars = Array.from(run);
  for (let index = 0; index < chars.length; index++) {
    into.add(chars[index]!);
    if (index + 1 < chars.length) into.add(chars[index]! + chars[index + 1]!);
  }
}

/** The distinct tokens of a normalised text, sorted. */
export function searchTokens(normalized: string): string[] {
  const tokens = new Set<string>();
  for (const run of runs(normalized)) addRunTokens(run, tokens);
  return [...tokens].sort();
}

export interface SearchQuery {
  /** The normalised terms (split at white space), each to be found in the text. */
  terms: string[];
  /** Every term's tokens: a report must hold all of them. */
  tokens: string[];
  /** The terms that the tokens alone do not prove present (longer than one pair, or with punctuation). */
  confirm: string[];
}

/**
 * The query for a search text, or null when it has no letter or digit to
 * look for (only punctuation or spaces): such a search finds nothing.
 */
export function parseSearchQuery(text: string): SearchQuery | null {
  const terms = [...new Set(normalizeSearchText(text).split(/\s+/u).filter(Boolean))];
  const tokens = new Set<string>();
  const confirm: string[] = [];
  for (const term of terms) {
    const termRuns = runs(term);
    for (const run of termRuns) addRunTokens(run, tokens);
    const exact = termRuns.length === 1 && termRuns[0] === term && Array.from(term).length <= 2;
    if (!exact) confirm.push(term);
  }
  if (tokens.size === 0) return null;
  return { terms, tokens: [...tokens].sort(), confirm };
}
