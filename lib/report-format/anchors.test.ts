import { describe, expect, it } from 'vitest';
import { anchorLabel, locationElementId } from './anchors';
import { GOV_2021 } from './formats/gov-2021';

describe('naming the place of a comment', () => {
  it('names the report, a section, or a cell as rule messages do', () => {
    expect(anchorLabel(GOV_2021, { kind: 'report' })).toBe('整份报告');
    expect(anchorLabel(GOV_2021, { kind: 'section', sectionId: 's5' })).toBe('五、存在的主要问题及改进情况');
    expect(anchorLabel(GOV_2021, { kind: 'cell', tableId: 't3_applications', rowKey: 'granted', columnKey: 'natural_person' })).toBe(
      '表三 “（一）予以公开” · 自然人',
    );
  });

  it('falls back to the stored key for a place the format no longer has', () => {
    expect(anchorLabel(GOV_2021, { kind: 'cell', tableId: 't2_art20_9', rowKey: 'government_central_procurement', columnKey: 'procurement_items' })).toBe(
      't2_art20_9.government_central_procurement.procurement_items',
    );
  });
});

describe('the element a rule issue links to', () => {
  it.each([
    [{ kind: 'cell', tableId: 't3_applications', rowKey: 'granted', columnKey: 'total' }, 'cell-t3_applications-granted-total'],
    [{ kind: 'block', sectionId: 's1', index: 2 }, 's1-block-2'],
    [{ kind: 'preamble' }, 'preamble'],
    [{ kind: 'signature' }, 'signature'],
  ] as const)('%o', (location, elementId) => {
    expect(locationElementId(location)).toBe(elementId);
  });
});
