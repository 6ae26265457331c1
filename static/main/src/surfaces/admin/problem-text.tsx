import type { AppError } from '../../../../../src/contract/errors';
import type { Language } from '../../i18n/messages';
import { errorInWords } from './error-words';

export const problemId = (formId: string, field: string) => `${formId}-${field.replace(/\W+/g, '-')}-problem`;

/** The refusals of one field, in words, under it and announced to screen readers; nothing when there is none. */
export function ProblemText({ language, formId, field, problems }: { language: Language; formId: string; field: string; problems: ReadonlyArray<{ field: string; error: AppError }> }) {
  const mine = problems.filter((p) => p.field === field);
  if (mine.length === 0) return null;
  return (
    <div id={problemId(formId, field)} role="alert" data-testid={problemId(formId, field)} style={{ color: 'var(--ds-text-danger, #ae2e24)', fontSize: 12, margin: '4px 0 0' }}>
      {mine.map((p, i) => <p key={i} style={{ margin: 0 }}>{errorInWords(language, p.error)}</p>)}
    </div>
  );
}

export const labelStyle = { display: 'block', fontWeight: 600, fontSize: 12, margin: '8px 0 4px' } as const;
export const hintStyle = { color: 'var(--ds-text-subtle, #44546f)', fontSize: 12, margin: '4px 0' } as const;
