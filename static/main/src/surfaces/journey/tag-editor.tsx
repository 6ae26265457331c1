import Button from '@atlaskit/button/new';
import { TAG_SLOTS, type TagSlot, type TagSource, type Taxonomy, type UseCase } from '../../../../../src/domain';
import type { Language } from '../../i18n/messages';
import { jt } from './journey-messages';
import { offeredOptions, tagOption, type TagDraft } from './tag-options';
import { TagPicker } from './tag-picker';

export interface TagEditorProps {
  draft: TagDraft;
  onDraftChange: (draft: TagDraft) => void;
  shown: Record<TagSlot, Array<{ id: string; source: TagSource }>>;
  epicKey: string | undefined;
  taxonomy: Taxonomy;
  useCases: readonly UseCase[];
  language: Language;
  dirty: boolean;
  saving: boolean;
  onSave: () => void;
  onCancel: () => void;
}

/** The inherited tags of a slot, read only: they belong to the epic and are not stored on this issue. */
function Inherited({ slot, ids, epicKey, taxonomy, useCases, language }: { slot: TagSlot; ids: string[]; epicKey: string; taxonomy: Taxonomy; useCases: readonly UseCase[]; language: Language }) {
  if (ids.length === 0) return null;
  const labels = ids.map((id) => tagOption(slot, id, taxonomy, useCases, language).label).join(', ');
  return (
    <p data-testid={`inherited-${slot}`} style={{ fontSize: 12, margin: '-8px 0 12px', color: 'var(--ds-text-subtle, #44546f)' }}>
      {jt(language, 'picker.inherited', { epic: epicKey, labels })}
    </p>
  );
}

/** One picker per dimension and one for use cases, with Save and Cancel and the unsaved-changes state. */
export function TagEditor(props: TagEditorProps) {
  const { draft, onDraftChange, shown, epicKey, taxonomy, useCases, language, dirty, saving, onSave, onCancel } = props;
  return (
    <form
      aria-label={jt(language, 'panel.edit')}
      onSubmit={(event) => {
        event.preventDefault();
        onSave();
      }}
    >
      <p style={{ fontSize: 12, margin: '0 0 8px', color: 'var(--ds-text-subtle, #44546f)' }}>{jt(language, 'picker.editHint')}</p>
      {TAG_SLOTS.map((slot) => (
        <div key={slot}>
          <TagPicker
            slot={slot}
            language={language}
            options={offeredOptions(slot, taxonomy, useCases, language)}
            chosen={draft[slot].map((id) => tagOption(slot, id, taxonomy, useCases, language))}
            onChange={(ids) => onDraftChange({ ...draft, [slot]: ids })}
            isDisabled={saving}
          />
          {epicKey ? (
            <Inherited slot={slot} ids={shown[slot].filter((t) => t.source !== 'own').map((t) => t.id)} epicKey={epicKey} taxonomy={taxonomy} useCases={useCases} language={language} />
          ) : null}
        </div>
      ))}
      <div style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
        <Button type="submit" appearance="primary" isDisabled={!dirty} isLoading={saving}>
          {jt(language, 'panel.save')}
        </Button>
        <Button onClick={onCancel} isDisabled={saving}>
          {jt(language, 'panel.cancel')}
        </Button>
        <span data-testid="unsaved-state" style={{ fontSize: 12, color: dirty ? 'var(--ds-text-warning, #a54800)' : 'var(--ds-text-subtle, #44546f)' }}>
          {dirty ? jt(language, 'panel.unsaved') : jt(language, 'panel.noChanges')}
        </span>
      </div>
    </form>
  );
}
