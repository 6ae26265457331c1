import Lozenge from '@atlaskit/lozenge';
import { PAGE_ACTIONS, type PageAction, type PublishReport } from '../../../../../src/contract/publishing';
import type { Language } from '../../i18n/messages';
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

/** The run's counts, then one row per page: its title as a link to it, what happened and why. */
export function PublishReportView({ language, report, wikiBaseUrl }: { language: Language; report: PublishReport; wikiBaseUrl: string }) {
  const counts = countsOf(report);
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
                  <td style={cell}>{reasonText(language, page)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
