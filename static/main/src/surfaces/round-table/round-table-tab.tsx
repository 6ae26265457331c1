import Button from '@atlaskit/button/new';
import { useState } from 'react';
import type { Language } from '../../i18n/messages';
import { ErrorState, Loading } from '../../states';
import { formatDay } from '../programme/labels';
import { DecisionLog } from './decision-log';
import { MeetingPanel } from './meeting-panel';
import { OverviewPanel } from './overview-panel';
import { rt } from './rt-messages';
import { SeriesForm } from './series-form';
import { SubmitArea } from './submit-area';
import { TriagePanel } from './triage-panel';
import { useOverview } from './use-overview';

type Area = { kind: 'overview' } | { kind: 'series' } | { kind: 'submit' } | { kind: 'triage' } | { kind: 'meeting'; meetingId: string; localDate: string } | { kind: 'decisions' };

/**
 * The programme page's Round table tab: the overview for everyone (and the series form for programme managers),
 * submitting a topic, triage, a meeting's agenda and minutes, and the decision log.
 */
export function RoundTableTab({ language, siteUrl }: { language: Language; siteUrl: string }) {
  const { load, reload, refresh } = useOverview();
  const [area, setArea] = useState<Area>({ kind: 'overview' });
  const [meeting, setMeeting] = useState<{ meetingId: string; localDate: string } | null>(null);
  if (load.state === 'loading') return <Loading language={language} />;
  if (load.state === 'error') return <ErrorState language={language} error={load.error} onRetry={reload} />;
  const { overview } = load;
  const configured = overview.series !== null;
  const openMeeting = (meetingId: string, localDate: string) => (setMeeting({ meetingId, localDate }), setArea({ kind: 'meeting', meetingId, localDate }));
  const navItem = (target: Area, label: string, testId: string) => {
    const current = area.kind === target.kind;
    return <Button key={testId} appearance={current ? 'primary' : 'subtle'} aria-current={current ? 'page' : undefined} onClick={() => setArea(target)} testId={testId}>{label}</Button>;
  };
  return (
    <div data-testid="round-table-tab">
      {configured ? (
        <nav aria-label={rt(language, 'nav.label')} style={{ display: 'flex', gap: 4, flexWrap: 'wrap', marginBottom: 8 }}>
          {navItem({ kind: 'overview' }, rt(language, 'nav.overview'), 'rt-nav-overview')}
          {navItem({ kind: 'submit' }, rt(language, 'nav.submit'), 'rt-nav-submit')}
          {overview.canManage ? navItem({ kind: 'triage' }, rt(language, 'nav.triage', { count: overview.untriaged }), 'rt-nav-triage') : null}
          {meeting ? navItem({ kind: 'meeting', ...meeting }, rt(language, 'nav.meeting', { date: formatDay(language, meeting.localDate) }), 'rt-nav-meeting') : null}
          {navItem({ kind: 'decisions' }, rt(language, 'nav.decisions'), 'rt-nav-decisions')}
        </nav>
      ) : null}
      {area.kind === 'overview' ? <OverviewPanel language={language} overview={overview} onOpenMeeting={openMeeting} onEditSeries={() => setArea({ kind: 'series' })} /> : null}
      {area.kind === 'series' && overview.canManage ? (
        <SeriesForm language={language} series={overview.series} onSaved={() => (refresh(), setArea({ kind: 'overview' }))} onCancel={() => setArea({ kind: 'overview' })} />
      ) : null}
      {area.kind === 'submit' ? <SubmitArea language={language} onSubmitted={refresh} /> : null}
      {area.kind === 'triage' ? <TriagePanel language={language} overview={overview} onTriaged={refresh} /> : null}
      {area.kind === 'meeting' ? <MeetingPanel key={area.meetingId} language={language} meetingId={area.meetingId} series={overview.series} siteUrl={siteUrl} onBack={() => setArea({ kind: 'overview' })} onChanged={refresh} /> : null}
      {area.kind === 'decisions' ? <DecisionLog language={language} siteUrl={siteUrl} /> : null}
    </div>
  );
}
