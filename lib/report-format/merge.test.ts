import { describe, expect, it } from 'vitest';
import { GOV_2021 } from './formats/gov-2021';
import { reapplyEdits } from './merge';
import { sample2021 } from './testing/sample-content';
import { diffContent } from './diff';

describe('re-applying edits onto a newer version', () => {
  it('keeps both people’s changes to different places', () => {
    const base = sample2021();
    const mine = sample2021();
    mine.tables.t3_applications!.granted!.legal_research = 4;
    mine.sections.s5 = [{ type: 'paragraph', text: '我的修改' }];
    const theirs = sample2021();
    theirs.tables.t2_art20_5!.administrative_licensing!.decisions = 99;
    theirs.sections.s6 = [{ type: 'paragraph', text: '同事的修改，含信息处理费。' }];

    const { content, overlaps, reapplied } = reapplyEdits(GOV_2021, base, mine, theirs);
    expect(overlaps).toEqual([]);
    expect(reapplied).toBe(2);
    expect(content.tables.t3_applications?.granted?.legal_research).toBe(4);
    expect(content.tables.t2_art20_5?.administrative_licensing?.decisions).toBe(99);
    expect(content.sections.s5?.[0]?.text).toBe('我的修改');
    expect(content.sections.s6?.[0]?.text).toBe('同事的修改，含信息处理费。');
  });

  it('keeps the editor’s own change where both changed the same place, and says where', () => {
    const base = sample2021();
    const mine = sample2021();
    mine.tables.t3_applications!.granted!.natural_person = 7;
    const theirs = sample2021();
    theirs.tables.t3_applications!.granted!.natural_person = 8;
    const { content, overlaps } = reapplyEdits(GOV_2021, base, mine, theirs);
    expect(content.tables.t3_applications?.granted?.natural_person).toBe(7);
    expect(overlaps).toEqual(['表三 “（一）予以公开” · 自然人']);
  });

  it('keeps a cell the editor cleared (blank is a change too)', () => {
    const base = sample2021();
    const mine = sample2021();
    mine.tables.t3_applications!.granted!.natural_person = null;
    const { content } = reapplyEdits(GOV_2021, base, mine, sample2021());
    expect(content.tables.t3_applications?.granted?.natural_person).toBeNull();
  });

  it('restores a browser backup against the version it was made on, keeping what a colleague saved since', () => {
    // The backup was made on version 3; a colleague then saved version 4.
    const version3 = sample2021();
    const backup = sample2021();
    backup.tables.t3_applications!.granted!.legal_research = 4;
    const version4 = sample2021();
    version4.tables.t2_art20_5!.administrative_licensing!.decisions = 99;
    version4.sections.s5 = [{ type: 'paragraph', text: '同事的修改。' }];
    const { content, overlaps, reapplied } = reapplyEdits(GOV_2021, version3, backup, version4);
    expect(reapplied).toBe(1);
    expect(overlaps).toEqual([]);
    expect(content.tables.t3_applications?.granted?.legal_research).toBe(4);
    expect(content.tables.t2_art20_5?.administrative_licensing?.decisions).toBe(99);
    expect(content.sections.s5?.[0]?.text).toBe('同事的修改。');
  });

  it('without the base, keeps the editor’s version of every place that differs and names each', () => {
    const mine = sample2021();
    mine.tables.t3_applications!.granted!.legal_research = 4;
    const theirs = sample2021();
    theirs.sections.s5 = [{ type: 'paragraph', text: '同事的修改。' }];
    const { content, overlaps, reapplied } = reapplyEdits(GOV_2021, null, mine, theirs);
    expect(overlaps).toEqual(['五、存在的主要问题及改进情况', '表三 “（一）予以公开” · 科研机构']);
    expect(reapplied).toBe(2);
    expect(content.sections.s5).toEqual(mine.sections.s5);
    expect(content.tables.t3_applications?.granted?.legal_research).toBe(4);
    expect(reapplyEdits(GOV_2021, null, sample2021(), sample2021()).overlaps).toEqual([]);
  });

  it('leaves the cells nobody changed as they were stored (absent stays absent)', () => {
    const base = sample2021();
    base.tables = {};
    const mine = structuredClone(base);
    mine.tables.t3_applications = { granted: { natural_person: 1 } };
    const { content } = reapplyEdits(GOV_2021, base, mine, structuredClone(base));
    expect(content.tables).toEqual({ t3_applications: { granted: { natural_person: 1 } } });
  });
});

describe('what changed', () => {
  it('lists changed paragraphs and cells', () => {
    const before = sample2021();
    const after = sample2021();
    after.sections.s5 = [
      { type: 'paragraph', text: '公开内容的深度和广度还需加强。' },
      { type: 'paragraph', text: '新增一段整改措施。' },
    ];
    after.sections.s1 = [{ type: 'paragraph', text: '本年度我局全面贯彻落实《条例》。' }, ...after.sections.s1!.slice(1)];
    after.tables.t3_applications!.granted!.natural_person = 5;
    after.tables.t3_applications!.partially_granted!.natural_person = null;
    expect(diffContent(GOV_2021, before, after)).toEqual([
      {
        kind: 'text',
        place: '一、总体情况',
        change: 'changed',
        before: '本年度我局认真贯彻落实《条例》。',
        after: '本年度我局全面贯彻落实《条例》。',
      },
      expect.objectContaining({ kind: 'cell', place: '表三 “（一）予以公开” · 自然人', before: '6', after: '5' }),
      expect.objectContaining({ kind: 'cell', place: '表三 “（二）部分公开（区分处理的，只计这一情形，不计其他情形）” · 自然人', before: '2', after: '（空白）' }),
      { kind: 'text', place: '五、存在的主要问题及改进情况', change: 'added', before: null, after: '新增一段整改措施。' },
    ]);
    expect(diffContent(GOV_2021, before, before)).toEqual([]);
  });
});
