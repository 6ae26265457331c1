import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import type { MeetingSummary, RoundTableOverview } from '../../../../../src/contract/round-table';
import type { MeetingDate } from '../../../../../src/domain/round-table/series';
import { meetingIdOf } from '../../../../../src/contract/round-table';
import type { Language } from '../../i18n/messages';
import { EmptyState } from '../../states';
import { formatDay } from '../programme/labels';
import { cadenceText, cell, hint, meetingDateText } from './rt-format';
import { rt } from './rt-messages';
import { agendaPageKey, minutesPageKey, usePageLinks } from './use-page-links';

function PageLink({ language, url, label }: { language: Language; url: string | undefined; label: string }) {
  if (!url) return <span style={hint}>{`${label}: ${rt(language, 'page.none')}`}</span>;
  return (
    <a href={url} target="_blank" rel="noopener noreferrer">
      {label}
    </a>
  );
}

function MeetingRow({ language, seriesId, meeting, links, onOpen }: { language: Language; seriesId: string; meeting: MeetingSummary; links: Map<string, string>; onOpen: () => void }) {
  const date = formatDay(language, meeting.localDate);
  return (
    <tr data-testid={`meeting-row-${meeting.meetingId}`}>
      <td style={cell}>
        <Button appearance="subtle" onClick={onOpen}>{rt(language, 'openMeeting', { date })}</Button>
      </td>
      <td style={cell}>
        <Lozenge appearance={meeting.agenda === 'published' ? 'success' : meeting.agenda === 'draft' ? 'inprogress' : 'default'}>{rt(language, `agenda.${meeting.agenda}`)}</Lozenge>
      </td>
      <td style={cell}>
        <Lozenge appearance={meeting.minutes === 'published' ? 'success' : 'default'}>{rt(language, `minutes.${meeting.minutes}`)}</Lozenge>
      </td>
      <td style={cell}>{meeting.decisions}</td>
      <td style={{ ...cell, display: 'flex', gap: 12, flexWrap: 'wrap' }}>
        {meeting.agenda === 'published' ? <PageLink language={language} url={links.get(agendaPageKey(seriesId, meeting.meetingId))} label={rt(language, 'page.agenda')} /> : null}
        {meeting.minutes === 'published' ? <PageLink language={language} url={links.get(minutesPageKey(seriesId, meeting.meetingId))} label={rt(language, 'page.minutes')} /> : null}
      </td>
    </tr>
  );
}

/** Dates of the last weeks that have begun and have no record yet: a meeting never assembled can still be minuted. */
function RecentDates({ language, dates, timeZone, onOpen }: { language: Language; dates: MeetingDate[]; timeZone: string; onOpen: (date: MeetingDate) => void }) {
  if (dates.length === 0) return null;
  return (
    <>
      <h3 style={{ fontSize: 14, margin: '12px 0 4px' }}>{rt(language, 'recent.title')}</h3>
      <ul style={{ margin: 0, paddingLeft: 20 }} data-testid="recent-dates">
        {dates.map((date) => (
          <li key={date.startsAt} style={{ margin: '2px 0' }}>
            <span>{meetingDateText(language, date, timeZone)}</span>{' '}
            <Button appearance="subtle" spacing="compact" onClick={() => onOpen(date)}>
              {rt(language, 'recent.open', { date: formatDay(language, date.localDate) })}
            </Button>
          </li>
        ))}
      </ul>
    </>
  );
}

/** The series at a glance: cadence, the next dates, the meetings with their pages; managers open a date to prepare it. */
export function OverviewPanel({ language, overview, onOpenMeeting, onEditSeries }: { language: Language; overview: RoundTableOverview; onOpenMeeting: (meetingId: string, localDate: string) => void; onEditSeries: () => void }) {
  const links = usePageLinks();
  const { series } = overview;
  if (!series) {
    return (
      <div data-testid="round-table-not-set-up">
        <EmptyState>{rt(language, 'notSetUp')}</EmptyState>
        {overview.canManage ? <Button appearance="primary" onClick={onEditSeries}>{rt(language, 'setUp')}</Button> : null}
      </div>
    );
  }
  return (
    <div data-testid="round-table-overview">
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 8 }}>
        <h2 style={{ fontSize: 16, margin: '4px 0' }} data-testid="series-name">{series.name}</h2>
        {overview.canManage ? <Button onClick={onEditSeries}>{rt(language, 'editSeries')}</Button> : null}
      </div>
      <p style={hint} data-testid="series-cadence">{cadenceText(language, series)}</p>
      {overview.canManage && overview.untriaged > 0 ? <p style={hint}>{rt(language, 'untriaged', { count: overview.untriaged })}</p> : null}
      <h3 style={{ fontSize: 14, margin: '12px 0 4px' }}>{rt(language, 'upcoming.title')}</h3>
      {overview.upcoming.length === 0 ? (
        <EmptyState>{rt(language, 'upcoming.none')}</EmptyState>
      ) : (
        <ul style={{ margin: 0, paddingLeft: 20 }} data-testid="upcoming-dates">
          {overview.upcoming.map((date) => (
            <li key={date.startsAt} style={{ margin: '2px 0' }}>
              <span>{meetingDateText(language, date, series.cadence.timeZone)}</span>{' '}
              {overview.canManage ? (
                <Button appearance="subtle" spacing="compact" onClick={() => onOpenMeeting(meetingIdOf(date.localDate), date.localDate)}>
                  {rt(language, 'upcoming.open', { date: formatDay(language, date.localDate) })}
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {overview.canManage ? (
        <RecentDates
          language={language}
          dates={overview.recent.filter((date) => !overview.meetings.some((meeting) => meeting.localDate === date.localDate))}
          timeZone={series.cadence.timeZone}
          onOpen={(date) => onOpenMeeting(meetingIdOf(date.localDate), date.localDate)}
        />
      ) : null}
      <h3 style={{ fontSize: 14, margin: '12px 0 4px' }}>{rt(language, 'meetings.title')}</h3>
      {overview.meetings.length === 0 ? (
        <EmptyState>{rt(language, 'meetings.none')}</EmptyState>
      ) : (
        <table style={{ borderCollapse: 'collapse', width: '100%', fontSize: 13 }} data-testid="meetings-table">
          <thead>
            <tr>
              {(['col.date', 'col.agenda', 'col.minutes', 'col.decisions', 'col.pages'] as const).map((key) => (
                <th key={key} scope="col" style={cell}>{rt(language, key)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {overview.meetings.map((meeting) => (
              <MeetingRow key={meeting.meetingId} language={language} seriesId={series.id} meeting={meeting} links={links} onOpen={() => onOpenMeeting(meeting.meetingId, meeting.localDate)} />
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
