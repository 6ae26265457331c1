import type { Language } from '../../i18n/messages';
import type { FieldProblem } from './submission-draft';
import { st } from './submit-messages';

export function problemText(language: Language, problem: FieldProblem): string {
  switch (problem.kind) {
    case 'kind':
      return st(language, 'error.kind');
    case 'empty':
      return st(language, 'error.empty');
    case 'tooLong':
      return st(language, 'error.tooLong', { max: problem.max, over: problem.over });
    case 'tooMany':
      return st(language, 'error.tooMany', { max: problem.max });
    case 'refused':
      return st(language, 'error.refused', { message: problem.message });
  }
}

/** The message under a field, referenced by the field's `aria-describedby` so a screen reader reads it with the field. */
export function FieldProblemText({ id, language, problem }: { id: string; language: Language; problem: FieldProblem | undefined }) {
  if (!problem) return null;
  return (
    <p id={id} data-testid={id} style={{ margin: '4px 0 0', fontSize: 12, color: 'var(--ds-text-danger, #ae2e24)' }}>
      {problemText(language, problem)}
    </p>
  );
}
