import type { Language } from '../../i18n/messages';
import type { Problem } from './settings-draft';
import { settingsText } from './settings-messages';

/** The problem of one field, under it, announced to screen readers; nothing when the field is fine. */
export function FieldProblem({ language, problems, field }: { language: Language; problems: Problem[]; field: string }) {
  const problem = problems.find((p) => p.field === field);
  if (!problem) return null;
  return (
    <p id={`${field}-problem`} role="alert" data-testid={`problem-${field}`} style={{ color: 'var(--ds-text-danger, #ae2e24)', fontSize: 12, margin: '4px 0 0' }}>
      {settingsText(language, problem.message, problem.params)}
    </p>
  );
}

export const sectionStyle = { margin: '24px 0', maxWidth: 880 } as const;
export const labelStyle = { display: 'block', fontWeight: 600, fontSize: 12, margin: '8px 0 4px' } as const;
export const hintStyle = { color: 'var(--ds-text-subtle, #44546f)', fontSize: 12, margin: '4px 0' } as const;
