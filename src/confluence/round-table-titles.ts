import type { RoundTableModel } from './round-table-model';
import { cleanTitleText, fitTitle } from './titles';
import type { Speaker } from './format';
import type { RoundTableWords } from './words-round-table';

/** The titles of the round table's pages: at most 255 characters, unique in the space among every page of the run. */
export interface RoundTableTitles {
  series: string;
  decisions: string;
  agenda: ReadonlyMap<string, string>;
  minutes: ReadonlyMap<string, string>;
}

/**
 * The series' name, then what the page is: "360 Round Table 2026-12-31 — Agenda" / "360 Round Table 31.12.2026 –
 * Tagesordnung". A long name is cut, never the date or the kind of page, so two meetings' titles always differ. A
 * title someone else already holds (a programme page, compared case-insensitively) gets a counter.
 */
export function roundTableTitles(model: RoundTableModel, say: Speaker, words: RoundTableWords, taken: ReadonlySet<string>): RoundTableTitles {
  const name = cleanTitleText(model.series.name) || words('title.series');
  const given = new Set([...taken].map(fold));
  const dash = model.language === 'de' ? '–' : '—';
  const day = (localDate: string) => (model.language === 'de' ? say.date(localDate) : localDate);
  const claim = (suffix: string): string => {
    let title = fitTitle('', name, suffix);
    for (let n = 2; given.has(fold(title)); n++) title = fitTitle('', name, `${suffix} (${n})`);
    given.add(fold(title));
    return title;
  };
  const series = claim('');
  const decisions = claim(` ${dash} ${words('title.decisions')}`);
  const agenda = new Map<string, string>();
  const minutes = new Map<string, string>();
  for (const meeting of model.meetings) {
    if (meeting.agendaPublished) agenda.set(meeting.meetingId, claim(` ${day(meeting.localDate)} ${dash} ${words('title.agenda')}`));
    if (meeting.minutesPublished) minutes.set(meeting.meetingId, claim(` ${day(meeting.localDate)} ${dash} ${words('title.minutes')}`));
  }
  return { series, decisions, agenda, minutes };
}

const fold = (title: string) => title.toLocaleLowerCase('en');
