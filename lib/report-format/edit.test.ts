import { describe, expect, it } from 'vitest';
import { parseCellInput, unitTyped, withCell } from './edit';
import { sample2021 } from './testing/sample-content';

describe('reading a typed cell', () => {
  it('keeps blank apart from 0', () => {
    expect(parseCellInput('count', '')).toEqual({ ok: true, value: null });
    expect(parseCellInput('count', '  ')).toEqual({ ok: true, value: null });
    expect(parseCellInput('count', '0')).toEqual({ ok: true, value: 0 });
  });

  it('accepts full-width digits and thousands separators', () => {
    expect(parseCellInput('count', '１２')).toEqual({ ok: true, value: 12 });
    expect(parseCellInput('count', '1,234')).toEqual({ ok: true, value: 1234 });
  });

  it('reads 增/减 for 本年增/减', () => {
    expect(parseCellInput('signedCount', '减2')).toEqual({ ok: true, value: -2 });
    expect(parseCellInput('signedCount', '增3')).toEqual({ ok: true, value: 3 });
    expect(parseCellInput('signedCount', '-4')).toEqual({ ok: true, value: -4 });
  });

  it('passes numbers the rules will question (negative or fractional counts), refuses text', () => {
    expect(parseCellInput('count', '-1')).toEqual({ ok: true, value: -1 });
    expect(parseCellInput('count', '1.5')).toEqual({ ok: true, value: 1.5 });
    expect(parseCellInput('count', '十二')).toEqual({ ok: false, message: '请输入整数' });
  });

  it('reads amounts with or without a unit', () => {
    expect(parseCellInput('amount', '12.5')).toEqual({ ok: true, value: 12.5 });
    expect(parseCellInput('moneyWithUnit', '172621.8元')).toEqual({ ok: true, value: 172621.8 });
    expect(unitTyped('12万元')).toBe('万元');
    expect(unitTyped('12')).toBeNull();
  });
});

describe('editing content', () => {
  it('changes one cell without touching the original', () => {
    const content = sample2021();
    const next = withCell(content, 't3_applications', 'granted', 'natural_person', 9);
    expect(next.tables.t3_applications?.granted?.natural_person).toBe(9);
    expect(content.tables.t3_applications?.granted?.natural_person).toBe(6);
    expect(next.tables.t4_review_litigation).toBe(content.tables.t4_review_litigation);
  });

  it('takes a cell off the carried-over list once the editor changes its value, not before', () => {
    const content = { ...sample2021(), carried: ['t3_applications.carried_over.natural_person'] };
    const carriedValue = content.tables.t3_applications?.carried_over?.natural_person ?? null;
    const same = withCell(content, 't3_applications', 'carried_over', 'natural_person', carriedValue);
    expect(same.carried).toBe(content.carried);
    const other = withCell(content, 't3_applications', 'granted', 'natural_person', 9);
    expect(other.carried).toEqual(content.carried);
    const changed = withCell(content, 't3_applications', 'carried_over', 'natural_person', 99);
    expect(changed.carried).toEqual([]);
  });
});
