import { useCallback, useRef, useState } from 'react';
import { errorMessage, type Language } from '../../i18n/messages';
import { call } from '../../api';
import { withEntry } from '../../state-maps';

/** What the page knows about one stream's JQL: unchecked, being checked, or Jira's verdict with its own words. */
export type JqlCheck = { state: 'checking'; jql: string } | { state: 'valid'; jql: string } | { state: 'invalid'; jql: string; messages: string[] };

/**
 * Per-stream JQL checks through `settings/check-jql`, keyed by the draft's stream key (in Maps: the key carries a
 * stream id or project key, which are data). A verdict holds for the text it was given: an answer for text the admin
 * has since changed is dropped.
 */
export function useJqlChecks(language: Language) {
  const [checks, setChecks] = useState<ReadonlyMap<string, JqlCheck>>(new Map());
  // Leaving the field again without changing it asks Jira nothing new.
  const asked = useRef(new Map<string, string>());
  const check = useCallback(
    async (streamKey: string, jql: string) => {
      const text = jql.trim();
      if (text === '' || asked.current.get(streamKey) === text) return;
      asked.current.set(streamKey, text);
      setChecks((all) => withEntry(all, streamKey, { state: 'checking', jql: text }));
      let verdict: JqlCheck;
      try {
        const answer = await call('settings/check-jql', { jql: text });
        if (!answer.ok) verdict = { state: 'invalid', jql: text, messages: [errorMessage(language, answer.error)] };
        else verdict = answer.data.valid ? { state: 'valid', jql: text } : { state: 'invalid', jql: text, messages: answer.data.errors };
      } catch (error) {
        asked.current.delete(streamKey);
        verdict = { state: 'invalid', jql: text, messages: [errorMessage(language, { code: 'JIRA_UNAVAILABLE', params: { status: error instanceof Error ? error.message : 'unknown' } })] };
      }
      setChecks((all) => (all.get(streamKey)?.jql === text ? withEntry(all, streamKey, verdict) : all));
    },
    [language],
  );
  /** Jira's refusal reported by a save, for the stream it names. */
  const markInvalid = useCallback((streamKey: string, jql: string, message: string) => {
    setChecks((all) => withEntry(all, streamKey, { state: 'invalid', jql: jql.trim(), messages: [message] }));
  }, []);
  return { checks, check, markInvalid };
}
