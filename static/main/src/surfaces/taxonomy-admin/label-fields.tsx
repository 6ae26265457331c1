import Textfield from '@atlaskit/textfield';
import type { Language } from '../../i18n/messages';
import { ProblemText, labelStyle, problemId } from '../admin/problem-text';
import type { LabelsDraft, TermProblem } from './taxonomy-changes';
import { taxonomyText } from './taxonomy-messages';

/** The English and German label of a term, each with its own refusal underneath. */
export function LabelFields(props: { language: Language; formId: string; labels: LabelsDraft; problems: TermProblem[]; onChange: (labels: LabelsDraft) => void; onSubmit: () => void }) {
  const { language, formId, labels, problems } = props;
  return (
    <div style={{ display: 'flex', gap: 12, flexWrap: 'wrap' }}>
      {(['en', 'de'] as const).map((lang) => {
        const field = `labels.${lang}` as const;
        const invalid = problems.some((p) => p.field === field);
        return (
          <div key={lang} style={{ flex: '1 1 220px' }}>
            <label htmlFor={`${formId}-${lang}`} style={labelStyle}>{taxonomyText(language, field)}</label>
            <Textfield
              id={`${formId}-${lang}`}
              lang={lang}
              value={labels[lang]}
              isInvalid={invalid}
              aria-invalid={invalid}
              aria-describedby={invalid ? problemId(formId, field) : undefined}
              onChange={(e) => props.onChange({ ...labels, [lang]: e.currentTarget.value })}
              onKeyDown={(e) => {
                if (e.key === 'Enter') props.onSubmit();
              }}
            />
            <ProblemText language={language} formId={formId} field={field} problems={problems} />
          </div>
        );
      })}
    </div>
  );
}
