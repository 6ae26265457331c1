import Button from '@atlaskit/button/new';
import { useState } from 'react';
import type { AppError } from '../../../../../src/contract/errors';
import type { AgendaItemView, DecisionView, MeetingView } from '../../../../../src/contract/round-table';
import { errorMessage, type Language } from '../../i18n/messages';
import { formatDay } from '../programme/labels';
import { textAreaStyle } from '../strategy/form-parts';
import { ItemSummary, itemTitle } from './agenda-item-row';
import { DecisionForm, type DecisionFields } from './decision-form';
import { DecisionStateLozenge, FollowUpIssue } from './decision-words';
import { FollowUpForm } from './follow-up-form';
import { hint } from './rt-format';
import { rt } from './rt-messages';

export interface MinutesActions {
  saveNote: (itemId: string, note: string) => Promise<AppError | null>;
  record: (itemId: string, fields: DecisionFields) => Promise<AppError | null>;
  followUp: (decisionId: string, projectKey: string, issueTypeId: string, summary: string) => Promise<AppError | null>;
}

function DecisionEntry({ language, decision, canManage, siteUrl, people, actions }: { language: Language; decision: DecisionView; canManage: boolean; siteUrl: string; people: Map<string, string>; actions: MinutesActions }) {
  const [creating, setCreating] = useState(false);
  const owner = decision.ownerAccountId === null ? rt(language, 'decision.noOwner') : rt(language, 'decision.owned', { name: people.get(decision.ownerAccountId) ?? rt(language, 'unknownPerson') });
  return (
    <li data-testid={`decision-${decision.id}`} style={{ margin: '6px 0' }}>
      <div style={{ display: 'flex', gap: 8, alignItems: 'baseline', flexWrap: 'wrap' }}>
        <DecisionStateLozenge language={language} state={decision.state} />
        <span data-testid="decision-text-shown">{decision.text}</span>
        <span style={hint}>{owner}{decision.dueDate ? ` · ${rt(language, 'decision.dueOn', { date: formatDay(language, decision.dueDate) })}` : ''}</span>
      </div>
      <FollowUpIssue language={language} decision={decision} siteUrl={siteUrl} />
      {canManage && !decision.followUpKey && !creating ? <Button spacing="compact" onClick={() => setCreating(true)}>{rt(language, 'followUp.create')}</Button> : null}
      {creating ? <FollowUpForm language={language} decision={decision} create={(p, t, s) => actions.followUp(decision.id, p, t, s)} onClose={() => setCreating(false)} /> : null}
    </li>
  );
}

/** An agenda item in the minutes: its discussion note, its decisions with their follow-ups, and recording a new one. */
export function MinutesItem(props: { language: Language; view: MeetingView; item: AgendaItemView; siteUrl: string; people: Map<string, string>; actions: MinutesActions }) {
  const { language, view, item, actions } = props;
  const [note, setNote] = useState(item.note);
  const [noteState, setNoteState] = useState<'idle' | 'saving' | 'saved' | AppError>('idle');
  const [recording, setRecording] = useState(false);
  const decisions = view.decisions.filter((d) => d.agendaItemId === item.id && d.meetingId === view.meetingId);
  const submissions = Object.values(view.submissions);
  const saveNote = async () => {
    setNoteState('saving');
    setNoteState((await actions.saveNote(item.id, note)) ?? 'saved');
  };
  return (
    <li data-testid={`minutes-item-${item.id}`} style={{ padding: '8px 0', borderBottom: '1px solid var(--ds-border, #091e4224)' }}>
      <ItemSummary language={language} item={item} siteUrl={props.siteUrl} />
      {view.canManage && !item.hidden ? (
        <div style={{ marginTop: 4 }}>
          <textarea aria-label={rt(language, 'note.label', { title: itemTitle(language, item) })} style={textAreaStyle} maxLength={5000} value={note} onChange={(e) => (setNote(e.currentTarget.value), setNoteState('idle'))} />
          <div style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
            <Button spacing="compact" isLoading={noteState === 'saving'} isDisabled={note === item.note} onClick={() => void saveNote()}>{rt(language, 'note.save')}</Button>
            <span role="status" style={hint}>{noteState === 'saved' ? rt(language, 'note.saved') : typeof noteState === 'object' ? errorMessage(language, noteState) : ''}</span>
          </div>
        </div>
      ) : item.note ? <p style={{ whiteSpace: 'pre-wrap', margin: '4px 0' }}>{item.note}</p> : null}
      <ul style={{ listStyle: 'none', margin: '4px 0', padding: 0 }}>
        {decisions.map((d) => <DecisionEntry key={d.id} language={language} decision={d} canManage={view.canManage} siteUrl={props.siteUrl} people={props.people} actions={actions} />)}
      </ul>
      {decisions.length === 0 && !recording ? <p style={hint}>{rt(language, 'decisions.none')}</p> : null}
      {view.canManage && !item.hidden && !recording ? <Button spacing="compact" onClick={() => setRecording(true)}>{rt(language, 'decision.add')}</Button> : null}
      {recording ? (
        <DecisionForm
          language={language}
          submissions={submissions}
          preselected={item.submissionId ? [item.submissionId] : []}
          record={(fields) => actions.record(item.id, fields)}
          onClose={() => setRecording(false)}
        />
      ) : null}
    </li>
  );
}
