import { describe, expect, it } from 'vitest';
import {
  fingerprints,
  isComparable,
  matchedPassages,
  MIN_COMPARED_FINGERPRINTS,
  normalizeForSimilarity,
  resemblance,
} from './similarity';
import {
  FINANCE_2020,
  FINANCE_2020_TEXT,
  FINANCE_2020_YEARS_CHANGED,
  FINANCE_EXCERPT,
  FINANCE_EXCERPT_NEAR_COPY,
  HEALTH_2021_TEXT,
} from './testing/report-texts';

describe('normalizeForSimilarity', () => {
  it.each([
    ['２０２０年，本局 共公开信息408篇。', '#年本局共公开信息#篇'],
    ['（国办公开办函〔2019〕60号）', '国办公开办函##号'],
    ['采购总金额1,234.5元；APP、赣政通', '采购总金额#元app赣政通'],
    ['“谁主管、谁审批”\n\t原则', '谁主管谁审批原则'],
  ])('%s', (text, normalized) => {
    expect(normalizeForSimilarity(text)).toBe(normalized);
  });
});

describe('fingerprints', () => {
  it('are distinct signed 32-bit integers in ascending order (PostgreSQL int4[])', () => {
    const prints = fingerprints(FINANCE_2020_TEXT);
    expect(prints.length).toBeGreaterThan(100);
    expect(prints).toEqual([...new Set(prints)].sort((a, b) => a - b));
    expect(prints.every((hash) => Number.isInteger(hash) && hash >= -(2 ** 31) && hash < 2 ** 31)).toBe(true);
  });

  it('ignore the years, spacing and punctuation, and keep about two in five k-grams', () => {
    expect(fingerprints(FINANCE_2020_YEARS_CHANGED)).toEqual(fingerprints(FINANCE_2020_TEXT));
    expect(fingerprints('2021年，全年 收到申请12件。')).toEqual(fingerprints('2023年全年收到申请 3 件'));
    const length = normalizeForSimilarity(FINANCE_2020_TEXT).length;
    expect(fingerprints(FINANCE_2020_TEXT).length / length).toBeGreaterThan(0.25);
    expect(fingerprints(FINANCE_2020_TEXT).length / length).toBeLessThan(0.5);
  });

  it('are none for a text shorter than a k-gram, and a one-line section is too short to compare', () => {
    expect(fingerprints('')).toEqual([]);
    expect(fingerprints('无。')).toEqual([]);
    expect(fingerprints('本年度未收取信息处理费。').length).toBeGreaterThan(0);
    expect(isComparable(fingerprints('本年度未收取信息处理费。无其他需要报告的事项。'))).toBe(false);
    expect(isComparable(fingerprints(FINANCE_2020.s5))).toBe(true);
    expect(MIN_COMPARED_FINGERPRINTS).toBe(20);
  });
});

// Measured with these texts: identical and year-changed 1.000; near copy 0.580 (0.437 the other way round);
// the health and finance reports 0.102 and 0.040 (coverage 0.152 and 0.068: the customary opening sentence).
describe.each<[string, string, string, number, number]>([
  ['an identical copy', FINANCE_2020_TEXT, FINANCE_2020_TEXT, 0.99, 1],
  ['a copy with only the years changed', FINANCE_2020_YEARS_CHANGED, FINANCE_2020_TEXT, 0.99, 1],
  ['a near copy (a paragraph and two measures rewritten)', FINANCE_EXCERPT_NEAR_COPY, FINANCE_EXCERPT, 0.4, 0.9],
  ['the near copy’s original against it', FINANCE_EXCERPT, FINANCE_EXCERPT_NEAR_COPY, 0.4, 0.9],
  ['two departments’ reports in the same official style', HEALTH_2021_TEXT, FINANCE_2020_TEXT, 0, 0.25],
  ['the same, the other way round', FINANCE_2020_TEXT, HEALTH_2021_TEXT, 0, 0.25],
])('%s', (_name, a, b, low, high) => {
  it(`resemblance is between ${low} and ${high}`, () => {
    const share = resemblance(fingerprints(a), fingerprints(b));
    expect(share).toBeGreaterThanOrEqual(low);
    expect(share).toBeLessThanOrEqual(high);
  });

  it(`the matched passages cover between ${low} and ${high} of it`, () => {
    const { coverage } = matchedPassages(a, b);
    expect(coverage).toBeGreaterThanOrEqual(low);
    expect(coverage).toBeLessThanOrEqual(high);
  });

  it('each passage slices back to the same normalised text on both sides, in order and without overlap', () => {
    const { passages } = matchedPassages(a, b);
    let previousEnd = 0;
    for (const passage of passages) {
      const left = normalizeForSimilarity(a.slice(passage.a.start, passage.a.end));
      expect(left).toBe(normalizeForSimilarity(b.slice(passage.b.start, passage.b.end)));
      expect([...left]).toHaveLength(passage.length);
      expect(passage.length).toBeGreaterThanOrEqual(12);
      expect(passage.a.start).toBeGreaterThanOrEqual(previousEnd);
      previousEnd = passage.a.end;
    }
  });
});

