import { describe, expect, it } from 'vitest';
import { statTableCsv } from './csv';
import { departmentsFigure, figureTable, rest, yearRange, yearlyFigure, type OnTimeFigure } from './figures';
import type { DepartmentRanking } from './queries';
import { yearlyChart } from './series';
import { figureSummary } from './summary';

const documents = yearlyChart('documents');

describe('a yearly figure', () => {
  it('adds up each series’ cells of either format by year; a series with no cell filled in is blank, not 0', () => {
    const figure = yearlyFigure(documents, yearRange(2020, 2022), [
      { year: 2020, tableId: 't2_art20_1', rowKey: 'normative_documents', columnKey: 'newly_made', sum: 4 },
      { year: 2021, tableId: 't2_art20_1', rowKey: 'administrative_normative_documents', columnKey: 'issued', sum: 2 },
      { year: 2021, tableId: 't2_art20_1', rowKey: 'regulations', columnKey: 'issued', sum: 0 },
      // Another column of the same rows is not the series’ figure.
      { year: 2022, tableId: 't2_art20_1', rowKey: 'regulations', columnKey: 'repealed', sum: 9 },
    ]);
    expect(figure.years).toEqual([2020, 2021, 2022]);
    expect(figure.values).toEqual([
      [null, 0, null],
      [4, 2, null],
    ]);
    expect(figureTable(figure, '规章和规范性文件')).toEqual({
      caption: '规章和规范性文件（单位：件）',
      rowHeader: { key: 'year', label: '年度' },
      columns: [
        { key: 'regulations', label: '规章', format: 'count' },
        { key: 'administrative_normative_documents', label: '行政规范性文件', format: 'count' },
      ],
      rows: [
        { key: '2020', label: '2020年度', values: [null, 4] },
        { key: '2021', label: '2021年度', values: [0, 2] },
        { key: '2022', label: '2022年度', values: [null, null] },
      ],
    });
    expect(figureSummary(figure, '规章和规范性文件')).toBe(
      '规章和规范性文件，2020—2022年度（柱状图，单位：件）。规章：2021年度 0 件；行政规范性文件：2020年度 4 件，2021年度 2 件，最多为2020年度 4 件。',
    );
    // In CSV a blank stays an empty cell; years are numbers.
    expect(statTableCsv(figureTable(figure, '规章和规范性文件'))).toBe(
      '\ufeff年度 (year),规章 (regulations),行政规范性文件 (administrative_normative_documents)\r\n2020,,4\r\n2021,0,2\r\n2022,,\r\n',
    );
  });

  it('says when nothing was filled in', () => {
    const figure = yearlyFigure(documents, [2024], []);
    expect(figureSummary(figure, '文件')).toBe('文件，2024年度（柱状图，单位：件）。规章：各年度均未填报；行政规范性文件：各年度均未填报。');
  });
});

describe('on-time publication', () => {
  it('gives the share of the year’s reports in per cent, one decimal', () => {
    const figure: OnTimeFigure = {
      kind: 'on-time',
      years: [
        { year: 2023, reports: 3, onTime: 2, deadline: '2024-01-31' },
        { year: 2024, reports: 22, onTime: 22, deadline: '2025-01-31' },
      ],
    };
    expect(figureTable(figure, '按时发布').rows).toEqual([
      { key: '2023', label: '2023年度', values: ['2024-01-31', 3, 2, 66.7] },
      { key: '2024', label: '2024年度', values: ['2025-01-31', 22, 22, 100] },
    ]);
    expect(figureSummary(figure, '按时发布')).toBe('按时发布（柱状图，法定期限为次年1月31日）：2023年度 66.7%（2/3 份）；2024年度 100%（22/22 份）。');
  });
});

describe('the department comparison', () => {
  const department = (rank: number, slug: string, value: number, chosen = false) => ({ rank, name: `部门${slug}`, slug, value, chosen });
  const ranking: DepartmentRanking = {
    year: 2024,
    metric: 'applications',
    reports: 10,
    filled: 8,
    total: 1234,
    top: [department(1, 'a', 1000), department(2, 'b', 100), department(5, 'c', 20, true)],
  };

  it('shows the first departments, lists the chosen one after them, and adds up the rest', () => {
    const figure = departmentsFigure(ranking, 2);
    expect(rest(figure)).toEqual({ departments: 6, value: 134 });
    expect(figureTable(figure, '对比').rows).toEqual([
      { key: 'a', label: '部门a', slug: 'a', values: [1, 1000] },
      { key: 'b', label: '部门b', slug: 'b', values: [2, 100] },
      { key: 'c', label: '部门c', slug: 'c', values: [5, 20], emphasis: 'chosen' },
      { key: 'rest', label: '其余 6 个部门合计', values: [null, 134], emphasis: 'summary' },
    ]);
    expect(figureSummary(figure, '对比')).toBe(
      '对比（横向柱状图，单位：件）：2024年度共 8 个部门填报“本年新收政府信息公开申请数量”，合计 1,234 件；最多的是部门a（1,000 件）。图中列出前 2 个部门，其余 6 个部门合计 134 件。所选部门部门c排第 5 名（20 件）。另有 2 份报告未填报此项。',
    );
    expect(statTableCsv(figureTable(figure, '对比')).split('\r\n').slice(0, 2)).toEqual([
      '\ufeff部门 (department),部门标识 (department_slug),名次 (rank),本年新收政府信息公开申请数量 (value)',
      '部门a,a,1,1000',
    ]);
  });

  it('has no rest when every department is shown, and says when nobody filled the figure in', () => {
    expect(rest(departmentsFigure({ ...ranking, filled: 2, top: ranking.top.slice(0, 2) }, 20))).toBeNull();
    const empty = departmentsFigure({ ...ranking, filled: 0, total: null, top: [] }, 20);
    expect(figureTable(empty, '对比').rows).toEqual([]);
    expect(figureSummary(empty, '对比')).toBe('对比：2024年度没有报告填报“本年新收政府信息公开申请数量”。另有 10 份报告未填报此项。');
  });
});
