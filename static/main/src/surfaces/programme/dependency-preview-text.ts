import type { Language } from '../../i18n/messages';
import type { DependencyPreview, PreviewEnd } from './dependency-preview';
import { pickerText } from './issue-picker-messages';

type Judged = Extract<DependencyPreview, { kind: 'judged' }>;

const endName = (language: Language, end: PreviewEnd & { epic: { key: string } }) =>
  end.key === end.epic.key ? pickerText(language, 'preview.end', { key: end.key }) : pickerText(language, 'preview.endViaEpic', { key: end.key, epic: end.epic.key });

function verdictText(language: Language, { verdict }: Judged): string {
  switch (verdict.status) {
    case 'conflict':
      return pickerText(language, 'verdict.conflict', { days: verdict.overlapDays ?? 0 });
    case 'at-risk':
      return verdict.blockerOverdue && (verdict.slackDays ?? 0) >= 0 ? pickerText(language, 'verdict.overdue') : pickerText(language, 'verdict.at-risk', { days: verdict.slackDays ?? 0 });
    case 'ok':
      return pickerText(language, 'verdict.ok', { days: verdict.slackDays ?? 0 });
    case 'resolved':
      return pickerText(language, 'verdict.resolved');
    case 'missing-dates':
      return pickerText(language, 'verdict.missing-dates');
  }
}

/** "EMA-3 (due 30 Jun 2026) blocks CRM-5 (starts 1 Jun 2026): conflict, 29 days overlap", in the user's language. */
export function previewText(language: Language, preview: DependencyPreview): string {
  if (preview.kind === 'same-epic') return pickerText(language, 'preview.sameEpic', { epic: preview.epicKey });
  if (preview.kind === 'dates-unknown') return pickerText(language, 'preview.unknown', { keys: preview.unknown.join(', ') });
  const due = preview.blocker.epic.dueDate;
  const start = preview.blocked.epic.startDate;
  const blocker = due ? pickerText(language, 'preview.due', { end: endName(language, preview.blocker), due }) : pickerText(language, 'preview.noDue', { end: endName(language, preview.blocker) });
  const blocked = start ? pickerText(language, 'preview.starts', { end: endName(language, preview.blocked), start }) : pickerText(language, 'preview.noStart', { end: endName(language, preview.blocked) });
  return pickerText(language, 'preview.sentence', { blocker, blocked, verdict: verdictText(language, preview) });
}
