import Button from '@atlaskit/button/new';
import { useEffect, useRef } from 'react';
import type { Language } from '../../i18n/messages';
import { settingsText } from './settings-messages';
import type { StreamDraft } from './stream-draft';

/**
 * "Delete stream X?", asked in the list right under the stream's row, so it is in view wherever the admin scrolled
 * (a dialog drawn inside the frame could open out of sight). Deleting only changes the draft until it is saved.
 */
export function DeleteConfirmation({ language, stream, onConfirm, onCancel }: { language: Language; stream: StreamDraft; onConfirm: () => void; onCancel: () => void }) {
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  const title = settingsText(language, 'delete.title', { name: stream.name.trim() || settingsText(language, 'stream.unnamed') });
  return (
    <li
      role="group"
      aria-label={title}
      data-testid="stream-delete-confirmation"
      style={{ listStyle: 'none', margin: '4px 0 12px', padding: 12, border: '1px solid var(--ds-border-danger, #e2483d)', borderRadius: 4 }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <p style={{ margin: '0 0 4px', fontWeight: 600, color: 'var(--ds-text-danger, #ae2e24)' }}>{title}</p>
      <p style={{ margin: '0 0 8px' }}>{settingsText(language, 'delete.body')}</p>
      <span style={{ display: 'flex', gap: 8 }}>
        <Button ref={cancel} appearance="subtle" onClick={onCancel}>{settingsText(language, 'cancel')}</Button>
        <Button appearance="danger" onClick={onConfirm}>{settingsText(language, 'delete.confirm')}</Button>
      </span>
    </li>
  );
}
