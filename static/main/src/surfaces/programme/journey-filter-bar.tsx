import Select from '@atlaskit/select';
import { selectWords } from '../../i18n/select-words';
import { FILTER_SLOTS, type FilterSlot, type JourneyFilter } from '../../../../../src/domain/journey-filter';
import type { Language } from '../../i18n/messages';
import { journeyOptions, type JourneyOption } from './journey-options';
import { pt } from './messages';
import type { JourneyChoices } from './use-journey-choices';

const LABEL: Record<FilterSlot, 'journey.touchpoint' | 'journey.lifecycle' | 'journey.useCase'> = { touchpoint: 'journey.touchpoint', lifecycle: 'journey.lifecycle', useCase: 'journey.useCase' };

/** Touchpoint, lifecycle-stage and use-case multi-selects for the timeline and the dependency list, with what they match. */
export function JourneyFilterBar({ language, choices, value, onChange }: { language: Language; choices: JourneyChoices; value: JourneyFilter; onChange: (next: JourneyFilter) => void }) {
  if (choices.state === 'loading') return null;
  if (choices.state === 'unavailable') return <p style={{ fontSize: 12, color: 'var(--ds-text-subtle, #44546f)' }}>{pt(language, 'journey.unavailable')}</p>;
  const options = journeyOptions(language, choices.taxonomy, choices.useCases);
  return (
    <div role="group" aria-label={pt(language, 'journey.filters')} style={{ margin: '0 0 8px' }}>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
        {FILTER_SLOTS.map((slot) => (
          <div key={slot} style={{ width: slot === 'useCase' ? 320 : 240 }}>
            <Select<JourneyOption, true>
              isMulti
              {...selectWords(language)}
              inputId={`filter-journey-${slot}`}
              aria-label={pt(language, LABEL[slot])}
              placeholder={pt(language, LABEL[slot])}
              options={options[slot]}
              value={options[slot].filter((option) => value[slot].includes(option.value))}
              onChange={(chosen) => onChange({ ...value, [slot]: chosen.map((option) => option.value) })}
            />
          </div>
        ))}
      </div>
      <p data-testid="journey-help" style={{ margin: '4px 0 0', fontSize: 11, color: 'var(--ds-text-subtle, #44546f)' }}>{pt(language, 'journey.help')}</p>
    </div>
  );
}
