import { describe, expect, it } from 'vitest';
import { normalizeSearchText, parseSearchQuery, searchTokens } from './chinese-search';

describe('search text', () => {
  it('normalises full-width forms and ASCII case, and nothing else', () => {
    expect(normalizeSearchText('ＰＤＦ版２０２４年（第１版）')).toBe('pdf版2024年(第1版)');
    expect(normalizeSearchText('Gov ΣΑΣ')).toBe('gov ΣΑΣ');
  });

  it('tokenises into characters and adjacent pairs within runs of letters and digits', () => {
    expect(searchTokens('财政局，2020')).toEqual(['0', '02', '2', '20', '局', '政', '政局', '财', '财政'].sort());
    // Punctuation and spaces break runs: no pair spans them.
    expect(searchTokens('公开。申请')).not.toContain('开申');
    expect(searchTokens('')).toEqual([]);
  });

  it('keeps characters outside the basic plane whole', () => {
    expect(searchTokens('𠀀区')).toEqual(['区', '𠀀', '𠀀区'].sort());
  });
});

describe('search queries', () => {
  it.each([
    ['财政', { terms: ['财政'], tokens: ['政', '财', '财政'], confirm: [] }],
    ['局', { terms: ['局'], tokens: ['局'], confirm: [] }],
    ['财政局', { terms: ['财政局'], tokens: ['局', '政', '政局', '财', '财政'], confirm: ['财政局'] }],
    ['  采购　公开 ', { terms: ['采购', '公开'], tokens: ['公', '开', '公开', '采', '购', '采购'], confirm: [] }],
    ['《条例》', { terms: ['《条例》'], tokens: ['例', '条', '条例'], confirm: ['《条例》'] }],
    ['ＰＤＦ', { terms: ['pdf'], tokens: ['d', 'df', 'f', 'p', 'pd'], confirm: ['pdf'] }],
  ])('%s', (text, expected) => {
    const query = parseSearchQuery(text)!;
    expect(query.terms).toEqual(expected.terms);
    expect(query.tokens).toEqual([...expected.tokens].sort());
    expect(query.confirm).toEqual(expected.confirm);
  });

  it('has nothing to look for in punctuation alone', () => {
    for (const text of ['%', '_', '   ', '。，', '']) expect(parseSearchQuery(text), text).toBeNull();
  });

  it('finds every query in a text that contains it, by its tokens', () => {
    const text = normalizeSearchText('章贡区财政局2020年政府信息公开工作年度报告：依申请公开，ＰＤＦ下载');
    const tokens = new Set(searchTokens(text));
    for (const query of ['财政局', '依申请公开', '2020', '年度报告', '局', 'pdf', 'ＰＤＦ下载', '财政局2020']) {
      const parsed = parseSearchQuery(query)!;
      expect(parsed.tokens.every((token) => tokens.has(token)), query).toBe(true);
      expect(parsed.confirm.every((term) => text.includes(term)), query).toBe(true);
    }
  });
});
