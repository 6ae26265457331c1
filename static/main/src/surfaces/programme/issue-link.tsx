import { router } from '@forge/bridge';

/** The issue's address on the site, for links a user can copy or open in a new tab themselves. */
export function issueUrl(siteUrl: string, key: string): string {
  return `${siteUrl.replace(/\/$/, '')}/browse/${encodeURIComponent(key)}`;
}

/** Opens the issue in Jira in a new tab; Forge's router knows the site, the plain URL is the fallback. */
export function openIssue(siteUrl: string, key: string): void {
  router.open({ target: 'issue', issueKey: key }).catch(() => window.open(issueUrl(siteUrl, key), '_blank', 'noopener'));
}

/** Links sit in running text (a key, then its summary): underlined, so colour is not the only thing that tells them apart (WCAG 1.4.1). */
export const LINK_IN_TEXT: React.CSSProperties = { textDecoration: 'underline', textUnderlineOffset: 2 };

/** An issue key that opens the issue in Jira. */
export function IssueLink({ siteUrl, issueKey }: { siteUrl: string; issueKey: string }) {
  return (
    <a
      href={issueUrl(siteUrl, issueKey)}
      style={LINK_IN_TEXT}
      onClick={(event) => {
        event.preventDefault();
        openIssue(siteUrl, issueKey);
      }}
    >
      {issueKey}
    </a>
  );
}
