import { useEffect, useState } from 'react';
import { call } from '../../api';
import { pageUrl } from '../publishing/report-words';

/**
 * Where the round table's pages are in Confluence, by the publication's page key (`rt:<series>:agenda:<meeting>` …),
 * from the last publishing run's report. Without a report (or without access to it) there are no links, only states.
 */
export function usePageLinks(): Map<string, string> {
  const [links, setLinks] = useState<Map<string, string>>(new Map());
  useEffect(() => {
    let current = true;
    call('publishing/status', {})
      .then((answer) => {
        if (!current || !answer.ok || !answer.data.lastReport) return;
        const found = new Map<string, string>();
        for (const page of answer.data.lastReport.pages) {
          const url = pageUrl(answer.data.wikiBaseUrl, page.webui);
          if (url && page.pageKey.startsWith('rt:')) found.set(page.pageKey, url);
        }
        setLinks(found);
      })
      .catch(() => undefined); // links are a convenience: the states are shown without them
    return () => {
      current = false;
    };
  }, []);
  return links;
}

export const agendaPageKey = (seriesId: string, meetingId: string) => `rt:${seriesId}:agenda:${meetingId}`;
export const minutesPageKey = (seriesId: string, meetingId: string) => `rt:${seriesId}:minutes:${meetingId}`;
