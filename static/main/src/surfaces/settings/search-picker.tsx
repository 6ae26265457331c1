import Textfield from '@atlaskit/textfield';
import { useEffect, useId, useState, type KeyboardEvent } from 'react';

export interface PickerOption {
  id: string;
  label: string;
  detail?: string;
}

export interface PickerWords {
  searching: string;
  none: string;
  failed: (message: string) => string;
}

type Results = { state: 'idle' } | { state: 'searching' } | { state: 'done'; options: PickerOption[] } | { state: 'failed'; message: string };

/**
 * A search-as-you-type picker (ARIA combobox): type, then ↓/↑ through the answers and Enter to pick, Escape to close.
 * `search` asks Jira or the app; an answer for text the person has since changed is dropped.
 */
export function SearchPicker(props: { id: string; label: string; words: PickerWords; search: (text: string) => Promise<PickerOption[]>; onPick: (option: PickerOption) => void; minChars?: number }) {
  const { search, minChars = 1 } = props;
  const [text, setText] = useState('');
  const [results, setResults] = useState<Results>({ state: 'idle' });
  const [active, setActive] = useState(0);
  const listId = useId();

  useEffect(() => {
    if (text.trim().length < minChars) {
      setResults({ state: 'idle' });
      return undefined;
    }
    let current = true;
    setResults({ state: 'searching' });
    const timer = setTimeout(() => {
      search(text.trim())
        .then((options) => current && (setResults({ state: 'done', options }), setActive(0)))
        .catch((error: unknown) => current && setResults({ state: 'failed', message: error instanceof Error ? error.message : String(error) }));
    }, 250);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [text, search, minChars]);

  const options = results.state === 'done' ? results.options : [];
  const pick = (option: PickerOption | undefined) => {
    if (!option) return;
    props.onPick(option);
    setText('');
    setResults({ state: 'idle' });
  };
  const keyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') setActive((a) => Math.min(a + 1, options.length - 1));
    else if (event.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
    else if (event.key === 'Enter') pick(options[active]);
    else if (event.key === 'Escape') setResults({ state: 'idle' });
    else return;
    event.preventDefault();
  };

  const open = results.state !== 'idle';
  return (
    <div style={{ position: 'relative' }}>
      <Textfield
        id={props.id}
        aria-label={props.label}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={options.length > 0 ? `${listId}-${active}` : undefined}
        value={text}
        placeholder={props.label}
        onChange={(event) => setText(event.currentTarget.value)}
        onKeyDown={keyDown}
      />
      {open ? (
        <ul id={listId} role="listbox" aria-label={props.label} style={{ listStyle: 'none', margin: '2px 0 0', padding: 4, border: '1px solid var(--ds-border, #091e4224)', borderRadius: 4, background: 'var(--ds-surface-overlay, #fff)', maxHeight: 220, overflowY: 'auto' }}>
          {results.state === 'searching' ? <li role="presentation" style={{ fontSize: 12 }}>{props.words.searching}</li> : null}
          {results.state === 'failed' ? <li role="alert" style={{ fontSize: 12, color: 'var(--ds-text-danger, #ae2e24)' }}>{props.words.failed(results.message)}</li> : null}
          {results.state === 'done' && options.length === 0 ? <li role="presentation" style={{ fontSize: 12 }}>{props.words.none}</li> : null}
          {options.map((option, index) => (
            <li
              key={option.id}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => pick(option)}
              style={{ padding: '4px 8px', cursor: 'pointer', borderRadius: 3, background: index === active ? 'var(--ds-background-neutral-subtle-hovered, #091e420f)' : undefined }}
            >
              {option.label}
              {option.detail ? <span style={{ fontSize: 12, color: 'var(--ds-text-subtle, #44546f)' }}>{` · ${option.detail}`}</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
