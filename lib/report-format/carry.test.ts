import { describe, expect, it } from 'vitest';
import { carriedValueOf, carriedValues } from './carry';
import { GOV_2019 } from './formats/gov-2019';
import { GOV_2021 } from './formats/gov-2021';
import { sample2019, sample2021 } from './testing/sample-content';

const cells = (carried: ReturnType<typeof carriedValues>) => carried.map((each) => `${each.tableId}.${each.rowKey}.${each.columnKey}`);

describe('what a report carries over from the year before', () => {
  it('follows the columns both formats have: 上一年项目数量 from 2019 to 2020, 现行有效件数 from 2021 on, 上年结转 always', () => {
    const from2019 = cells(carriedValues(GOV_2019, { format: GOV_2019, content: sample2019() }));
    expect(from2019).toContain('t2_art20_5.administrative_licensing.prev_year_items');
    expect(from2019).toContain('t3_applications.carried_over.natural_person');
    expect(from2019.some((key) => key.endsWith('.in_force'))).toBe(false);

    const into2021 = cells(carriedValues(GOV_2021, { format: GOV_2019, content: sample2019() }));
    expect(into2021.every((key) => key.startsWith('t3_applications.carried_over.'))).toBe(true);
    expect(into2021).toHaveLength(6);

    const within2021 = cells(carriedValues(GOV_2021, { format: GOV_2021, content: sample2021() }));
    expect(within2021).toContain('t2_art20_1.administrative_normative_documents.in_force');
    expect(within2021.some((key) => key.endsWith('.prev_year_items'))).toBe(false);
  });

  it('adds 本年增/减 to last year’s 上一年项目数量, and keeps a wholly blank figure apart from 0', () => {
    const previous = sample2019();
    previous.tables.t2_art20_5 = { administrative_licensing: { prev_year_items: 10, change: -3 }, other_external_services: {} };
    const carried = carriedValues(GOV_2019, { format: GOV_2019, content: previous });
    const licensing = carried.find((each) => each.rowKey === 'administrative_licensing' && each.tableId === 't2_art20_5');
    expect(licensing).toMatchObject({ value: 7, parts: { before: 10, change: -3 } });
    const blank = carried.find((each) => each.rowKey === 'other_external_services');
    expect(blank?.value).toBeNull();
    expect(carriedValueOf(carried, 't2_art20_5', 'other_external_services', 'prev_year_items')).toBe(0);
    expect(carriedValueOf(carried, 't2_art20_5', 'administrative_licensing', 'decisions')).toBeNull();
  });
});
