import { describe, expect, it } from 'vitest';
import { deriveTable } from '@/lib/report-format/derive';
import { GOV_2019 } from '@/lib/report-format/formats/gov-2019';
import { GOV_2021 } from '@/lib/report-format/formats/gov-2021';
import { getTable } from '@/lib/report-format/formats';
import { summaryContent } from './summary-content';

describe('the district summary as content', () => {
  it('puts each sum in its cell, derives the totals, and leaves cells nobody filled blank', () => {
    const content = summaryContent(GOV_2021, [
      { tableId: 't3_applications', rowKey: 'new_received', columnKey: 'natural_person', sum: 12, count: 3 },
      { tableId: 't3_applications', rowKey: 'new_received', columnKey: 'legal_commercial', sum: 0, count: 2 },
      { tableId: 't3_applications', rowKey: 'new_received', columnKey: 'total', sum: 99, count: 3 },
      { tableId: 't3_applications', rowKey: 'nonsense', columnKey: 'natural_person', sum: 5, count: 1 },
    ]);
    expect(content.tables.t3_applications).toEqual({ new_received: { natural_person: 12, legal_commercial: 0 } });
    const derived = deriveTable(getTable(GOV_2021, 't3_applications'), content.tables.t3_applications);
    expect(derived.new_received?.total).toBe(12);
    expect(derived.new_received?.legal_research).toBeNull();
    expect(derived.carried_forward?.total).toBeNull();
  });

  it('sums money in 元 and rounds to the cent', () => {
    const content = summaryContent(GOV_2019, [{ tableId: 't2_art20_9', rowKey: 'government_central_procurement', columnKey: 'procurement_amount', sum: 0.1 + 0.2 + 172621.8, count: 3 }]);
    expect(content.tables.t2_art20_9?.government_central_procurement?.procurement_amount).toEqual({ amount: 172622.1, unit: '元' });
  });
});
