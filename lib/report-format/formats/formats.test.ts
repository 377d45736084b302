import { describe, expect, it } from 'vitest';
import { UserError } from '@/lib/errors';
import {
  cellMessageLabel,
  currentYearInChina,
  dataRows,
  findColumn,
  findRow,
  formatForYear,
  getColumn,
  getRow,
  getTable,
  reportYearProblem,
  reportYears,
} from '.';
import { GOV_2019 } from './gov-2019';
import { GOV_2021 } from './gov-2021';

const now = new Date('2026-11-25T10:00:00+08:00');

describe('formats by year', () => {
  it('uses the 2019 format for 2019 and 2020, the 2021 format from 2021 on', () => {
    expect(formatForYear(2019, now).id).toBe('gov-2019');
    expect(formatForYear(2020, now).id).toBe('gov-2019');
    expect(formatForYear(2021, now).id).toBe('gov-2021');
    expect(formatForYear(2026, now).id).toBe('gov-2021');
  });

  it('refuses years before 2019 and after the current year with a clear message', () => {
    expect(() => formatForYear(2018, now)).toThrow(UserError);
    expect(reportYearProblem(2018, now)).toBe('报告年度不能早于 2019 年：2019 年以前的年度报告没有全国统一格式。');
    expect(reportYearProblem(2027, now)).toBe('报告年度不能晚于 2026 年：2027 年度尚未开始。');
    expect(reportYearProblem(2020.5, now)).toBe('报告年度应为四位数字年份。');
  });

  it('counts the year in China time', () => {
    expect(currentYearInChina(new Date('2026-12-31T16:30:00Z'))).toBe(2027);
    expect(reportYears(now)).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
  });
});

describe('the 2019 format (国办公开办函〔2019〕60号)', () => {
  it('has six sections in order, 二 to 四 as tables', () => {
    expect(GOV_2019.sections.map((section) => `${section.number}、${section.title}`)).toEqual([
      '一、总体情况',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
      '六、其他需要报告的事项',
    ]);
    expect(GOV_2019.sections.find((section) => section.id === 's2')?.tables).toEqual([
      't2_art20_1',
      't2_art20_5',
      't2_art20_6',
      't2_art20_8',
      't2_art20_9',
    ]);
  });

  it('prints section 二 items with 上一年项目数量 / 本年增/减 and 政府集中采购', () => {
    expect(getTable(GOV_2019, 't2_art20_1').columns.map((column) => column.label)).toEqual([
      '本年新制作数量',
      '本年新公开数量',
      '对外公开总数量',
    ]);
    expect(getTable(GOV_2019, 't2_art20_5').rows.map((row) => row.label)).toEqual(['行政许可', '其他对外管理服务事项']);
    expect(getTable(GOV_2019, 't2_art20_6').columns.map((column) => `${column.label}:${column.valueType}`)).toEqual([
      '上一年项目数量:count',
      '本年增/减:signedCount',
      '处理决定数量:count',
    ]);
    const procurement = getTable(GOV_2019, 't2_art20_9');
    expect(procurement.columns.map((column) => `${column.label}:${column.valueType}`)).toEqual([
      '采购项目数量:count',
      '采购总金额:moneyWithUnit',
    ]);
    expect(procurement.columns[1]?.unit).toBeUndefined();
  });

  it('has table 三 with one （六）其他处理 row and 19 result rows', () => {
    const t3 = getTable(GOV_2019, 't3_applications');
    expect(dataRows(t3).map((row) => row.key)).toContain('other');
    expect(t3.rows.find((row) => row.key === 'other')?.kind).toBe('data');
    expect(t3.rows.find((row) => row.key === 'total_processed')?.sumOf).toHaveLength(19);
  });
});

