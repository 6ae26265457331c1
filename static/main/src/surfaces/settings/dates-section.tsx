import Select from '@atlaskit/select';
import Textfield from '@atlaskit/textfield';
import type { SettingsView } from '../../../../../src/contract/programme';
import type { Language } from '../../i18n/messages';
import { selectWords } from '../../i18n/select-words';
import { FieldProblem, labelStyle, sectionStyle } from './field-message';
import type { Problem, SettingsDraft } from './settings-draft';
import { settingsText } from './settings-messages';

type DatesDraft = Pick<SettingsDraft, 'startDateFieldId' | 'dueDateFieldId' | 'atRiskThresholdDays'>;

interface Option {
  label: string;
  value: string;
}

const NONE = '';

/** The date fields the programme reads, and how little slack makes a dependency at risk. */
export function DatesSection({ language, view, dates, problems, onDates }: { language: Language; view: SettingsView; dates: DatesDraft; problems: Problem[]; onDates: (change: Partial<DatesDraft>) => void }) {
  const fields: Option[] = view.dateFields.map((f) => ({ label: `${f.name} (${f.id})`, value: f.id }));
  // A stored field Jira no longer lists stays selectable, so opening the page never changes the settings.
  const withCurrent = (current: string | null): Option[] => (current && !fields.some((o) => o.value === current) ? [...fields, { label: current, value: current }] : fields);
  const startOptions: Option[] = [{ label: settingsText(language, 'dates.none'), value: NONE }, ...withCurrent(dates.startDateFieldId)];
  const dueOptions = withCurrent(dates.dueDateFieldId || null);
  return (
    <section aria-labelledby="dates-title" style={sectionStyle}>
      <h2 id="dates-title">{settingsText(language, 'dates.title')}</h2>
      <label htmlFor="start-date-field" style={labelStyle}>{settingsText(language, 'dates.start')}</label>
      <Select<Option>
        {...selectWords(language)}
        inputId="start-date-field"
        placeholder={settingsText(language, 'dates.choose')}
        options={startOptions}
        value={startOptions.find((o) => o.value === (dates.startDateFieldId ?? NONE)) ?? null}
        onChange={(option) => onDates({ startDateFieldId: option && option.value !== NONE ? option.value : null })}
      />
      <label htmlFor="due-date-field" style={labelStyle}>{settingsText(language, 'dates.due')}</label>
      <Select<Option> {...selectWords(language)} inputId="due-date-field" placeholder={settingsText(language, 'dates.choose')} options={dueOptions} value={dueOptions.find((o) => o.value === dates.dueDateFieldId) ?? null} onChange={(option) => onDates({ dueDateFieldId: option?.value ?? '' })} />
      <FieldProblem language={language} problems={problems} field="dueDateFieldId" />
      <label htmlFor="atRiskThresholdDays" style={labelStyle}>{settingsText(language, 'dates.threshold')}</label>
      <div style={{ width: 120 }}>
        <Textfield id="atRiskThresholdDays" inputMode="numeric" value={dates.atRiskThresholdDays} isInvalid={problems.some((p) => p.field === 'atRiskThresholdDays')} onChange={(e) => onDates({ atRiskThresholdDays: e.currentTarget.value })} />
      </div>
      <FieldProblem language={language} problems={problems} field="atRiskThresholdDays" />
    </section>
  );
}
