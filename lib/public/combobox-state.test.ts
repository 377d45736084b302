import { describe, expect, it } from 'vitest';
import { comboboxReducer, initialCombobox, type ComboboxAction, type ComboboxState } from './combobox-state';

const finance = { slug: 'finance', name: '章贡区财政局', districtName: '章贡区' };
const audit = { slug: 'audit', name: '章贡区审计局', districtName: '章贡区' };

const run = (state: ComboboxState, ...actions: ComboboxAction[]) => actions.reduce(comboboxReducer, state);

describe('the department field', () => {
  it('shows suggestions for the current text only', () => {
    let state = run(initialCombobox('', null), { type: 'typed', text: '局' }, { type: 'loaded', text: '局', options: [finance, audit] });
    expect(state).toMatchObject({ open: true, options: [finance, audit], active: -1 });
    state = run(state, { type: 'typed', text: '局财' }, { type: 'loaded', text: '局', options: [audit] });
    expect(state.options).toEqual([finance, audit]);
    expect(run(state, { type: 'loaded', text: '局财', options: [] }).open).toBe(false);
  });

  it('moves the highlight with the arrow keys, through the options and back to the text', () => {
    const loaded = run(initialCombobox('局', null), { type: 'loaded', text: '局', options: [finance, audit] });
    expect(run(loaded, { type: 'move', by: 1 }).active).toBe(0);
    expect(run(loaded, { type: 'move', by: 1 }, { type: 'move', by: 1 }).active).toBe(1);
    expect(run(loaded, { type: 'move', by: 1 }, { type: 'move', by: 1 }, { type: 'move', by: 1 }).active).toBe(-1);
    expect(run(loaded, { type: 'move', by: -1 }).active).toBe(1);
    const closed = run(loaded, { type: 'close' });
    expect(closed).toMatchObject({ open: false, active: -1 });
    expect(run(closed, { type: 'move', by: 1 })).toMatchObject({ open: true, active: 0 });
  });

  it('keeps the chosen department’s key until the text is edited', () => {
    const chosen = run(initialCombobox('局', null), { type: 'loaded', text: '局', options: [finance, audit] }, { type: 'choose', index: 1 });
    expect(chosen).toMatchObject({ text: '章贡区审计局', slug: 'audit', open: false });
    expect(run(chosen, { type: 'typed', text: '章贡区审计' }).slug).toBeNull();
    expect(run(chosen, { type: 'choose', index: 9 })).toBe(chosen);
  });
});
