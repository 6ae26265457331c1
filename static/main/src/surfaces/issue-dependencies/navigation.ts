import { router } from '@forge/bridge';

/** Opens an issue in Jira, in the same tab (the panel lives inside the issue view), else in a new one. */
export function openIssue(issueKey: string): void {
  router.navigate({ target: 'issue', issueKey }).catch(() => router.open({ target: 'issue', issueKey }));
}

/**
 * Opens the programme page focused on an epic. The host gives the page's URL; `?focus=KEY` is what the page
 * reads (static/main/src/main.tsx) to focus the epic.
 */
export async function openProgrammePage(focusKey: string): Promise<void> {
  const url = await router.getUrl({ target: 'module', moduleKey: 'programme-page' });
  if (!url) return;
  url.searchParams.set('focus', focusKey);
  try {
    await router.navigate(url.toString());
  } catch {
    // A host that refuses to navigate the whole page from this frame can still open the page in a new tab.
    await router.open(url.toString());
  }
}
