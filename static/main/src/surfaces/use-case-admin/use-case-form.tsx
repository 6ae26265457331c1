import Button from '@atlaskit/button/new';
import { Checkbox } from '@atlaskit/checkbox';
import Select from '@atlaskit/select';
import { selectWords } from '../../i18n/select-words';
import Textfield from '@atlaskit/textfield';
import type { DimensionId } from '../../../../../src/domain/taxonomy/dimensions';
import type { Taxonomy } from '../../../../../src/domain/taxonomy/taxonomy';
import type { Language } from '../../i18n/messages';
import { errorInWords } from '../admin/error-words';
import { labelStyle } from '../admin/problem-text';
import { termOptions, type DraftField, type FormProblem, type TermOption, type UseCaseDraft } from './use-case-form-model';
import { useCaseText } from './use-case-messages';

const problemIdOf = (field: string) => `use-case-${field}-problem`;

function Problem({ language, problems, field }: { language: Language; problems: FormProblem[]; field: DraftField | 'form' }) {
  const mine = problems.filter((p) => p.field === field);
  if (mine.length === 0) return null;
  return (
    <div id={problemIdOf(field)} role="alert" data-testid={problemIdOf(field)} style={{ color: 'var(--ds-text-danger, #ae2e24)', fontSize: 12, margin: '4px 0 0' }}>
      {mine.map((p, i) => <p key={i} style={{ margin: 0 }}>{'error' in p ? errorInWords(language, p.error) : useCaseText(language, p.reason, p.params)}</p>)}
    </div>
  );
}

export interface UseCaseFormProps {
  language: Language;
  taxonomy: Taxonomy;
  isNew: boolean;
  draft: UseCaseDraft;
  problems: FormProblem[];
  saving: boolean;
  onChange: (draft: UseCaseDraft) => void;
  onSave: () => void;
  onCancel: () => void;
}

/** Creates or edits one use case: every field of the schema; term pickers offer the taxonomy in the admin's language. */
export function UseCaseForm(props: UseCaseFormProps) {
  const { language, taxonomy, draft, problems } = props;
  const invalid = (field: DraftField) => problems.some((p) => p.field === field);
  const described = (field: DraftField) => (invalid(field) ? problemIdOf(field) : undefined);
  const set = (change: Partial<UseCaseDraft>) => props.onChange({ ...draft, ...change });
  const label = (field: DraftField, required = false) => (
    <label htmlFor={`use-case-${field}`} style={labelStyle}>{useCaseText(language, `field.${field}` as const)}{required ? ' *' : ''}</label>
  );
  const text = (field: 'id' | 'title' | 'userActivity', required = false) => (
    <div>
      {label(field, required)}
      <Textfield id={`use-case-${field}`} value={draft[field]} isDisabled={field === 'id' && !props.isNew} isInvalid={invalid(field)} aria-describedby={described(field)} onChange={(e) => set({ [field]: e.currentTarget.value })} />
      <Problem language={language} problems={problems} field={field} />
    </div>
  );
  const optionLabel = (o: TermOption) => (o.retired ? useCaseText(language, 'term.retired', { label: o.label }) : o.label);
  const single = (field: 'lifecycleStage' | 'category' | 'action', dimension: DimensionId, required = false) => {
    const options = termOptions(taxonomy, dimension, language, draft[field] ? [draft[field]] : []);
    return (
      <div>
        {label(field, required)}
        <Select<TermOption>
          {...selectWords(language)}
          inputId={`use-case-${field}`}
          options={options}
          value={options.find((o) => o.value === draft[field]) ?? null}
          getOptionLabel={optionLabel}
          isClearable={!required}
          placeholder={useCaseText(language, 'choose')}
          isInvalid={invalid(field)}
          aria-describedby={described(field)}
          onChange={(option) => set({ [field]: option?.value ?? '' })}
        />
        <Problem language={language} problems={problems} field={field} />
      </div>
    );
  };
  const multi = (field: 'touchpoints' | 'channels', dimension: DimensionId) => {
    const options = termOptions(taxonomy, dimension, language, draft[field]);
    return (
      <div>
        {label(field)}
        <Select<TermOption, true>
          inputId={`use-case-${field}`}
          isMulti
          {...selectWords(language)}
          options={options}
          value={options.filter((o) => draft[field].includes(o.value))}
          getOptionLabel={optionLabel}
          placeholder={useCaseText(language, 'choose')}
          isInvalid={invalid(field)}
          aria-describedby={described(field)}
          onChange={(chosen) => set({ [field]: chosen.map((o) => o.value) })}
        />
        <Problem language={language} problems={problems} field={field} />
      </div>
    );
  };
  const title = props.isNew ? useCaseText(language, 'form.new') : useCaseText(language, 'form.edit', { id: draft.id });
  return (
    <form
      data-testid="use-case-form"
      aria-labelledby="use-case-form-title"
      style={{ margin: '12px 0', padding: 12, border: '1px solid var(--ds-border, #dcdfe4)', borderRadius: 4, maxWidth: 880 }}
      onSubmit={(e) => {
        e.preventDefault();
        props.onSave();
      }}
    >
      <h3 id="use-case-form-title" style={{ marginTop: 0 }}>{title}</h3>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(260px, 1fr))', gap: '0 16px' }}>
        {text('id', true)}
        {text('title', true)}
        {single('lifecycleStage', 'lifecycle', true)}
        {text('userActivity')}
        {multi('touchpoints', 'touchpoint')}
        {multi('channels', 'channel')}
        {single('category', 'category')}
        {single('action', 'action')}
      </div>
      {(['description', 'userActions'] as const).map((field) => (
        <div key={field}>
          {label(field)}
          <textarea
            id={`use-case-${field}`}
            rows={3}
            value={draft[field]}
            aria-invalid={invalid(field)}
            aria-describedby={described(field)}
            style={{ width: '100%', boxSizing: 'border-box', font: 'inherit', padding: 6, borderRadius: 3, border: '2px solid var(--ds-border-input, #8590a2)' }}
            onChange={(e) => set({ [field]: e.currentTarget.value })}
          />
          <Problem language={language} problems={problems} field={field} />
        </div>
      ))}
      <div style={{ marginTop: 8 }}>
        <Checkbox label={useCaseText(language, 'field.retired')} isChecked={draft.retired} onChange={(e) => set({ retired: e.currentTarget.checked })} />
      </div>
      <Problem language={language} problems={problems} field="form" />
      <div style={{ display: 'flex', gap: 8, marginTop: 12 }}>
        <Button type="submit" appearance="primary" isLoading={props.saving}>{useCaseText(language, 'save')}</Button>
        <Button onClick={props.onCancel}>{useCaseText(language, 'cancel')}</Button>
      </div>
    </form>
  );
}
