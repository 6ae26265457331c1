import { TAG_SLOTS, type Taxonomy, type UseCase } from '../../../../../src/domain';
import { translate, type Language } from '../../i18n/messages';
import { allOptions, offeredOptions, tagOption } from '../journey/tag-options';
import { TagPicker } from '../journey/tag-picker';
import { withIds, withMode, type BulkChoice } from './bulk-choice';
import { bw } from './bulk-words';
import { ModeToggle } from './mode-toggle';

export interface BulkChoicesProps {
  choice: BulkChoice;
  onChange: (choice: BulkChoice) => void;
  taxonomy: Taxonomy;
  useCases: readonly UseCase[];
  language: Language;
  isDisabled: boolean;
}

/**
 * One row per dimension: Add or Remove, and one picker. Add offers active terms only; Remove offers every term,
 * retired ones included. The chosen terms stay when the mode changes (one picker, same id, same choice).
 */
export function BulkChoices({ choice, onChange, taxonomy, useCases, language, isDisabled }: BulkChoicesProps) {
  return (
    <div>
      {TAG_SLOTS.map((slot) => {
        const slotLabel = translate(language, `slot.${slot}`);
        const { mode, ids } = choice[slot];
        return (
          <div key={slot} data-testid={`bulk-row-${slot}`} data-mode={mode} style={{ display: 'grid', gridTemplateColumns: 'auto 1fr', gap: 12 }}>
            <ModeToggle slot={slot} slotLabel={slotLabel} mode={mode} onChange={(next) => onChange(withMode(choice, slot, next))} language={language} isDisabled={isDisabled} />
            <TagPicker
              slot={slot}
              idPrefix="bulk"
              label={bw(language, mode === 'add' ? 'picker.add' : 'picker.remove', { slot: slotLabel })}
              language={language}
              options={mode === 'add' ? offeredOptions(slot, taxonomy, useCases, language) : allOptions(slot, taxonomy, useCases, language)}
              chosen={ids.map((id) => tagOption(slot, id, taxonomy, useCases, language))}
              onChange={(next) => onChange(withIds(choice, slot, next))}
              isDisabled={isDisabled}
            />
          </div>
        );
      })}
    </div>
  );
}
