import { TAG_SLOTS, type Taxonomy, type UseCase } from '../../../../../src/domain';
import { translate, type Language } from '../../i18n/messages';
import { jt } from '../journey/journey-messages';
import { allOptions, offeredOptions, tagOption } from '../journey/tag-options';
import { TagPicker } from '../journey/tag-picker';
import type { BulkChoice } from './bulk-payload';

export interface BulkChoicesProps {
  choice: BulkChoice;
  onChange: (choice: BulkChoice) => void;
  taxonomy: Taxonomy;
  useCases: readonly UseCase[];
  language: Language;
  isDisabled: boolean;
}

/** Per slot: terms to add (active ones only) and terms to remove (any, retired included). */
export function BulkChoices({ choice, onChange, taxonomy, useCases, language, isDisabled }: BulkChoicesProps) {
  return (
    <div>
      {TAG_SLOTS.map((slot) => {
        const slotLabel = translate(language, `slot.${slot}`);
        return (
          <fieldset key={slot} style={{ border: 'none', padding: 0, margin: '0 0 8px', display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 12 }}>
            <legend style={{ font: 'var(--ds-font-heading-xxsmall, 600 12px/16px sans-serif)', marginBottom: 4 }}>{slotLabel}</legend>
            <TagPicker
              slot={slot}
              idPrefix="bulk-add"
              label={`${jt(language, 'bulk.add')}: ${slotLabel}`}
              language={language}
              options={offeredOptions(slot, taxonomy, useCases, language)}
              chosen={choice.add[slot].map((id) => tagOption(slot, id, taxonomy, useCases, language))}
              onChange={(ids) => onChange({ ...choice, add: { ...choice.add, [slot]: ids } })}
              isDisabled={isDisabled}
            />
            <TagPicker
              slot={slot}
              idPrefix="bulk-remove"
              label={`${jt(language, 'bulk.remove')}: ${slotLabel}`}
              language={language}
              options={allOptions(slot, taxonomy, useCases, language)}
              chosen={choice.remove[slot].map((id) => tagOption(slot, id, taxonomy, useCases, language))}
              onChange={(ids) => onChange({ ...choice, remove: { ...choice.remove, [slot]: ids } })}
              isDisabled={isDisabled}
            />
          </fieldset>
        );
      })}
    </div>
  );
}
