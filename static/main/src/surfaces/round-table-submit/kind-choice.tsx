import { SUBMISSION_KINDS, type SubmissionKind } from '../../../../../src/domain/round-table/submission';
import type { Language } from '../../i18n/messages';
import { FieldProblemText } from './field-problem';
import { kindHint, kindName } from './kind-words';
import type { FieldProblem } from './submission-draft';
import { st } from './submit-messages';

/** The nine kinds as a radio group (arrow keys move between them), each with its one-line explanation. */
export function KindChoice({ language, value, problem, onChange }: { language: Language; value: SubmissionKind | null; problem: FieldProblem | undefined; onChange: (kind: SubmissionKind) => void }) {
  return (
    <fieldset id="rt-kind" aria-describedby={problem ? 'rt-kind-problem' : undefined} style={{ border: 'none', padding: 0, margin: 0 }}>
      <legend style={{ fontWeight: 600, marginBottom: 4 }}>{st(language, 'kind')}</legend>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(260px, 1fr))', gap: '4px 16px' }}>
        {SUBMISSION_KINDS.map((kind) => (
          <label key={kind} style={{ display: 'flex', gap: 6, alignItems: 'flex-start', padding: 4, cursor: 'pointer' }}>
            <input type="radio" name="rt-kind" value={kind} checked={value === kind} onChange={() => onChange(kind)} aria-describedby={`rt-kind-hint-${kind}`} aria-invalid={problem ? true : undefined} style={{ marginTop: 3 }} />
            <span>
              {kindName(language, kind)}
              <span id={`rt-kind-hint-${kind}`} style={{ display: 'block', fontSize: 12, color: 'var(--ds-text-subtle, #44546f)' }}>{kindHint(language, kind)}</span>
            </span>
          </label>
        ))}
      </div>
      <FieldProblemText id="rt-kind-problem" language={language} problem={problem} />
    </fieldset>
  );
}
