import { describe, expect, it } from 'vitest';
import { GOV_2021 } from '@/lib/report-format/formats/gov-2021';
import { parseSummaryCell, summaryCellText } from './summary-cell';
import { summaryContent } from './summary-content';

describe('a summary cell named in an address', () => {
  it.each([
    ['t3_applications.granted.total', '表三 “（一）予以公开” · 总计'],
    ['t3_applications.granted.natural_person', '表三 “（一）予以公开” · 自然人'],
    ['t3_applications.results.total', null],
    ['t3_applications.granted.nope', null],
    ['nope.granted.total', null],
    ['t3_applications.granted', null],
    ['../etc', null],
    [undefined, null],
  ])('%s', (key, label) => {
    expect(parseSummaryCell(GOV_2021, key)?.label ?? null).toBe(label);
  });

  it('prints the sum, totals derived, blank when nobody filled it', () => {
    const content = summaryContent(GOV_2021, [{ tableId: 't3_applications', rowKey: 'granted', columnKey: 'natural_person', sum: 7, count: 2 }]);
    expect(summaryCellText(content, parseSummaryCell(GOV_2021, 't3_applications.granted.total')!)).toBe('7');
    expect(summaryCellText(content, parseSummaryCell(GOV_2021, 't3_applications.denied_state_secret.total')!)).toBe('');
  });
});