describe('the 2021 format (国办公开办函〔2021〕30号)', () => {
  it('drops 第二十条第（九）项 and keeps one value column in （五）（六）（八）', () => {
    expect(GOV_2021.sections.find((section) => section.id === 's2')?.tables).toEqual([
      't2_art20_1',
      't2_art20_5',
      't2_art20_6',
      't2_art20_8',
    ]);
    expect(getTable(GOV_2021, 't2_art20_1').columns.map((column) => column.label)).toEqual([
      '本年制发件数',
      '本年废止件数',
      '现行有效件数',
    ]);
    expect(getTable(GOV_2021, 't2_art20_1').rows.map((row) => row.label)).toEqual(['规章', '行政规范性文件']);
    expect(getTable(GOV_2021, 't2_art20_5').columns.map((column) => column.label)).toEqual(['本年处理决定数量']);
    const fees = getTable(GOV_2021, 't2_art20_8').columns[0];
    expect(fees).toMatchObject({ label: '本年收费金额（单位：万元）', unit: '万元', valueType: 'amount' });
  });

  it('splits （六）其他处理 into three rows', () => {
    const t3 = getTable(GOV_2021, 't3_applications');
    const other = t3.rows.filter((row) => row.parent === 'other');
    expect(other.map((row) => row.label)).toEqual([
      '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
      '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
      '3.其他',
    ]);
    expect(t3.rows.find((row) => row.key === 'total_processed')?.sumOf).toHaveLength(21);
  });

  it('asks for section 六 to report 信息处理费 and keeps 总体情况 to 1000 characters', () => {
    expect(GOV_2021.sections.find((section) => section.id === 's6')?.placeholder).toBe('（文字描述，收取信息处理费情况在此处报告。）');
    expect(GOV_2021.sections.find((section) => section.id === 's1')?.maxLengthChars).toBe(1000);
  });
});

describe('tables both formats share', () => {
  for (const format of [GOV_2019, GOV_2021]) {
    it(`${format.id}: table 三 has the 7 applicant columns, 总计 computed`, () => {
      const t3 = getTable(format, 't3_applications');
      expect(t3.columns.map((column) => column.label)).toEqual(['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计']);
      expect(t3.columns.filter((column) => column.sumOf).map((column) => column.key)).toEqual(['total']);
      expect(t3.cornerNote).toBe('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）');
      expect(t3.rows.map((row) => row.label).slice(0, 4)).toEqual([
        '一、本年新收政府信息公开申请数量',
        '二、上年结转政府信息公开申请数量',
        '三、本年度办理结果',
        '（一）予以公开',
      ]);
      expect(t3.rows.at(-1)?.label).toBe('四、结转下年度继续办理');
      expect(t3.rows.find((row) => row.key === 'denied_three_safeties_one_stability')?.label).toBe('3.危及“三安全一稳定”');
    });

    it(`${format.id}: table 四 has 15 columns with three computed 总计`, () => {
      const t4 = getTable(format, 't4_review_litigation');
      expect(t4.columns).toHaveLength(15);
      expect(t4.columns.filter((column) => column.sumOf).map((column) => column.key)).toEqual([
        'review_total',
        'litigation_direct_total',
        'litigation_after_review_total',
      ]);
      expect(t4.rows).toEqual([{ key: 'count', label: null, kind: 'data' }]);
    });
  }
});

describe('naming a cell in messages', () => {
  it('names the table, the row (after its group for numbered sub-items) and the column', () => {
    const t3 = getTable(GOV_2021, 't3_applications');
    const label = (rowKey: string, columnKey: string) => cellMessageLabel(t3, getRow(t3, rowKey), getColumn(t3, columnKey));
    expect(label('total_processed', 'natural_person')).toBe('表三 “（七）总计” · 自然人');
    expect(label('denied_state_secret', 'legal_other')).toBe('表三 “（三）不予公开·1.属于国家秘密” · 法人或其他组织（其他）');
    const t4 = getTable(GOV_2021, 't4_review_litigation');
    expect(cellMessageLabel(t4, getRow(t4, 'count'), getColumn(t4, 'review_total'))).toBe('表四 · 行政复议·总计');
  });

  it('looks up rows and columns tolerantly or strictly', () => {
    const t4 = getTable(GOV_2019, 't4_review_litigation');
    expect(findRow(t4, 'nope')).toBeUndefined();
    expect(findColumn(t4, 'nope')).toBeUndefined();
    expect(() => getRow(t4, 'nope')).toThrow('Table t4_review_litigation has no row nope');
    expect(() => getColumn(t4, 'nope')).toThrow('Table t4_review_litigation has no column nope');
  });
});
