import { router } from '@forge/bridge';
import type { ReactNode } from 'react';
import { jqlUrl } from './coverage-model';
import { LINK_IN_TEXT } from './issue-link';

/** Opens Jira's issue search for a JQL in a new tab, like the page's issue links; the plain URL is the fallback. */
export function openJql(siteUrl: string, jql: string): void {
  const url = jqlUrl(siteUrl, jql);
  router.open(url).catch(() => window.open(url, '_blank', 'noopener'));
}

/**
 * A link to Jira's issue search; `label` is its accessible name, `children` what it shows (the label must contain
 * that text, WCAG 2.5.3). Underlined like any link in text unless `style` says otherwise (a table cell's block).
 */
export function JqlLink({ siteUrl, jql, label, children, style, testId }: { siteUrl: string; jql: string; label?: string; children: ReactNode; style?: React.CSSProperties; testId?: string }) {
  return (
    <a
      href={jqlUrl(siteUrl, jql)}
      aria-label={label}
      title={label}
      data-testid={testId}
      data-jql={jql}
      style={{ ...LINK_IN_TEXT, ...style }}
      onClick={(event) => {
        event.preventDefault();
        openJql(siteUrl, jql);
      }}
    >
      {children}
    </a>
  );
}
