import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import { useState } from 'react';
import type { AppError } from '../../../../../src/contract/errors';
import type { Series } from '../../../../../src/domain/round-table/series';
import { errorMessage, type Language } from '../../i18n/messages';
import { EmptyState, ErrorState, Loading } from '../../states';
import { formatDay } from '../programme/labels';
import { AgendaEditor } from './agenda-editor';
import { MinutesView } from './minutes-view';
import { publishOutcomeKey } from './publish-outcome';
import type { MinutesActions } from './minutes-item';
import { hint } from './rt-format';
import { rt } from './rt-messages';
import { attempt, useMeeting } from './use-meeting';

type Mode = 'agenda' | 'minutes';

/** One meeting: assemble and build the agenda, publish it; then the minutes with decisions and follow-ups, and publish them. */
export function MeetingPanel({ language, meetingId, series, siteUrl, onBack, onChanged }: { language: Language; meetingId: string; series: Series | null; siteUrl: string; onBack: () => void; onChanged: () => void }) {
  const { load, reload, refresh, write } = useMeeting(meetingId);
  const [mode, setMode] = useState<Mode | null>(null);
  const [dirty, setDirty] = useState(false);
  const [busy, setBusy] = useState<'assemble' | 'agenda' | 'minutes' | null>(null);
  const [refusal, setRefusal] = useState<AppError | null>(null);
  const [notice, setNotice] = useState('');
  if (load.state === 'loading') return <Loading language={language} />;
  if (load.state === 'error') return <ErrorState language={language} error={load.error} onRetry={reload} />;
  const { view } = load;
  const shown: Mode = mode ?? (view.agendaState === 'published' ? 'minutes' : 'agenda');
  const act = async (what: 'assemble' | 'agenda' | 'minutes') => {
    setBusy(what);
    setRefusal(null);
    setNotice('');
    if (what === 'assemble') {
      const problem = await write('meeting/assemble', { meetingId });
      setRefusal(problem);
    } else {
      const answer = await attempt('meeting/publish', { meetingId, what });
      if (answer.ok) {
        setNotice(rt(language, publishOutcomeKey(what, answer.data, series?.publish ?? true)));
        refresh();
      } else setRefusal(answer.error);
    }
    setBusy(null);
    onChanged();
  };
  const actions: MinutesActions = {
    saveNote: (itemId, note) => write('meeting/note-save', { meetingId, itemId, expectedRev: view.rev, note }),
    record: async (agendaItemId, fields) => {
      const answer = await attempt('decision/record', { meetingId, agendaItemId, ...fields });
      if (answer.ok) {
        refresh();
        onChanged();
      }
      return answer.ok ? null : answer.error;
    },
    followUp: async (decisionId, projectKey, issueTypeId, summary) => {
      const answer = await attempt('decision/follow-up', { decisionId, projectKey, issueTypeId, summary });
      if (answer.ok) refresh();
      return answer.ok ? null : answer.error;
    },
  };
  return (
    <div data-testid="meeting-panel">
      <Button appearance="subtle" onClick={onBack}>{`← ${rt(language, 'meeting.back')}`}</Button>
      <h2 style={{ fontSize: 16, margin: '4px 0' }} data-testid="meeting-title">{rt(language, 'meeting.title', { date: formatDay(language, view.localDate), time: new Date(view.startsAt).toLocaleTimeString(language === 'de' ? 'de-DE' : 'en-GB', { hour: '2-digit', minute: '2-digit', ...(series ? { timeZone: series.cadence.timeZone } : {}) }) })}</h2>
      {!view.canManage ? <p style={hint}>{rt(language, 'meeting.readOnly')}</p> : null}
      {view.agenda ? (
        <div role="group" style={{ display: 'flex', gap: 8, margin: '8px 0', flexWrap: 'wrap', alignItems: 'center' }}>
          <Button isSelected={shown === 'agenda'} onClick={() => setMode('agenda')} testId="mode-agenda">{rt(language, 'mode.agenda')}</Button>
          <Button isSelected={shown === 'minutes'} isDisabled={dirty} onClick={() => setMode('minutes')} testId="mode-minutes">{rt(language, 'mode.minutes')}</Button>
          {view.canManage && shown === 'agenda' ? (
            <>
              <Button appearance="subtle" isLoading={busy === 'assemble'} isDisabled={dirty} onClick={() => void act('assemble')}>{rt(language, 'agenda.reassemble')}</Button>
              <Button appearance="primary" isLoading={busy === 'agenda'} isDisabled={dirty} onClick={() => void act('agenda')} testId="publish-agenda">{rt(language, 'agenda.publish')}</Button>
            </>
          ) : null}
          {view.canManage && shown === 'minutes' ? <Button appearance="primary" isLoading={busy === 'minutes'} onClick={() => void act('minutes')} testId="publish-minutes">{rt(language, 'minutes.publish')}</Button> : null}
          {dirty ? <span style={hint}>{rt(language, 'agenda.publishFirst')}</span> : null}
        </div>
      ) : (
        <div data-testid="agenda-none">
          <EmptyState>{rt(language, 'agenda.none')}</EmptyState>
          {view.canManage ? <Button appearance="primary" isLoading={busy === 'assemble'} onClick={() => void act('assemble')} testId="assemble-agenda">{rt(language, 'agenda.assemble')}</Button> : null}
        </div>
      )}
      <div role="status" aria-live="polite" data-testid="meeting-notice" style={{ fontSize: 13, margin: '4px 0' }}>{notice}</div>
      {refusal ? (
        <SectionMessage appearance="error">
          <p role="alert" data-testid="meeting-refusal">{errorMessage(language, refusal)}</p>
        </SectionMessage>
      ) : null}
      {view.agenda && shown === 'agenda' ? (
        <AgendaEditor key={view.rev} language={language} view={{ ...view, agenda: view.agenda }} series={series} siteUrl={siteUrl} save={async (agenda) => {
            const problem = await write('meeting/agenda-save', { meetingId, expectedRev: view.rev, agenda });
            if (!problem) {
              setNotice(rt(language, 'agenda.saved'));
              onChanged();
            }
            return problem;
          }} onAnnounce={setNotice} onDirty={setDirty} />
      ) : null}
      {view.agenda && shown === 'minutes' ? <MinutesView language={language} view={view} agenda={view.agenda} series={series} siteUrl={siteUrl} actions={actions} /> : null}
    </div>
  );
}
