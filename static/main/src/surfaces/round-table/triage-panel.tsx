import Lozenge from '@atlaskit/lozenge';
import { useState } from 'react';
import type { z } from 'zod';
import type { AppError } from '../../../../../src/contract/errors';
import type { RoundTableOverview, SubmissionView, TriageAction } from '../../../../../src/contract/round-table';
import { SUBMISSION_STATUSES } from '../../../../../src/domain/round-table/submission';
import { call } from '../../api';
import type { Language } from '../../i18n/messages';
import { EmptyState, ErrorState, Loading } from '../../states';
import { rt } from './rt-messages';
import { TriageRow } from './triage-row';
import { useAllSubmissions } from './use-all-submissions';
import { usePeople } from './use-people';

const unavailable = (error: unknown): AppError => ({ code: 'JIRA_UNAVAILABLE', params: { status: error instanceof Error ? error.message : 'unknown' } });

/** Programme managers' triage: every submission grouped by status, received first, each with what may happen next. */
export function TriagePanel({ language, overview, onTriaged }: { language: Language; overview: RoundTableOverview; onTriaged: () => void }) {
  const [load, reload] = useAllSubmissions();
  const [announcement, setAnnouncement] = useState('');
  const submissions = load.state === 'ready' ? load.data.submissions : [];
  const people = usePeople(submissions.map((s) => s.submittedBy));
  if (load.state === 'loading') return <Loading language={language} />;
  if (load.state === 'error') return <ErrorState language={language} error={load.error} onRetry={reload} />;

  const triage = (submission: SubmissionView) => async (action: z.infer<typeof TriageAction>): Promise<AppError | null> => {
    try {
      const answer = await call('submission/triage', { id: submission.id, baseRev: submission.rev, action });
      if (!answer.ok) {
        if (answer.error.code === 'SUBMISSION_CHANGED') reload(); // the words say so; the list shows what is stored now
        return answer.error;
      }
      setAnnouncement(rt(language, `done.${action.kind}`, { title: submission.title }));
      reload();
      onTriaged();
      return null;
    } catch (error) {
      return unavailable(error);
    }
  };
  return (
    <div data-testid="triage-panel">
      <h2 style={{ fontSize: 16, margin: '4px 0' }}>{rt(language, 'triage.title')}</h2>
      <p role="status" aria-live="polite" style={{ fontSize: 12, margin: '4px 0' }} data-testid="triage-done">{announcement}</p>
      {submissions.length === 0 ? <EmptyState>{rt(language, 'triage.empty')}</EmptyState> : null}
      {load.data.complete ? null : <p style={{ fontSize: 12, margin: '4px 0' }} data-testid="triage-partial">{rt(language, 'triage.partial', { count: submissions.length })}</p>}
      {SUBMISSION_STATUSES.map((status) => {
        const group = submissions.filter((s) => s.status === status);
        if (group.length === 0) return null;
        return (
          <section key={status} aria-labelledby={`triage-${status}`} data-testid={`triage-group-${status}`}>
            <h3 id={`triage-${status}`} style={{ fontSize: 14, margin: '12px 0 4px', display: 'flex', gap: 8, alignItems: 'center' }}>
              {rt(language, `status.${status}`)} <Lozenge>{String(group.length)}</Lozenge>
            </h3>
            <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
              {group.map((submission) => (
                <TriageRow key={`${submission.id}:${submission.rev}`} language={language} submission={submission} others={submissions} overview={overview} submitter={people.get(submission.submittedBy) ?? rt(language, 'unknownPerson')} triage={triage(submission)} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
