import Lozenge from '@atlaskit/lozenge';
import SectionMessage from '@atlaskit/section-message';
import type { BulkIssueResult, TagsBulkResult } from '../../../../../src/contract/journey';
import type { Language } from '../../i18n/messages';
import { jt } from '../journey/journey-messages';
import { counted, type CountedKey } from './bulk-counted';
import { outcomeWord, summariseBulk, type BulkSummary, type OutcomeWord } from './bulk-outcomes';
import { bw } from './bulk-words';

const APPEARANCE: Record<OutcomeWord, 'success' | 'default' | 'inprogress' | 'removed' | 'moved'> = {
  done: 'success',
  unchanged: 'default',
  unconfirmed: 'inprogress',
  'no-permission': 'removed',
  'not-found': 'moved',
  throttled: 'moved',
  conflict: 'moved',
  refused: 'removed',
  damaged: 'removed',
};

/** The detail a user reads: our words for what we know, Jira's own for a refusal. */
function detailOf(result: BulkIssueResult, language: Language): string {
  const word = outcomeWord(result);
  if (word === 'done' || word === 'unchanged') return '';
  if (word === 'refused') return bw(language, 'detail.refused', { message: result.detail ?? '' });
  if (word === 'throttled' && result.retryAfterSeconds !== undefined && result.retryAfterSeconds > 0) {
    return bw(language, 'detail.throttledFor', { wait: counted(language, 'seconds', result.retryAfterSeconds) });
  }
  return bw(language, `detail.${word}`);
}

const NOT_CHANGED: ReadonlyArray<OutcomeWord & CountedKey> = ['no-permission', 'not-found', 'throttled', 'conflict', 'refused', 'damaged'];

/** "9 of 10 issues done (8 changed, 1 already as asked)." and, when some were not, what became of them. */
function summaryLines(summary: BulkSummary, language: Language): string[] {
  const { counts } = summary;
  const parts = [counts.done > 0 ? counted(language, 'changed', counts.done) : '', counts.unchanged > 0 ? counted(language, 'alreadyAsAsked', counts.unchanged) : ''].filter(Boolean);
  const done = counted(language, 'doneOf', summary.total, { done: counts.done + counts.unchanged });
  const lines = [parts.length > 0 ? `${done} (${parts.join(', ')}).` : `${done}.`];
  const notChanged = NOT_CHANGED.filter((word) => counts[word] > 0).map((word) => counted(language, word, counts[word]));
  if (notChanged.length > 0) lines.push(bw(language, 'summary.notChanged', { list: notChanged.join(', ') }));
  if (counts.unconfirmed > 0) lines.push(counted(language, 'unconfirmed', counts.unconfirmed));
  return lines;
}

/** The summary of a bulk action and one row per issue, problems first; every count comes from the rows. */
export function BulkResults({ result, summaries, language }: { result: TagsBulkResult; summaries: Map<string, string>; language: Language }) {
  const summary = summariseBulk(result);
  const rows = [...summary.problems, ...summary.succeeded];
  return (
    <section aria-labelledby="bulk-results-title">
      <div role="status" data-testid="bulk-summary">
        <SectionMessage appearance={summary.problems.length === 0 ? 'success' : 'warning'}>
          {summaryLines(summary, language).map((line) => (
            <p key={line}>{line}</p>
          ))}
        </SectionMessage>
      </div>
      <h3 id="bulk-results-title">{jt(language, 'bulk.resultsTitle')}</h3>
      <table style={{ width: '100%', borderCollapse: 'collapse' }}>
        <thead>
          <tr>
            <th scope="col" style={{ textAlign: 'left' }}>{jt(language, 'bulk.key')}</th>
            <th scope="col" style={{ textAlign: 'left' }}>{jt(language, 'bulk.summary')}</th>
            <th scope="col" style={{ textAlign: 'left' }}>{jt(language, 'bulk.outcome')}</th>
            <th scope="col" style={{ textAlign: 'left' }}>{jt(language, 'bulk.detail')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const word = outcomeWord(row);
            return (
              <tr key={row.issueKey} data-testid={`result-${row.issueKey}`} data-outcome={row.outcome} data-word={word}>
                <td>{row.issueKey}</td>
                <td>{summaries.get(row.issueKey) ?? ''}</td>
                <td>
                  <Lozenge appearance={APPEARANCE[word]}>{bw(language, `result.${word}`)}</Lozenge>
                </td>
                <td>{detailOf(row, language)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