describe('resemblance and matched passages', () => {
  it('resemblance is the share of a’s fingerprints in b, not symmetric', () => {
    expect(resemblance([1, 2, 3, 4], [3, 4, 5])).toBe(0.5);
    expect(resemblance([3, 4, 5], [1, 2, 3, 4])).toBeCloseTo(2 / 3);
    expect(resemblance([], [1])).toBe(0);
    const part = FINANCE_2020.s5;
    expect(resemblance(fingerprints(part), fingerprints(FINANCE_2020_TEXT))).toBe(1);
    expect(resemblance(fingerprints(FINANCE_2020_TEXT), fingerprints(part))).toBeLessThan(0.3);
  });

  it('finds a moved paragraph and gives its place in both original texts', () => {
    const a = '第一段：我局高度重视政务公开工作，明确专人负责信息发布。\n第二段：全年组织业务培训两次，提升信息员的业务能力。';
    const b = '全年组织业务培训两次，提升信息员的业务能力！另外，我局高度重视政务公开工作，明确专人负责信息发布。';
    const { passages, coverage } = matchedPassages(a, b);
    expect(passages.map((passage) => [a.slice(passage.a.start, passage.a.end), b.slice(passage.b.start, passage.b.end)])).toEqual([
      ['我局高度重视政务公开工作，明确专人负责信息发布', '我局高度重视政务公开工作，明确专人负责信息发布'],
      ['全年组织业务培训两次，提升信息员的业务能力', '全年组织业务培训两次，提升信息员的业务能力'],
    ]);
    expect(coverage).toBeCloseTo(42 / 48);
  });

  it('ignores common runs shorter than minLength, and handles empty texts', () => {
    expect(matchedPassages('政府信息公开工作', '加强政府信息公开工作').passages).toEqual([]);
    expect(matchedPassages('政府信息公开工作', '加强政府信息公开工作', 6).coverage).toBe(1);
    expect(matchedPassages('', FINANCE_2020_TEXT)).toEqual({ passages: [], coverage: 0 });
    expect(matchedPassages(FINANCE_2020_TEXT, '')).toEqual({ passages: [], coverage: 0 });
  });

  it('never cuts a character that NFKC expands (㈠ is （一）)', () => {
    const a = '㈠主动公开情况全年公开信息四百零八篇其中工作动态三百八十一篇';
    const b = '（一）主动公开情况全年公开信息四百零八篇其中工作动态三百八十一篇';
    const [passage] = matchedPassages(a, b).passages;
    expect(a.slice(passage!.a.start, passage!.a.end)).toBe(a);
    expect(normalizeForSimilarity(b.slice(passage!.b.start, passage!.b.end))).toBe(normalizeForSimilarity(a));
  });

  it('compares two 20,000-character reports in well under 100 ms', () => {
    let a = '';
    while (a.length < 20_000) a += `${FINANCE_2020_TEXT}\n${HEALTH_2021_TEXT}\n`;
    a = a.slice(0, 20_000);
    const shuffled = [...a].map((char, index) => [char, (index * 7919) % 20_011] as const).sort((x, y) => x[1] - y[1]).map(([char]) => char).join('');
    matchedPassages(a, shuffled); // warm up
    for (const b of [a, shuffled, a.slice(7_000) + a.slice(0, 7_000)]) {
      // The best of three runs: what the code takes, not what other test files running at the same time take.
      const times = [0, 1, 2].map(() => {
        const started = performance.now();
        matchedPassages(a, b);
        fingerprints(b);
        return performance.now() - started;
      });
      expect(Math.min(...times)).toBeLessThan(100);
    }
  });
});
