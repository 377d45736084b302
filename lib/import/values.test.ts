// Reading single cells as written, and telling file kinds apart.
import { describe, expect, it } from 'vitest';
import type { ColumnDef } from '@/lib/report-format/types';
import { detectKind } from './parse-report';
import { classifyCell, readCell } from './values';

const column = (valueType: ColumnDef['valueType'], unit?: string): ColumnDef => ({ key: 'c', label: 'c', messageLabel: 'c', valueType, ...(unit ? { unit } : {}) });
const value = (valueType: ColumnDef['valueType'], text: string, unit?: string) => {
  const reading = readCell(column(valueType, unit), text);
  return reading.ok ? reading.value : `× ${reading.reason}`;
};

describe('reading a cell', () => {
  it('reads blank as blank, never 0', () => {
    for (const text of ['', '  ', '\u00a0', '—', '——', '-', '/', '／', '无']) expect(value('count', text), JSON.stringify(text)).toBeNull();
    expect(value('count', '0')).toBe(0);
    expect(value('count', '０')).toBe(0);
  });

  it('reads counts with full-width digits, units and thousands separators', () => {
    expect(value('count', '１２')).toBe(12);
    expect(value('count', '12件')).toBe(12);
    expect(value('count', ' 1,286 ')).toBe(1286);
    expect(value('count', '１，２８６')).toBe(1286);
    expect(value('count', '约5件')).toBe('× “约5件”不是数字');
    expect(value('count', '若干')).toBe('× “若干”不是数字');
    expect(value('count', '5元')).toBe('× “5元”带金额单位，这一列应为件数');
  });

  it('reads a signed change written -18, －18, −18, 减2, 减少2, 增3, 增加3 or +3', () => {
    expect(value('signedCount', '-18')).toBe(-18);
    expect(value('signedCount', '－18')).toBe(-18);
    expect(value('signedCount', '−18')).toBe(-18);
    expect(value('signedCount', '减2')).toBe(-2);
    expect(value('signedCount', '减少2')).toBe(-2);
    expect(value('signedCount', '增3')).toBe(3);
    expect(value('signedCount', '增加3')).toBe(3);
    expect(value('signedCount', '+3')).toBe(3);
    expect(value('signedCount', '0')).toBe(0);
  });

  it('reads money with the unit written in the cell', () => {
    expect(value('moneyWithUnit', '75394432.52元')).toEqual({ amount: 75394432.52, unit: '元' });
    expect(value('moneyWithUnit', '5949.088667')).toEqual({ amount: 5949.088667, unit: null });
    expect(value('moneyWithUnit', '7,539.44 万元')).toEqual({ amount: 7539.44, unit: '万元' });
    expect(value('moneyWithUnit', '１７２６２１．８')).toEqual({ amount: 172621.8, unit: null });
    expect(value('moneyWithUnit', '-5元')).toBe('× “-5元”为负数，金额不能为负');
    expect(value('moneyWithUnit', '5件')).toBe('× “5件”不是金额');
  });

  it('reads amounts in the column unit, converting 元 to 万元 with a note', () => {
    expect(value('amount', '0.35', '万元')).toBe(0.35);
    expect(value('amount', '0.35万元', '万元')).toBe(0.35);
    expect(readCell(column('amount', '万元'), '3500元')).toEqual({ ok: true, value: 0.35, note: '原文“3500元”以元为单位，已按本列单位换算为 0.35 万元' });
    expect(value('amount', '2000000000000', '万元')).toBe('× “2000000000000”数值过大');
  });

  it('tells blanks, numbers and words apart', () => {
    expect(['', '—', '12', '减2', '75394432.52元', '1.属于国家秘密', '行政许可', '2020年'].map(classifyCell)).toEqual([
      'blank',
      'blank',
      'value',
      'value',
      'value',
      'text',
      'text',
      'text',
    ]);
  });
});

describe('detectKind', () => {
  const utf8 = (text: string) => new TextEncoder().encode(text);
  it('goes by the first bytes, then by the extension', () => {
    expect(detectKind('报告.txt', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]))).toBe('docx');
    expect(detectKind('报告.txt', utf8('\ufeff<!DOCTYPE html><html>'))).toBe('html');
    expect(detectKind('page', utf8('  <html lang="zh-CN">'))).toBe('html');
    expect(detectKind('报告.htm', utf8('章贡区财政局2020年政府信息公开工作年度报告'))).toBe('html');
    expect(detectKind('报告.docx', utf8('章贡区财政局'))).toBe('docx');
    expect(detectKind('报告', utf8('章贡区财政局'))).toBe('text');
    expect(detectKind('seal.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47]))).toBe('text');
  });
});
