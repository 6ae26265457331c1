import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import SectionMessage from '@atlaskit/section-message';
import { useEffect, useRef, useState } from 'react';
import type { AppError } from '../../../../../src/contract/errors';
import type { RoundTableOverview, SubmissionView } from '../../../../../src/contract/round-table';
import { meetingIdOf } from '../../../../../src/contract/round-table';
import type { z } from 'zod';
import type { TriageAction } from '../../../../../src/contract/round-table';
import { activeSections, suggestedSection } from '../../../../../src/domain/round-table/sections';
import { errorMessage, type Language } from '../../i18n/messages';
import { formatDay, formatInstant } from '../programme/labels';
import { formLabel, textAreaStyle } from '../strategy/form-parts';
import { hint, selectStyle } from './rt-format';
import { rt } from './rt-messages';
import { statusLine } from './status-words';
import { initialMeetingId } from './triage-choices';

type Action = z.infer<typeof TriageAction>;
type Asking = 'schedule' | 'merge' | 'decline' | null;

/** What each status lets a programme manager do next. */
const ACTIONS: Record<SubmissionView['status'], Array<Exclude<Asking, null> | 'reopen'>> = {
  received: ['schedule', 'merge', 'decline'],
  scheduled: ['schedule', 'reopen'],
  discussed: [],
  merged: ['reopen'],
  declined: ['reopen'],
};

/** One submission with its triage actions; each asks its question inline, in the row. */
export function TriageRow(props: { language: Language; submission: SubmissionView; others: SubmissionView[]; overview: RoundTableOverview; submitter: string; triage: (action: Action) => Promise<AppError | null> }) {
  const { language, submission, overview } = props;
  const sections = activeSections(overview.series?.sections ?? []);
  const [asking, setAsking] = useState<Asking>(null);
  const [meetingId, setMeetingId] = useState(() => initialMeetingId(submission.meetingId, overview.upcoming));
  const [sectionId, setSectionId] = useState(() => submission.sectionId ?? suggestedSection(submission.kind, sections) ?? '');
  const mergeCandidates = props.others.filter((o) => o.id !== submission.id && o.status !== 'merged');
  const [into, setInto] = useState(mergeCandidates[0]?.id ?? '');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<AppError | { local: 'decline.problem' } | null>(null);
  const first = useRef<HTMLSelectElement & HTMLTextAreaElement>(null);
  useEffect(() => first.current?.focus(), [asking]);
  const run = async (action: Action) => {
    setBusy(true);
    const problem = await props.triage(action);
    setBusy(false);
    setRefusal(problem);
    if (!problem) setAsking(null);
  };
  const confirm = () => {
    if (asking === 'schedule') void run({ kind: 'schedule', meetingId, sectionId });
    else if (asking === 'merge') void run({ kind: 'merge', into });
    else if (asking === 'decline') {
      if (reason.trim() === '') setRefusal({ local: 'decline.problem' });
      else void run({ kind: 'decline', reason: reason.trim() });
    }
  };
  const line = statusLine(language, submission, overview.series);
  return (
    <li data-testid={`triage-${submission.id}`} style={{ padding: '8px 0', borderBottom: '1px solid var(--ds-border, #091e4224)' }}>
      <div style={{ display: 'flex', gap: 8, alignItems: 'baseline', flexWrap: 'wrap' }}>
        <Lozenge>{rt(language, `kind.${submission.kind}`)}</Lozenge>
        <strong>{submission.title}</strong>
        <span style={hint}>{rt(language, 'triage.from', { who: props.submitter, date: formatInstant(language, submission.submittedAt) })}</span>
      </div>
      <p style={{ margin: '4px 0', whiteSpace: 'pre-wrap' }}>{submission.text}</p>
      {line ? <p style={hint} data-testid="triage-status-line">{line}</p> : null}
      <div style={{ display: 'flex', gap: 8 }}>
        {ACTIONS[submission.status].map((action) =>
          action === 'reopen' ? (
            <Button key={action} spacing="compact" isLoading={busy && asking === null} onClick={() => void run({ kind: 'reopen' })}>{rt(language, 'action.reopen')}</Button>
          ) : (
            <Button key={action} spacing="compact" isSelected={asking === action} onClick={() => (setAsking(asking === action ? null : action), setRefusal(null))}>{rt(language, `action.${action}`)}</Button>
          ),
        )}
      </div>
      {asking ? (
        <div role="group" aria-label={rt(language, `action.${asking}`)} style={{ marginTop: 8, padding: 8, border: '1px solid var(--ds-border, #091e4224)', borderRadius: 4 }}>
          {asking === 'schedule' ? (
            <div style={{ display: 'flex', gap: 12, flexWrap: 'wrap' }}>
              <label><span style={formLabel}>{rt(language, 'schedule.meeting')}</span>
                <select ref={first} style={selectStyle} value={meetingId} onChange={(e) => setMeetingId(e.currentTarget.value)} data-testid="schedule-meeting">
                  {overview.upcoming.map((d) => <option key={d.localDate} value={meetingIdOf(d.localDate)}>{formatDay(language, d.localDate)}</option>)}
                </select>
              </label>
              <label><span style={formLabel}>{rt(language, 'schedule.section')}</span>
                <select style={selectStyle} value={sectionId} onChange={(e) => setSectionId(e.currentTarget.value)} data-testid="schedule-section">
                  {sections.map((s) => <option key={s.id} value={s.id}>{s.labels[language]}</option>)}
                </select>
              </label>
            </div>
          ) : null}
          {asking === 'merge' ? (
            mergeCandidates.length === 0 ? <p style={hint}>{rt(language, 'merge.none')}</p> : (
              <label><span style={formLabel}>{rt(language, 'merge.into')}</span>
                <select ref={first} style={selectStyle} value={into} onChange={(e) => setInto(e.currentTarget.value)} data-testid="merge-into">
                  {mergeCandidates.map((o) => <option key={o.id} value={o.id}>{o.title}</option>)}
                </select>
              </label>
            )
          ) : null}
          {asking === 'decline' ? (
            <label><span style={formLabel}>{rt(language, 'decline.reason')}</span>
              <textarea ref={first} style={textAreaStyle} value={reason} maxLength={1000} onChange={(e) => setReason(e.currentTarget.value)} data-testid="decline-reason" />
            </label>
          ) : null}
          {refusal ? (
            <SectionMessage appearance="error">
              <p role="alert" data-testid="triage-refusal">{'local' in refusal ? rt(language, refusal.local) : errorMessage(language, refusal)}</p>
            </SectionMessage>
          ) : null}
          <div style={{ display: 'flex', gap: 8, marginTop: 8 }}>
            <Button appearance="primary" isLoading={busy} isDisabled={asking === 'merge' && mergeCandidates.length === 0} onClick={confirm} testId="triage-confirm">{rt(language, asking === 'schedule' ? 'schedule.confirm' : asking === 'merge' ? 'merge.confirm' : 'decline.confirm')}</Button>
            <Button appearance="subtle" onClick={() => setAsking(null)}>{rt(language, 'action.cancel')}</Button>
          </div>
        </div>
      ) : refusal ? (
        <p role="alert" data-testid="triage-refusal" style={{ color: 'var(--ds-text-danger, #ae2e24)', fontSize: 12 }}>{'local' in refusal ? rt(language, refusal.local) : errorMessage(language, refusal)}</p>
      ) : null}
    </li>
  );
}
