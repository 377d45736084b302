import { describe, expect, it } from 'vitest';
import { deriveTable, numericValue } from './derive';
import { getTable } from './formats';
import { GOV_2019 } from './formats/gov-2019';
import { GOV_2021 } from './formats/gov-2021';

describe('computed cells', () => {
  it('derives table 三’s 总计 column and （七）总计 row from the typed cells', () => {
    const t3 = getTable(GOV_2021, 't3_applications');
    const derived = deriveTable(t3, {
      new_received: { natural_person: 20, legal_commercial: 3, legal_other: 1 },
      granted: { natural_person: 10, legal_commercial: 2 },
      denied_third_party_rights: { natural_person: 4 },
      other_fee_unpaid: { natural_person: 1, legal_other: 1 },
      unable_not_held: { legal_commercial: 1 },
    });
    expect(derived.new_received?.total).toBe(24);
    expect(derived.total_processed?.natural_person).toBe(15);
    expect(derived.total_processed?.legal_commercial).toBe(3);
    expect(derived.total_processed?.total).toBe(19);
    expect(derived.granted?.total).toBe(12);
  });

  it('ignores totals typed into the content: they are always derived', () => {
    const t3 = getTable(GOV_2019, 't3_applications');
    const derived = deriveTable(t3, { new_received: { natural_person: 2, total: 99 }, other: { natural_person: 1 } });
    expect(derived.new_received?.total).toBe(2);
    expect(derived.total_processed?.natural_person).toBe(1);
  });

  it('derives table 四’s three 总计 columns', () => {
    const t4 = getTable(GOV_2021, 't4_review_litigation');
    const derived = deriveTable(t4, {
      count: { review_upheld: 2, review_corrected: 1, review_pending: 1, litigation_direct_other: 3, litigation_after_review_upheld: 0 },
    });
    expect(derived.count?.review_total).toBe(4);
    expect(derived.count?.litigation_direct_total).toBe(3);
    expect(derived.count?.litigation_after_review_total).toBe(0);
  });

  it('keeps blank distinct from 0: a total of blanks is blank, a blank beside a number counts as 0', () => {
    const t4 = getTable(GOV_2021, 't4_review_litigation');
    const blank = deriveTable(t4, {});
    expect(blank.count?.review_total).toBeNull();
    expect(blank.count?.review_upheld).toBeNull();
    const zero = deriveTable(t4, { count: { review_upheld: 0 } });
    expect(zero.count?.review_total).toBe(0);
    expect(numericValue(null)).toBe(0);
    expect(numericValue({ amount: 5.5, unit: '万元' })).toBe(5.5);
  });
});
