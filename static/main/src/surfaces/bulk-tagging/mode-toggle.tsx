import type { TagSlot } from '../../../../../src/domain';
import type { Language } from '../../i18n/messages';
import type { BulkMode } from './bulk-choice';
import { bw } from './bulk-words';

const MODES: readonly BulkMode[] = ['add', 'remove'];

/**
 * Add / Remove for one dimension, as a segmented control built on native radio buttons: Tab reaches the group, the
 * arrow keys switch the mode, and a screen reader hears "Touchpoints: add or remove, Add, selected".
 */
export function ModeToggle({ slot, slotLabel, mode, onChange, language, isDisabled }: {
  slot: TagSlot;
  slotLabel: string;
  mode: BulkMode;
  onChange: (mode: BulkMode) => void;
  language: Language;
  isDisabled: boolean;
}) {
  return (
    <div
      role="radiogroup"
      aria-label={bw(language, 'mode.group', { slot: slotLabel })}
      style={{ display: 'inline-flex', border: '1px solid var(--ds-border, #8590a2)', borderRadius: 4, overflow: 'hidden', alignSelf: 'end', marginBottom: 12 }}
    >
      {MODES.map((option) => {
        const chosen = option === mode;
        return (
          <label
            key={option}
            style={{
              display: 'inline-flex', alignItems: 'center', gap: 4, minHeight: 32, padding: '0 10px', cursor: isDisabled ? 'not-allowed' : 'pointer',
              background: chosen ? 'var(--ds-background-selected, #e9f2ff)' : 'var(--ds-surface, #ffffff)',
              color: chosen ? 'var(--ds-text-selected, #0c66e4)' : 'var(--ds-text, #172b4d)',
              fontWeight: chosen ? 600 : 400,
            }}
          >
            <input
              type="radio"
              name={`bulk-mode-${slot}`}
              value={option}
              checked={chosen}
              disabled={isDisabled}
              onChange={() => onChange(option)}
              data-testid={`bulk-mode-${slot}-${option}`}
              style={{ margin: 0 }}
            />
            {bw(language, `mode.${option}`)}
          </label>
        );
      })}
    </div>
  );
}
