import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import { useState } from 'react';
import type { AppError } from '../../../../../src/contract/errors';
import type { MeetingView } from '../../../../../src/contract/round-table';
import type { Agenda } from '../../../../../src/domain/round-table/agenda-types';
import type { Series } from '../../../../../src/domain/round-table/series';
import { errorMessage, type Language } from '../../i18n/messages';
import { AgendaItemRow, itemTitle } from './agenda-item-row';
import { addManualItem, dropItem, moveItem, positionOf } from './agenda-edit';
import { ManualItemForm } from './manual-item-form';
import { hint, sectionLabel } from './rt-format';
import { rt } from './rt-messages';

/**
 * The agenda builder: the sections in order with their items; a programme manager reorders (buttons or Alt+↑/↓), drops,
 * adds manual items and saves. Publishing is offered for what is saved, never for unsaved changes.
 */
export function AgendaEditor(props: { language: Language; view: MeetingView & { agenda: Agenda }; series: Series | null; siteUrl: string; save: (agenda: Agenda) => Promise<AppError | null>; onAnnounce: (text: string) => void; onDirty: (dirty: boolean) => void }) {
  const { language, view } = props;
  const [draft, setDraft] = useState<Agenda>(view.agenda);
  const [dirty, setDirty] = useState(false);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<AppError | null>(null);
  const [saved, setSaved] = useState(false);
  const edit = (next: Agenda) => (setDraft(next), setDirty(true), setSaved(false), props.onDirty(true));
  const save = async () => {
    setBusy(true);
    const problem = await props.save(draft);
    setBusy(false);
    setRefusal(problem);
    if (problem) return;
    setDirty(false);
    setSaved(true);
    props.onDirty(false);
  };
  const canEdit = view.canManage;
  return (
    <div data-testid="agenda-editor">
      {canEdit ? <p style={hint}>{rt(language, 'agenda.keyboard')}</p> : null}
      {draft.sections.map((section) => {
        const label = sectionLabel(language, props.series, section.sectionId);
        const retired = props.series?.sections.find((s) => s.id === section.sectionId)?.retired ?? false;
        return (
          <section key={section.sectionId} aria-labelledby={`agenda-${section.sectionId}`} data-testid={`agenda-section-${section.sectionId}`} style={{ marginTop: 12 }}>
            <h3 id={`agenda-${section.sectionId}`} style={{ fontSize: 14, margin: '0 0 4px' }}>{retired ? `${label} ${rt(language, 'section.retired')}` : label}</h3>
            {section.items.length === 0 ? <p style={hint}>{rt(language, 'section.empty')}</p> : null}
            <ol style={{ listStyle: 'none', margin: 0, padding: 0 }}>
              {section.items.map((item, index) => (
                <AgendaItemRow
                  key={item.id}
                  language={language}
                  item={item}
                  siteUrl={props.siteUrl}
                  first={index === 0}
                  last={index === section.items.length - 1}
                  canEdit={canEdit}
                  onMove={(by) => {
                    const next = moveItem(draft, section.sectionId, item.id, by);
                    edit(next);
                    props.onAnnounce(rt(language, 'item.moved', { title: itemTitle(language, item), ...positionOf(next, section.sectionId, item.id) }));
                    // the row keeps the focus after it moves: React reuses the element by its key
                  }}
                  onDrop={() => (edit(dropItem(draft, item.id)), props.onAnnounce(rt(language, 'item.dropped', { title: itemTitle(language, item) })))}
                />
              ))}
            </ol>
            {canEdit && !retired ? <ManualItemForm language={language} sectionId={section.sectionId} sectionLabel={label} onAdd={(title, detail) => edit(addManualItem(draft, section.sectionId, title, detail))} /> : null}
          </section>
        );
      })}
      {refusal ? (
        <SectionMessage appearance="error">
          <p role="alert" data-testid="agenda-refusal">{errorMessage(language, refusal)}</p>
        </SectionMessage>
      ) : null}
      {canEdit ? (
        <div style={{ display: 'flex', gap: 8, alignItems: 'center', marginTop: 12 }}>
          <Button appearance="primary" isLoading={busy} isDisabled={!dirty} onClick={() => void save()} testId="agenda-save">{rt(language, 'agenda.save')}</Button>
          <span role="status" style={hint} data-testid="agenda-save-state">{dirty ? rt(language, 'agenda.unsaved') : saved ? rt(language, 'agenda.saved') : ''}</span>
        </div>
      ) : null}
    </div>
  );
}
