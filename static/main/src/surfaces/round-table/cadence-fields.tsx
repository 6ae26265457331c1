import Textfield from '@atlaskit/textfield';
import { useCallback, useMemo } from 'react';
import type { Language } from '../../i18n/messages';
import { SearchPicker, type PickerOption, type PickerWords } from '../settings/search-picker';
import { formLabel } from '../strategy/form-parts';
import { hint, meetingDateText, selectStyle } from './rt-format';
import { rt } from './rt-messages';
import { previewOf, type DraftProblem, type SeriesDraft } from './series-draft';

const WEEKS = ['1', '2', '3', '4', '5', 'last'] as const;
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 0] as const;
const DAYS = Array.from({ length: 31 }, (_, i) => i + 1);

export function rtPickerWords(language: Language): PickerWords {
  return { searching: rt(language, 'search.searching'), none: rt(language, 'search.none'), failed: (message) => rt(language, 'search.failed', { message }) };
}

export function Problem({ language, problems, field }: { language: Language; problems: DraftProblem[]; field: DraftProblem['field'] }) {
  const problem = problems.find((p) => p.field === field);
  return problem ? <p role="alert" data-testid={`series-problem-${field}`} style={{ color: 'var(--ds-text-danger, #ae2e24)', fontSize: 12, margin: '4px 0' }}>{rt(language, problem.message)}</p> : null;
}

/** The zones this browser knows, searched by any part of their name (Europe/Berlin, berlin, europe/b …). */
function useZoneSearch() {
  const zones = useMemo(() => Intl.supportedValuesOf('timeZone'), []);
  return useCallback(async (text: string): Promise<PickerOption[]> => {
    const wanted = text.toLowerCase().replace(/\s+/g, '_');
    return zones.filter((zone) => zone.toLowerCase().includes(wanted)).slice(0, 30).map((zone) => ({ id: zone, label: zone }));
  }, [zones]);
}

/** Monthly on the nth weekday or a day of the month, the time and the zone — and the next dates as they are typed. */
export function CadenceFields({ language, draft, problems, onChange }: { language: Language; draft: SeriesDraft; problems: DraftProblem[]; onChange: (patch: Partial<SeriesDraft>) => void }) {
  const searchZones = useZoneSearch();
  const preview = previewOf(draft, new Date());
  return (
    <fieldset style={{ border: 'none', padding: 0, margin: '8px 0' }}>
      <legend style={formLabel}>{rt(language, 'form.cadence')}</legend>
      <div role="radiogroup" style={{ display: 'flex', gap: 16 }}>
        {(['nth-weekday', 'day-of-month'] as const).map((kind) => (
          <label key={kind}>
            <input type="radio" name="cadence-kind" checked={draft.kind === kind} onChange={() => onChange({ kind })} /> {rt(language, kind === 'nth-weekday' ? 'form.kind.nth' : 'form.kind.day')}
          </label>
        ))}
      </div>
      <div style={{ display: 'flex', gap: 12, flexWrap: 'wrap', alignItems: 'flex-end', marginTop: 8 }}>
        {draft.kind === 'nth-weekday' ? (
          <>
            <label>
              <span style={formLabel}>{rt(language, 'form.week')}</span>
              <select style={selectStyle} value={draft.week} onChange={(e) => onChange({ week: e.currentTarget.value as SeriesDraft['week'] })} data-testid="series-week">
                {WEEKS.map((week) => <option key={week} value={week}>{rt(language, `week.${week}`)}</option>)}
              </select>
            </label>
            <label>
              <span style={formLabel}>{rt(language, 'form.weekday')}</span>
              <select style={selectStyle} value={draft.weekday} onChange={(e) => onChange({ weekday: Number(e.currentTarget.value) })} data-testid="series-weekday">
                {WEEKDAYS.map((day) => <option key={day} value={day}>{rt(language, `weekday.${day}`)}</option>)}
              </select>
            </label>
          </>
        ) : (
          <label>
            <span style={formLabel}>{rt(language, 'form.day')}</span>
            <select style={selectStyle} value={draft.day} onChange={(e) => onChange({ day: Number(e.currentTarget.value) })} data-testid="series-day">
              {DAYS.map((day) => <option key={day} value={day}>{day}</option>)}
            </select>
          </label>
        )}
        <div style={{ width: 110 }}>
          <label htmlFor="series-time" style={formLabel}>{rt(language, 'form.time')}</label>
          <Textfield id="series-time" value={draft.time} onChange={(e) => onChange({ time: e.currentTarget.value })} testId="series-time" />
        </div>
        <div style={{ minWidth: 260 }}>
          <label htmlFor="series-zone" style={formLabel}>{rt(language, 'form.zone')}</label>
          <SearchPicker id="series-zone" label={rt(language, 'form.zoneSearch')} words={rtPickerWords(language)} search={searchZones} onPick={(option) => onChange({ timeZone: option.id })} />
          <p style={hint} data-testid="series-zone-chosen">{rt(language, 'form.zoneChosen', { zone: draft.timeZone })}</p>
        </div>
      </div>
      <Problem language={language} problems={problems} field="time" />
      <Problem language={language} problems={problems} field="timeZone" />
      <h4 style={{ ...formLabel, marginTop: 12 }}>{rt(language, 'form.preview')}</h4>
      {'problem' in preview ? (
        <p style={hint}>{rt(language, 'form.previewProblem', { problem: rt(language, preview.problem) })}</p>
      ) : (
        <ul aria-live="polite" data-testid="series-preview" style={{ margin: 0, paddingLeft: 20, fontSize: 13 }}>
          {preview.dates.map((date) => <li key={date.startsAt}>{meetingDateText(language, date, draft.timeZone)}</li>)}
        </ul>
      )}
    </fieldset>
  );
}
