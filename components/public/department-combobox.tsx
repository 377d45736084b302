'use client';

import { useEffect, useId, useReducer } from 'react';
import { comboboxReducer, initialCombobox, type Suggestion } from '@/lib/public/combobox-state';

const SUGGEST_DELAY_MS = 200;

/**
 * The directory's department field: a text field (name="department") that,
 * with JavaScript, suggests departments as the visitor types (ARIA combobox:
 * arrow keys, Enter, Escape). Without JavaScript the typed name is sent and
 * the server finds the department. A department chosen from the list is
 * kept by its address key (data-slug), which the form puts in the address.
 */
export function DepartmentCombobox({ id, initial }: { id: string; initial: { text: string; slug: string | null } }) {
  const [state, dispatch] = useReducer(comboboxReducer, initialCombobox(initial.text, initial.slug));
  const listId = useId();
  const text = state.text.trim();

  useEffect(() => {
    if (!text || state.slug || text === state.optionsFor) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetch(`/api/departments?q=${encodeURIComponent(text)}`, { signal: controller.signal })
        .then((response) => (response.ok ? (response.json() as Promise<{ departments: Suggestion[] }>) : { departments: [] }))
        .then((body) => dispatch({ type: 'loaded', text, options: body.departments }))
        .catch(() => undefined);
    }, SUGGEST_DELAY_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [text, state.slug, state.optionsFor]);

  const optionId = (index: number) => `${listId}-option-${index}`;
  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      dispatch({ type: 'move', by: event.key === 'ArrowDown' ? 1 : -1 });
    } else if (event.key === 'Enter' && state.open && state.active >= 0) {
      event.preventDefault(); // choose, do not submit yet
      dispatch({ type: 'choose', index: state.active });
    } else if (event.key === 'Escape' && state.open) {
      event.preventDefault();
      dispatch({ type: 'close' });
    }
  };

  return (
    <div className="relative">
      <input
        id={id}
        name="department"
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={state.open}
        aria-controls={listId}
        aria-activedescendant={state.open && state.active >= 0 ? optionId(state.active) : undefined}
        autoComplete="off"
        maxLength={50}
        value={state.text}
        data-slug={state.slug ?? undefined}
        placeholder="输入部门名称"
        className="field-input"
        onChange={(event) => dispatch({ type: 'typed', text: event.target.value })}
        onKeyDown={onKeyDown}
        onBlur={() => dispatch({ type: 'close' })}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label="部门建议"
        hidden={!state.open}
        className="absolute left-0 right-0 top-full z-20 mt-1 max-h-72 overflow-auto rounded border border-line bg-paper shadow-lg"
      >
        {state.options.map((option, index) => (
          <li
            key={option.slug}
            id={optionId(index)}
            role="option"
            aria-selected={index === state.active}
            className={`cursor-pointer px-3 py-2 ${index === state.active ? 'bg-brand-soft' : ''}`}
            // Keep the focus in the field while the mouse chooses.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => dispatch({ type: 'choose', index })}
          >
            {option.name}
            <span className="ml-2 text-sm text-muted">{option.districtName}</span>
          </li>
        ))}
      </ul>
      <div aria-live="polite" className="sr-only">
        {state.open ? `有 ${state.options.length} 个部门建议，按上下方向键选择。` : ''}
      </div>
    </div>
  );
}
