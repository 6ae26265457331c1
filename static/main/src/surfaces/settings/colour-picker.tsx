import Textfield from '@atlaskit/textfield';
import type { Language } from '../../i18n/messages';
import { settingsText } from './settings-messages';
import { STREAM_PALETTE, isHexColour } from './stream-draft';

/** A few palette swatches and a hex field; the swatches are buttons, so the keyboard reaches them. */
export function ColourPicker({ language, id, value, onChange, invalid }: { language: Language; id: string; value: string; onChange: (colour: string) => void; invalid: boolean }) {
  return (
    <div style={{ display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap' }}>
      <div role="group" aria-label={settingsText(language, 'stream.colour')} style={{ display: 'flex', gap: 4 }}>
        {STREAM_PALETTE.map((colour) => (
          <button
            key={colour}
            type="button"
            aria-label={settingsText(language, 'stream.pick', { colour })}
            aria-pressed={value.toLowerCase() === colour}
            onClick={() => onChange(colour)}
            style={{
              width: 20,
              height: 20,
              borderRadius: 4,
              background: colour,
              cursor: 'pointer',
              border: value.toLowerCase() === colour ? '2px solid var(--ds-border-focused, #388bff)' : '2px solid transparent',
              outlineOffset: 2,
            }}
          />
        ))}
      </div>
      <span aria-hidden style={{ width: 20, height: 20, borderRadius: 4, background: isHexColour(value) ? value : 'transparent', border: '1px solid #8590a2' }} />
      <div style={{ width: 110 }}>
        <Textfield id={id} aria-label={settingsText(language, 'stream.colourHex')} value={value} isInvalid={invalid} isCompact onChange={(e) => onChange(e.currentTarget.value)} />
      </div>
    </div>
  );
}
