// The department field's suggestion list (components/public/department-combobox.tsx)
// as a pure reducer: typing, suggestions arriving, arrow keys, choosing, closing.

export interface Suggestion {
  slug: string;
  name: string;
  districtName: string;
}

export interface ComboboxState {
  text: string;
  /** The address key of the department chosen from the list; null once the text is edited. */
  slug: string | null;
  /** The text the shown options were found for. */
  optionsFor: string;
  options: Suggestion[];
  open: boolean;
  /** The highlighted option, or -1. */
  active: number;
}

export type ComboboxAction =
  | { type: 'typed'; text: string }
  | { type: 'loaded'; text: string; options: Suggestion[] }
  | { type: 'move'; by: 1 | -1 }
  | { type: 'choose'; index: number }
  | { type: 'close' };

/** The field as the page shows it: no suggestions until the visitor types. */
export function initialCombobox(text: string, slug: string | null): ComboboxState {
  return { text, slug, optionsFor: text.trim(), options: [], open: false, active: -1 };
}

export function comboboxReducer(state: ComboboxState, action: ComboboxAction): ComboboxState {
  switch (action.type) {
    case 'typed':
      return { ...state, text: action.text, slug: null, active: -1, open: action.text.trim() !== '' && state.options.length > 0 };
    case 'loaded':
      // An answer for an older text is dropped.
      if (action.text !== state.text.trim()) return state;
      return { ...state, optionsFor: action.text, options: action.options, open: action.options.length > 0, active: -1 };
    case 'move': {
      const count = state.options.length;
      if (count === 0) return state;
      if (!state.open) return { ...state, open: true, active: action.by === 1 ? 0 : count - 1 };
      // The highlight cycles through the options and back to the text (-1).
      let next = state.active + action.by;
      if (next >= count) next = -1;
      if (next < -1) next = count - 1;
      return { ...state, active: next };
    }
    case 'choose': {
      const option = state.options[action.index];
      if (!option) return state;
      return { ...state, text: option.name, slug: option.slug, open: false, active: -1 };
    }
    case 'close':
      return { ...state, open: false, active: -1 };
  }
}
