import Textfield from '@atlaskit/textfield';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { IssueChoice } from '../../../../../src/contract/issue-search';
import { call } from '../../api';
import { errorMessage, type Language } from '../../i18n/messages';
import { pickerText } from './issue-picker-messages';

/** What a picker holds: the text in the field, and the issue chosen for it (null while only typed). */
export interface PickedIssue {
  text: string;
  choice: IssueChoice | null;
}

type Results = { state: 'idle' } | { state: 'searching' } | { state: 'done'; issues: IssueChoice[] } | { state: 'failed'; message: string };

const DEBOUNCE_MS = 250;
const MIN_CHARS = 2;

/**
 * An issue picker (ARIA combobox): type a key or words of a summary; Jira's picker answers as the user, epics first;
 * ↓/↑ move through the answers, Enter chooses, Escape closes. A key typed in full is taken as it is, as in Jira.
 * The list floats over what follows, so opening it never pushes the dialog's buttons out of view.
 */
export function IssuePicker({ id, language, value, onChange }: { id: string; language: Language; value: PickedIssue; onChange: (value: PickedIssue) => void }) {
  const [results, setResults] = useState<Results>({ state: 'idle' });
  const [active, setActive] = useState(0);
  const listId = useId();
  const hintId = `${id}-hint`;
  const query = value.text.trim();
  const settled = value.choice !== null && value.choice.key === value.text;
  // Only the field being typed in searches: a starting key, or an answer arriving after the user moved on, opens no list.
  const focused = useRef(false);

  useEffect(() => {
    if (settled || query.length < MIN_CHARS || !focused.current) {
      setResults({ state: 'idle' });
      return undefined;
    }
    let current = true;
    setResults({ state: 'searching' });
    const timer = setTimeout(() => {
      call('issue/search', { query })
        .then((answer) => {
          if (!current || !focused.current) return;
          if (answer.ok) {
            setResults({ state: 'done', issues: answer.data.issues });
            setActive(0);
          } else setResults({ state: 'failed', message: errorMessage(language, answer.error) });
        })
        .catch((error: unknown) => current && focused.current && setResults({ state: 'failed', message: error instanceof Error ? error.message : String(error) }));
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query, settled, language]);

  const issues = results.state === 'done' ? results.issues : [];
  const choose = (issue: IssueChoice | undefined) => {
    if (!issue) return;
    onChange({ text: issue.key, choice: issue });
    setResults({ state: 'idle' });
  };
  const open = results.state !== 'idle';
  const keyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (!open) return;
    if (event.key === 'ArrowDown') setActive((a) => Math.min(a + 1, issues.length - 1));
    else if (event.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
    else if (event.key === 'Enter' && issues.length > 0) choose(issues[active]);
    else if (event.key === 'Escape') setResults({ state: 'idle' });
    else return;
    // Enter on an open list chooses; it must not submit the dialog's form. Escape must not close the dialog.
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <div style={{ position: 'relative' }}>
      <Textfield
        id={id}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-describedby={hintId}
        aria-activedescendant={issues.length > 0 ? `${listId}-${active}` : undefined}
        autoComplete="off"
        value={value.text}
        onChange={(event) => onChange({ text: event.currentTarget.value, choice: null })}
        onKeyDown={keyDown}
        // Leaving the field closes its list (a click on an answer keeps the focus, see onMouseDown below).
        onFocus={() => {
          focused.current = true;
        }}
        onBlur={() => {
          focused.current = false;
          setResults({ state: 'idle' });
        }}
      />
      <p id={hintId} style={{ fontSize: 12, margin: '2px 0 0', color: 'var(--ds-text-subtle, #44546f)' }}>
        {value.choice && settled ? pickerText(language, 'picker.chosen', { key: value.choice.key, summary: value.choice.summary, type: value.choice.issueType }) : pickerText(language, 'picker.hint')}
      </p>
      {open ? (
        <ul id={listId} role="listbox" data-testid={`${id}-options`} style={{ position: 'absolute', zIndex: 1, left: 0, right: 0, top: 40, listStyle: 'none', margin: 0, padding: 4, boxShadow: 'var(--ds-shadow-overlay, 0 4px 8px #091e4240)', border: '1px solid var(--ds-border, #091e4224)', borderRadius: 4, background: 'var(--ds-surface-overlay, #fff)', maxHeight: 220, overflowY: 'auto' }}>
          {results.state === 'searching' ? <li role="presentation" style={{ fontSize: 12 }}>{pickerText(language, 'picker.searching')}</li> : null}
          {results.state === 'failed' ? <li role="alert" style={{ fontSize: 12, color: 'var(--ds-text-danger, #ae2e24)' }}>{pickerText(language, 'picker.failed', { message: results.message })}</li> : null}
          {results.state === 'done' && issues.length === 0 ? <li role="presentation" style={{ fontSize: 12 }}>{pickerText(language, 'picker.none')}</li> : null}
          {issues.map((issue, index) => (
            <li
              key={issue.key}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(issue)}
              style={{ padding: '4px 8px', minHeight: 24, cursor: 'pointer', borderRadius: 3, background: index === active ? 'var(--ds-background-neutral-subtle-hovered, #091e420f)' : undefined }}
            >
              <strong>{issue.key}</strong> {issue.summary}
              <span style={{ fontSize: 12, color: 'var(--ds-text-subtle, #44546f)' }}>{` · ${issue.issueType}`}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
