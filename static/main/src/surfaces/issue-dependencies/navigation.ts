import { router } from '@forge/bridge';

/** Opens an issue in Jira, in the same tab (the panel lives inside the issue view), else in a new one. */
export function openIssue(issueKey: string): void {
  router.navigate({ target: 'issue', issueKey }).catch(() => router.open({ target: 'issue', issueKey }));
}

/**
 * Opens the programme page focused on an epic. Forge appends a module target's `path` to the page's URL and the
 * page reads it back through `view.createHistory()` (static/main/src/main.tsx): `/focus/KEY`.
 */
export async function openProgrammePage(focusKey: string): Promise<void> {
  const target = { target: 'module' as const, moduleKey: 'programme-page', path: `/focus/${focusKey}` };
  try {
    await router.navigate(target);
  } catch {
    // A host that refuses to navigate the whole page from this frame can still open the page in a new tab.
    await router.open(target);
  }
}
