import Button from '@atlaskit/button/new';
import { useEffect, useRef, useState } from 'react';
import { TAG_SLOTS, type UseCase } from '../../../../src/domain';
import type { IssueJourneyView } from '../../../../src/services/load-issue-journey';
import { call } from '../api';
import { translate, type Language } from '../i18n/messages';
import { EmptyState, ErrorState, Loading } from '../states';
import { useResolver } from '../use-resolver';
import { EpicHiddenNotice } from './journey/epic-hidden-notice';
import { jt } from './journey/journey-messages';
import { JqlHintList } from './journey/jql-hint-list';
import { SaveStatusMessage, type SaveStatus } from './journey/save-status';
import { TagEditor } from './journey/tag-editor';
import { TagList } from './journey/tag-list';
import { draftOf, hasUnsavedChanges, shownAfterSave, tagsPayload, type TagDraft } from './journey/tag-options';

/** The panel once the issue and the catalogue are loaded: the stored tags, or the editor. */
function JourneyTags({ initial, useCases, language }: { initial: IssueJourneyView; useCases: readonly UseCase[]; language: Language }) {
  const [view, setView] = useState(initial);
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState<TagDraft>(() => draftOf(initial.own));
  const [status, setStatus] = useState<SaveStatus>({ state: 'idle' });
  // Focus follows the user: into the editor when it opens, back to "Edit tags" when it closes (never on first load).
  const editorRef = useRef<HTMLDivElement>(null);
  const editButtonRef = useRef<HTMLButtonElement>(null);
  const toggled = useRef(false);
  useEffect(() => {
    if (!toggled.current) return;
    if (editing) editorRef.current?.querySelector<HTMLElement>('input, select, textarea, button, [tabindex]:not([tabindex="-1"])')?.focus();
    else editButtonRef.current?.focus();
  }, [editing]);
  const startEditing = (next: boolean) => {
    toggled.current = true;
    setEditing(next);
  };
  const dirty = hasUnsavedChanges(view.own, draft);
  const epicKey = view.epic?.key;
  const epicHidden = view.epicHidden ? <EpicHiddenNotice language={language} /> : null;

  const save = async () => {
    setStatus({ state: 'saving' });
    try {
      const answer = await call('tags/save', { issueKey: view.issue.key, base: view.own, tags: tagsPayload(draft) });
      if (!answer.ok) return setStatus({ state: 'failed', error: answer.error });
      const stored = answer.data.tags;
      // The answer is read back from Jira (unconfirmed: what was sent): show it, merged edits of others included.
      setView({ ...view, own: stored, shown: shownAfterSave(stored, view.shown) });
      setDraft(draftOf(stored));
      startEditing(false);
      setStatus({ state: 'saved', merged: answer.data.merged, confirmed: answer.data.confirmed });
    } catch (error) {
      setStatus({ state: 'failed', error: { code: 'JIRA_UNAVAILABLE', params: { status: error instanceof Error ? error.message : 'unknown' } } });
    }
  };

  if (editing) {
    return (
      <div ref={editorRef}>
        {epicHidden}
        <TagEditor
          draft={draft}
          onDraftChange={(next) => {
            setDraft(next);
            if (status.state !== 'saving') setStatus({ state: 'idle' });
          }}
          shown={view.shown}
          epicKey={epicKey}
          taxonomy={view.taxonomy}
          useCases={useCases}
          language={language}
          dirty={dirty}
          saving={status.state === 'saving'}
          onSave={() => void save()}
          onCancel={() => {
            setDraft(draftOf(view.own));
            startEditing(false);
            setStatus({ state: 'idle' });
          }}
        />
        <SaveStatusMessage status={status} issueKey={view.issue.key} language={language} />
        <JqlHintList chosen={draft} language={language} />
      </div>
    );
  }

  const anyTag = TAG_SLOTS.some((slot) => view.shown[slot].length > 0);
  const anyOwn = TAG_SLOTS.some((slot) => view.own[slot].length > 0);
  const anyInherited = TAG_SLOTS.some((slot) => view.shown[slot].some((t) => t.source === 'epic'));
  return (
    <div>
      <SaveStatusMessage status={status} issueKey={view.issue.key} language={language} />
      {epicHidden}
      {anyTag && !anyOwn ? <EmptyState>{jt(language, 'panel.noOwn')}</EmptyState> : null}
      {anyTag ? (
        TAG_SLOTS.map((slot) => <TagList key={slot} slot={slot} shown={view.shown[slot]} epicKey={epicKey} taxonomy={view.taxonomy} useCases={useCases} language={language} />)
      ) : (
        <EmptyState>{translate(language, 'journey.empty')}</EmptyState>
      )}
      {epicKey && anyInherited ? <p style={{ fontSize: 12 }}>{translate(language, 'journey.inheritedHint', { epic: epicKey })}</p> : null}
      {view.mayEdit ? (
        <Button
          ref={editButtonRef}
          onClick={() => {
            startEditing(true);
            setStatus({ state: 'idle' });
          }}
        >
          {anyOwn ? jt(language, 'panel.edit') : jt(language, 'panel.add')}
        </Button>
      ) : (
        <p data-testid="tags-read-only" style={{ fontSize: 12, color: 'var(--ds-text-subtle, #44546f)' }}>{jt(language, 'panel.readOnly')}</p>
      )}
      {anyOwn ? <JqlHintList chosen={view.own} language={language} /> : null}
    </div>
  );
}

/**
 * The issue view's journey panel: the issue's own tags and those inherited from its epic, editable, in the user's
 * language. When the epic is in a project the viewer cannot browse, its tags are withheld and the panel says so.
 */
export function JourneyPanel({ issueKey, language }: { issueKey: string; language: Language }) {
  const [journey, reloadJourney] = useResolver('journey/issue', { issueKey });
  const [catalogue, reloadCatalogue] = useResolver('use-cases/list', {});
  if (journey.state === 'error') return <ErrorState language={language} error={journey.error} onRetry={reloadJourney} />;
  if (catalogue.state === 'error') return <ErrorState language={language} error={catalogue.error} onRetry={reloadCatalogue} />;
  if (journey.state === 'loading' || catalogue.state === 'loading') return <Loading language={language} />;
  return <JourneyTags key={issueKey} initial={journey.data} useCases={catalogue.data.useCases} language={language} />;
}
