import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import { useState } from 'react';
import type { AppError } from '../../../../../src/contract/errors';
import { PAGE_ACTIONS, type PageAction, type PageOutcome, type PublishReport } from '../../../../../src/contract/publishing';
import type { Language } from '../../i18n/messages';
import { OverwriteConfirmation } from './overwrite-confirmation';
import { publishingText } from './publishing-messages';
import { countsOf, pageUrl, reasonText } from './report-words';

const APPEARANCE: Record<PageAction, 'success' | 'inprogress' | 'default' | 'moved' | 'removed'> = {
  created: 'success',
  updated: 'inprogress',
  unchanged: 'default',
  skipped: 'moved',
  failed: 'removed',
};
const cell = { padding: '4px 8px', borderBottom: '1px solid var(--ds-border, #091e4224)', textAlign: 'left', verticalAlign: 'top' } as const;

/**
 * The run's counts, then one row per page: its title as a link to it, what happened and why. A page a person edited
 * offers those who may publish to overwrite it (`onOverwrite`), after a confirmation.
 */
export function PublishReportView({ language, report, wikiBaseUrl, onOverwrite }: { language: Language; report: PublishReport; wikiBaseUrl: string; onOverwrite?: (pageKeys: string[]) => Promise<AppError | null> }) {
  const counts = countsOf(report);
  const [asking, setAsking] = useState<PageOutcome | null>(null);
  return (
    <div data-testid="publish-report">
      <ul style={{ display: 'flex', gap: 16, listStyle: 'none', padding: 0, margin: '8px 0', flexWrap: 'wrap' }} data-testid="publish-counts">
        {PAGE_ACTIONS.map((action) => (
          <li key={action} data-testid={`count-${action}`}>
            <strong>{counts[action]}</strong> {publishingText(language, `count.${action}`)}
          </li>
        ))}
      </ul>
      {report.pages.length > 0 ? (
        <table style={{ borderCollapse: 'collapse', width: '100%', fontSize: 13 }}>
          <thead>
            <tr>
              <th scope="col" style={cell}>{publishingText(language, 'col.page')}</th>
              <th scope="col" style={cell}>{publishingText(language, 'col.action')}</th>
              <th scope="col" style={cell}>{publishingText(language, 'col.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {report.pages.map((page) => {
              const url = pageUrl(wikiBaseUrl, page.webui);
              return (
                <tr key={page.pageKey} data-testid="published-page" data-action={page.action}>
                  <th scope="row" style={{ ...cell, fontWeight: 'normal', overflowWrap: 'anywhere' }}>
                    {url ? (
                      <a href={url} target="_blank" rel="noopener noreferrer">
                        {page.title}
                        <span style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>{` ${publishingText(language, 'opensInNewTab')}`}</span>
                      </a>
                    ) : (
                      page.title
                    )}
                  </th>
                  <td style={cell}>
                    <Lozenge appearance={APPEARANCE[page.action]}>{publishingText(language, `action.${page.action}`)}</Lozenge>
                  </td>
                  <td style={cell}>
                    {reasonText(language, page)}
                    {onOverwrite && page.reason === 'edited-by-person' ? (
                      asking?.pageKey === page.pageKey ? (
                        <OverwriteConfirmation language={language} page={page} onCancel={() => setAsking(null)} publish={onOverwrite} />
                      ) : (
                        <div style={{ marginTop: 4 }}>
                          <Button appearance="subtle" spacing="compact" onClick={() => setAsking(page)} testId="overwrite-page">{publishingText(language, 'overwrite.button')}</Button>
                        </div>
                      )
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
