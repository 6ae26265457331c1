import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import Spinner from '@atlaskit/spinner';
import { useEffect, useState } from 'react';
import type { AppError } from '../../../../../src/contract/errors';
import type { PublishReport, PublishingStatusView } from '../../../../../src/contract/publishing';
import { errorMessage, type Language } from '../../i18n/messages';
import { EmptyState, ErrorState, Loading } from '../../states';
import { formatInstant } from '../programme/labels';
import { userNames } from '../settings/jira-people';
import { PublishReportView } from './publish-report';
import { publishingText as pt } from './publishing-messages';
import { usePublishingStatus } from './use-publishing-status';

const hint = { fontSize: 12, color: 'var(--ds-text-subtle, #44546f)', margin: '4px 0' } as const;

function targetText(language: Language, target: NonNullable<PublishingStatusView['target']>): string {
  const params = { space: target.spaceName || target.spaceKey, key: target.spaceKey };
  return target.parentTitle ? pt(language, 'targetUnder', { ...params, parent: target.parentTitle }) : pt(language, 'targetText', params);
}

/** Who or what started the run; a person's name is asked of Jira as the viewer. */
function useRequester(report: PublishReport | null): string | null {
  const [name, setName] = useState<string | null>(null);
  const accountId = report?.requestedBy ?? null;
  useEffect(() => {
    setName(null);
    if (accountId === null) return;
    let current = true;
    userNames([accountId])
      .then((names) => current && setName(names.get(accountId) ?? null))
      .catch(() => undefined); // the sentence then names no one: the report matters more than the name
    return () => {
      current = false;
    };
  }, [accountId]);
  return name;
}

function LastRun({ language, report, wikiBaseUrl, gaveUp, onOverwrite }: { language: Language; report: PublishReport; wikiBaseUrl: string; gaveUp: boolean; onOverwrite?: (pageKeys: string[]) => Promise<AppError | null> }) {
  const who = useRequester(report);
  const start = formatInstant(language, report.startedAt);
  if (report.state === 'queued' || report.state === 'running') {
    return (
      <div role="status" data-testid="publish-running" style={{ display: 'flex', gap: 8, alignItems: 'center', margin: '8px 0' }}>
        {gaveUp ? null : <Spinner size="small" />}
        <span>{gaveUp ? pt(language, 'stillRunning') : report.state === 'queued' ? pt(language, 'queued') : pt(language, 'running', { count: report.pages.length })}</span>
      </div>
    );
  }
  return (
    <section aria-labelledby="last-run-title" data-testid="last-run">
      <h3 id="last-run-title" style={{ fontSize: 14, margin: '16px 0 4px' }}>{pt(language, 'last.title')}</h3>
      <p style={hint}>{report.finishedAt ? pt(language, 'last.when', { start, end: formatInstant(language, report.finishedAt) }) : pt(language, 'last.unfinished', { start })}</p>
      <p style={hint} data-testid="last-run-by">{report.trigger === 'schedule' ? pt(language, 'last.schedule') : who ? pt(language, 'last.manual', { who }) : pt(language, 'last.manualUnknown')}</p>
      <p style={hint}>{report.changesSince ? pt(language, 'last.changesSince', { when: formatInstant(language, report.changesSince) }) : pt(language, 'last.first')}</p>
      <p style={hint}>{pt(language, 'last.requests', report.requests)}</p>
      {report.failure ? (
        <SectionMessage appearance="error">
          <p data-testid="publish-failure">{pt(language, 'last.failed', { detail: report.failure.detail || report.failure.code })}</p>
        </SectionMessage>
      ) : null}
      <PublishReportView language={language} report={report} wikiBaseUrl={wikiBaseUrl} {...(onOverwrite ? { onOverwrite } : {})} />
    </section>
  );
}

/** The programme page's Publishing tab: where pages go, when, the last run's report, and "Publish now" for managers. */
export function PublishingPanel({ language }: { language: Language }) {
  const { load, reload, publishNow } = usePublishingStatus();
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<AppError | null>(null);
  if (load.state === 'loading') return <Loading language={language} />;
  if (load.state === 'error') return <ErrorState language={language} error={load.error} onRetry={reload} />;
  const { view } = load;
  const report = view.lastReport;
  const running = report !== null && (report.state === 'queued' || report.state === 'running');
  const publish = async () => {
    setBusy(true);
    setRefusal(null);
    setRefusal(await publishNow());
    setBusy(false);
  };
  return (
    <div data-testid="publishing-panel">
      <h2 style={{ fontSize: 16, margin: '4px 0' }}>{pt(language, 'title')}</h2>
      {!view.configured || view.target === null ? (
        <SectionMessage appearance="information">
          <p data-testid="publishing-not-configured">{pt(language, 'notConfigured')}</p>
        </SectionMessage>
      ) : (
        <>
          <dl style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '2px 12px', margin: '8px 0', fontSize: 13 }}>
            <dt style={{ fontWeight: 600 }}>{pt(language, 'target')}</dt>
            <dd style={{ margin: 0 }} data-testid="publishing-target">{targetText(language, view.target)}</dd>
            <dt style={{ fontWeight: 600 }}>{pt(language, 'schedule')}</dt>
            <dd style={{ margin: 0 }}>{pt(language, view.schedule === 'weekly' ? 'schedule.weekly' : 'schedule.off')}</dd>
          </dl>
          {view.canPublish ? (
            <Button appearance="primary" isLoading={busy} isDisabled={running} onClick={() => void publish()}>{pt(language, 'publishNow')}</Button>
          ) : (
            <p style={hint}>{pt(language, 'mayNotPublish')}</p>
          )}
        </>
      )}
      {refusal ? (
        <SectionMessage appearance="error">
          <p role="alert" data-testid="publish-refusal">{errorMessage(language, refusal)}</p>
        </SectionMessage>
      ) : null}
      {report === null ? (
        view.configured ? (
          <div data-testid="publishing-empty">
            <EmptyState>{pt(language, view.canPublish ? 'neverPublishedManager' : 'neverPublished')}</EmptyState>
          </div>
        ) : null
      ) : (
        <LastRun language={language} report={report} wikiBaseUrl={view.wikiBaseUrl} gaveUp={load.gaveUp} {...(view.canPublish && !running ? { onOverwrite: publishNow } : {})} />
      )}
    </div>
  );
}
