import type { Language } from '../../i18n/messages';
import type { PickerWords } from '../settings/search-picker';
import type { DraftProblem } from './node-draft';
import { st } from './strategy-messages';

export const formLabel = { display: 'block', fontWeight: 600, fontSize: 12, margin: '8px 0 4px' } as const;
export const formHint = { color: 'var(--ds-text-subtle, #44546f)', fontSize: 12, margin: '4px 0' } as const;
export const textAreaStyle = {
  width: '100%',
  boxSizing: 'border-box',
  minHeight: 64,
  padding: 8,
  font: 'inherit',
  border: '2px solid var(--ds-border-input, #8590a2)',
  borderRadius: 3,
  background: 'var(--ds-background-input, #fff)',
  color: 'var(--ds-text, #172b4d)',
} as const;

/** The problem of one field, under it and announced; nothing when the field is fine. */
export function FormProblem({ language, problems, field }: { language: Language; problems: DraftProblem[]; field: string }) {
  const problem = problems.find((p) => p.field === field);
  if (!problem) return null;
  return (
    <p role="alert" data-testid={`problem-${field}`} style={{ color: 'var(--ds-text-danger, #ae2e24)', fontSize: 12, margin: '4px 0 0' }}>
      {st(language, problem.message, problem.params)}
    </p>
  );
}

/** The pickers' words in the strategy tab's language. */
export function pickerWords(language: Language): PickerWords {
  return { searching: st(language, 'search.searching'), none: st(language, 'search.none'), failed: (message) => st(language, 'search.failed', { message }) };
}

/** A chosen value with a button that removes it (an epic key, a person, a group). */
export function Chip({ text, removeLabel, onRemove }: { text: string; removeLabel: string; onRemove: () => void }) {
  return (
    <span data-testid="chip" style={{ display: 'inline-flex', alignItems: 'center', gap: 4, margin: '0 6px 6px 0', padding: '2px 4px 2px 8px', borderRadius: 3, background: 'var(--ds-background-neutral, #091e420f)' }}>
      <span>{text}</span>
      <button type="button" aria-label={removeLabel} title={removeLabel} onClick={onRemove} style={{ border: 'none', background: 'none', cursor: 'pointer', padding: '0 4px' }}>
        ✕
      </button>
    </span>
  );
}
