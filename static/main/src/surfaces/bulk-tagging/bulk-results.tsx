import Lozenge from '@atlaskit/lozenge';
import SectionMessage from '@atlaskit/section-message';
import type { BulkIssueResult, TagsBulkResult } from '../../../../../src/contract/journey';
import type { Language } from '../../i18n/messages';
import { jt } from '../journey/journey-messages';
import { outcomeWord, summariseBulk, type OutcomeWord } from './bulk-payload';

const APPEARANCE: Record<OutcomeWord, 'success' | 'default' | 'inprogress' | 'removed' | 'moved'> = {
  done: 'success',
  unchanged: 'default',
  unconfirmed: 'inprogress',
  'no-permission': 'removed',
  'not-found': 'moved',
  failed: 'removed',
};

/** The detail a user reads: our words for a refusal, Jira's for a failure. */
function detailOf(result: BulkIssueResult, language: Language): string {
  if (result.outcome === 'no-permission') return jt(language, 'detail.no-permission');
  if (result.outcome === 'not-found') return jt(language, 'detail.not-found');
  if (result.outcome === 'unconfirmed') return jt(language, 'detail.unconfirmed');
  return result.detail ?? '';
}

/** The summary of a bulk action and one row per issue, problems first; every count comes from the rows. */
export function BulkResults({ result, summaries, language }: { result: TagsBulkResult; summaries: Map<string, string>; language: Language }) {
  const summary = summariseBulk(result);
  const rows = [...summary.problems, ...summary.succeeded];
  const allDone = summary.problems.length === 0;
  const notChanged = summary.noPermission + summary.notFound + summary.failed;
  return (
    <section aria-labelledby="bulk-results-title">
      <div role="status" data-testid="bulk-summary">
        <SectionMessage appearance={allDone ? 'success' : 'warning'}>
          <p>{jt(language, 'bulk.summaryLine', { done: summary.done, total: summary.total, changed: summary.changed, unchanged: summary.unchanged })}</p>
          {summary.unconfirmed > 0 ? <p>{jt(language, 'bulk.unconfirmedLine', { unconfirmed: summary.unconfirmed })}</p> : null}
          {notChanged > 0 ? (
            <p>{jt(language, 'bulk.problemsLine', { noPermission: summary.noPermission, notFound: summary.notFound, failed: summary.failed })}</p>
          ) : null}
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
              <tr key={row.issueKey} data-testid={`result-${row.issueKey}`} data-outcome={row.outcome}>
                <td>{row.issueKey}</td>
                <td>{summaries.get(row.issueKey) ?? ''}</td>
                <td>
                  <Lozenge appearance={APPEARANCE[word]}>{jt(language, `outcome.${word}`)}</Lozenge>
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
