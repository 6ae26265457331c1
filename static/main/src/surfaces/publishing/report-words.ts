import type { PageAction, PageOutcome, PublishReport } from '../../../../../src/contract/publishing';
import type { Language } from '../../i18n/messages';
import { publishingMessageTables, publishingText, type PublishingMessageKey } from './publishing-messages';

/** A page's address: the wiki base and the page's `webui`; null unless it is a web address. */
export function pageUrl(wikiBaseUrl: string, webui: string | null): string | null {
  if (webui === null) return null;
  const url = `${wikiBaseUrl.replace(/\/$/, '')}${webui.startsWith('/') ? '' : '/'}${webui}`;
  return /^https?:\/\//.test(url) ? url : null;
}

/** Why a page was skipped or failed, or a note on a write, in words; a reason this page does not know is still shown. */
export function reasonText(language: Language, outcome: PageOutcome): string {
  const parts: string[] = [];
  if (outcome.reason !== null) {
    const key = `reason.${outcome.reason}`;
    parts.push(key in publishingMessageTables()[language] ? publishingText(language, key as PublishingMessageKey) : publishingText(language, 'reason.other', { reason: outcome.reason }));
  }
  if (outcome.detail) parts.push(outcome.detail);
  return parts.join(' ');
}

export function countsOf(report: PublishReport): Record<PageAction, number> {
  const counts: Record<PageAction, number> = { created: 0, updated: 0, unchanged: 0, skipped: 0, failed: 0 };
  for (const page of report.pages) counts[page.action] += 1;
  return counts;
}
