import Button from '@atlaskit/button/new';
import Select from '@atlaskit/select';
import Textfield from '@atlaskit/textfield';
import type { DimensionId } from '../../../../../src/domain/taxonomy/dimensions';
import type { Taxonomy } from '../../../../../src/domain/taxonomy/taxonomy';
import type { Language } from '../../i18n/messages';
import { selectWords } from '../../i18n/select-words';
import { dimensionName } from '../admin/error-words';
import { ProblemText, labelStyle, problemId } from '../admin/problem-text';
import { LabelFields } from './label-fields';
import { EMPTY_NEW_TERM, idOfNewTerm } from './taxonomy-changes';
import { taxonomyText } from './taxonomy-messages';
import { addKey, type TaxonomyEditor } from './use-taxonomy-editor';

/** Adds a term at the end of a dimension: both labels, an optional id, and for a lifecycle stage its phase. */
export function AddTermForm({ language, taxonomy, dimension, editor }: { language: Language; taxonomy: Taxonomy; dimension: DimensionId; editor: TaxonomyEditor }) {
  const draft = editor.addDrafts[dimension] ?? EMPTY_NEW_TERM;
  const problems = editor.problems.get(addKey(dimension)) ?? [];
  const formId = `add-${dimension}`;
  const submit = () => void editor.submitAdd(dimension);
  const phases = taxonomy.dimensions.phase.filter((p) => !p.retired).map((p) => ({ value: p.id as string, label: p.labels[language] }));
  const idInvalid = problems.some((p) => p.field === 'id');
  const phaseInvalid = problems.some((p) => p.field === 'phase');
  return (
    <form
      data-testid={formId}
      aria-labelledby={`${formId}-title`}
      style={{ margin: '12px 0', padding: 12, border: '1px dashed var(--ds-border, #dcdfe4)', borderRadius: 4 }}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <h4 id={`${formId}-title`} style={{ margin: 0 }}>{taxonomyText(language, 'add.title', { dimension: dimensionName(language, dimension) })}</h4>
      <LabelFields language={language} formId={formId} labels={draft.labels} problems={problems} onChange={(labels) => editor.setAddDraft(dimension, { ...draft, labels })} onSubmit={submit} />
      <div style={{ display: 'flex', gap: 12, flexWrap: 'wrap' }}>
        <div style={{ flex: '1 1 220px' }}>
          <label htmlFor={`${formId}-id`} style={labelStyle}>{taxonomyText(language, 'add.id', { id: idOfNewTerm(draft) || '…' })}</label>
          <Textfield
            id={`${formId}-id`}
            value={draft.id}
            isMonospaced
            isInvalid={idInvalid}
            aria-describedby={idInvalid ? problemId(formId, 'id') : undefined}
            onChange={(e) => editor.setAddDraft(dimension, { ...draft, id: e.currentTarget.value })}
          />
          <ProblemText language={language} formId={formId} field="id" problems={problems} />
        </div>
        {dimension === 'lifecycle' ? (
          <div style={{ flex: '1 1 220px' }}>
            <label htmlFor={`${formId}-phase`} style={labelStyle}>{taxonomyText(language, 'add.phase')}</label>
            <Select<(typeof phases)[number], false>
              {...selectWords(language)}
              inputId={`${formId}-phase`}
              options={phases}
              value={phases.find((p) => p.value === draft.phase) ?? null}
              placeholder={taxonomyText(language, 'add.phasePlaceholder')}
              isInvalid={phaseInvalid}
              aria-describedby={phaseInvalid ? problemId(formId, 'phase') : undefined}
              onChange={(option) => editor.setAddDraft(dimension, { ...draft, phase: option?.value ?? '' })}
            />
            <ProblemText language={language} formId={formId} field="phase" problems={problems} />
          </div>
        ) : null}
      </div>
      <ProblemText language={language} formId={formId} field="form" problems={problems} />
      <div style={{ marginTop: 8 }}>
        <Button type="submit" appearance="primary" isDisabled={editor.busy}>{taxonomyText(language, 'add.submit')}</Button>
      </div>
    </form>
  );
}
