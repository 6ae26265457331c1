import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import { useEffect, useRef } from 'react';
import type { SubmissionView } from '../../../../../src/contract/round-table';
import type { SubmissionStatus } from '../../../../../src/domain/round-table/submission';
import type { Language } from '../../i18n/messages';
import { EmptyState, ErrorState, Loading } from '../../states';
import { useResolver } from '../../use-resolver';
import { kindName } from './kind-words';
import { readableDate, statusLine } from './status-line';
import { st } from './submit-messages';

const APPEARANCE: Record<SubmissionStatus, 'new' | 'inprogress' | 'success' | 'default' | 'removed'> = { received: 'new', scheduled: 'inprogress', discussed: 'success', merged: 'default', declined: 'removed' };
const subtle = { fontSize: 12, color: 'var(--ds-text-subtle, #44546f)' } as const;

function Decisions({ language, submission }: { language: Language; submission: SubmissionView }) {
  if (submission.decisions.length === 0) return null;
  return (
    <div style={{ marginTop: 6 }}>
      <div style={{ ...subtle, fontWeight: 600 }}>{st(language, 'decisions')}</div>
      <ul style={{ margin: '2px 0 0', paddingLeft: 18 }}>
        {submission.decisions.map((decision) => (
          <li key={decision.id} data-testid="rt-decision">
            {decision.text} <Lozenge appearance={decision.state === 'done' ? 'success' : decision.state === 'overdue' ? 'removed' : 'default'}>{st(language, `decision.${decision.state}`)}</Lozenge>{' '}
            <span style={subtle}>{decision.followUpKey ? st(language, 'followUp', { key: decision.followUpKey }) : st(language, 'noFollowUp')}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

function SubmissionItem({ language, submission }: { language: Language; submission: SubmissionView }) {
  return (
    <li data-testid="rt-submission" data-status={submission.status} style={{ padding: '10px 0', borderTop: '1px solid var(--ds-border, #091e4224)' }}>
      <article aria-label={submission.title}>
        <div style={subtle}>
          {kindName(language, submission.kind)} · {st(language, 'submittedOn', { date: readableDate(language, submission.submittedAt) })}
        </div>
        <h3 style={{ margin: '2px 0', fontSize: 16 }}>{submission.title}</h3>
        <div style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
          <Lozenge appearance={APPEARANCE[submission.status]}>{st(language, `badge.${submission.status}`)}</Lozenge>
          <span data-testid="rt-status-line">{statusLine(language, submission)}</span>
        </div>
        <Decisions language={language} submission={submission} />
      </article>
    </li>
  );
}

/** The viewer's own submissions, newest first, each with where it stands. `refreshKey` changes after a submit. */
export function MySubmissions({ language, refreshKey = 0 }: { language: Language; refreshKey?: number }) {
  const [result, reload] = useResolver('submission/mine', {});
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) firstRender.current = false;
    else reload();
  }, [refreshKey, reload]);
  return (
    <section aria-labelledby="rt-mine-heading" style={{ marginTop: 24 }}>
      <div style={{ display: 'flex', gap: 12, alignItems: 'center' }}>
        <h2 id="rt-mine-heading" style={{ margin: 0 }}>{st(language, 'mine')}</h2>
        <Button appearance="subtle" onClick={reload}>{st(language, 'reload')}</Button>
      </div>
      {result.state === 'loading' ? <Loading language={language} /> : null}
      {result.state === 'error' ? <ErrorState language={language} error={result.error} onRetry={reload} /> : null}
      {result.state === 'ready' && result.data.submissions.length === 0 ? <EmptyState>{st(language, 'mineEmpty')}</EmptyState> : null}
      {result.state === 'ready' && result.data.submissions.length > 0 ? (
        <ul aria-label={st(language, 'mine')} style={{ listStyle: 'none', padding: 0, margin: '8px 0 0' }}>
          {[...result.data.submissions].sort((a, b) => b.submittedAt.localeCompare(a.submittedAt)).map((submission) => <SubmissionItem key={submission.id} language={language} submission={submission} />)}
        </ul>
      ) : null}
    </section>
  );
}
