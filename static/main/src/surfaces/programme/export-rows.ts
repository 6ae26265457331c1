import type { DependencyView, EndView } from '../../../../../src/contract/programme';
import type { Stream } from '../../../../../src/domain/programme';
import type { Language } from '../../i18n/messages';
import { streamName } from './labels';
import { pt } from './messages';
import { vt, type ViewStateMessageKey } from './view-state-messages';

/** One exported cell: text, a whole number of days, or empty. */
export type ExportCell = string | number | null;
export interface ExportTable {
  header: string[];
  rows: ExportCell[][];
}

const COLUMNS: readonly ViewStateMessageKey[] = [
  'col.blockerKey', 'col.blockerSummary', 'col.blockerStream', 'col.blockerDue',
  'col.waitingKey', 'col.waitingSummary', 'col.waitingStream', 'col.waitingStart',
  'col.status', 'col.overlapDays', 'col.slackDays', 'col.crossStream', 'col.evidence',
];

/** Key, summary and stream of an end; an end the viewer may not browse is "hidden", never its key or summary. */
function endCells(language: Language, streams: readonly Stream[], end: EndView): [string, string, string] {
  const stream = end.external ? vt(language, 'value.external') : streamName(language, streams, end.streamId);
  if (end.hidden) return [vt(language, 'value.hidden'), '', stream];
  return [end.key, end.summary ?? '', stream];
}

/**
 * The dependency list as a table, row for row as shown (the caller passes the filtered, sorted rows), with headers
 * in the user's language. Dates stay ISO calendar dates so a spreadsheet sorts them; a hidden end has none.
 */
export function exportTable(language: Language, streams: readonly Stream[], dependencies: readonly DependencyView[]): ExportTable {
  const rows = dependencies.map((dependency): ExportCell[] => {
    const { blocker, blocked } = dependency;
    const overlap = dependency.overlapDays !== null && dependency.overlapDays > 0 ? dependency.overlapDays : null;
    return [
      ...endCells(language, streams, blocker),
      blocker.hidden ? null : blocker.dueDate,
      ...endCells(language, streams, blocked),
      blocked.hidden ? null : blocked.startDate,
      pt(language, `status.${dependency.status}`),
      overlap,
      overlap === null ? dependency.slackDays : null,
      vt(language, dependency.crossStream ? 'value.yes' : 'value.no'),
      dependency.evidence.map((evidence) => evidence.linkId).join(' '),
    ];
  });
  return { header: COLUMNS.map((key) => vt(language, key)), rows };
}

/**
 * A text cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, or a tab or carriage return first) gets a
 * leading apostrophe, so it is shown, never evaluated. Numbers are ours and stay numbers.
 */
export function defuseCell(cell: ExportCell): ExportCell {
  return typeof cell === 'string' && /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** `programme-dependencies-2026-11-30.csv` */
export function exportFileName(today: string, extension: 'csv' | 'xlsx'): string {
  return `programme-dependencies-${today}.${extension}`;
}
