import Select from '@atlaskit/select';
import { selectWords } from '../../i18n/select-words';
import type { TagSlot } from '../../../../../src/domain';
import { translate, type Language } from '../../i18n/messages';
import { jt } from './journey-messages';
import { chosenLabel, type TagOption } from './tag-options';

export interface TagPickerProps {
  slot: TagSlot;
  language: Language;
  /** What the picker offers (active terms only). */
  options: TagOption[];
  /** The chosen ids, each with its label (retired ones marked). */
  chosen: TagOption[];
  onChange: (ids: string[]) => void;
  /** A prefix for the input id, so two pickers of one slot (bulk add / remove) stay apart. */
  idPrefix?: string;
  label?: string;
  isDisabled?: boolean;
}

/**
 * A searchable multi-select for one slot, usable with the keyboard (type to filter, Enter to add, Backspace to
 * remove). Retired terms are not offered, but a retired term already chosen stays visible and marked.
 */
export function TagPicker({ slot, language, options, chosen, onChange, idPrefix = 'picker', label, isDisabled }: TagPickerProps) {
  const inputId = `${idPrefix}-${slot}`;
  const labelText = label ?? translate(language, `slot.${slot}`);
  const value = chosen.map((option) => ({ ...option, label: chosenLabel(option, language) }));
  return (
    <div style={{ marginBottom: 12 }}>
      <label htmlFor={inputId} style={{ display: 'block', font: 'var(--ds-font-heading-xxsmall, 600 12px/16px sans-serif)', marginBottom: 4 }}>
        {labelText}
      </label>
      <Select<TagOption, true>
        inputId={inputId}
        isMulti
        {...selectWords(language)}
        isClearable={false}
        isDisabled={isDisabled}
        options={options}
        value={value}
        placeholder={jt(language, 'picker.placeholder', { slot: labelText })}
        noOptionsMessage={() => jt(language, 'picker.none')}
        onChange={(selected) => onChange(selected.map((option) => option.value))}
        testId={inputId}
      />
    </div>
  );
}
