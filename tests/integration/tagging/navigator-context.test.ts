/**
 * The local issue search and the context it gives a navigator action, as Jira's navigator does (forge-platform.md
 * §1.3, corrected): the search's `jql`, the issues the user ticked as `issueKeys`, `filterId` only when the search came
 * from a saved filter, and `location`. Malformed ticks or filter ids never reach the frame.
 */
import { ADMIN, startDemoSite, type RunningLocalSite } from '../local-site/support';

let site: RunningLocalSite;
beforeAll(async () => {
  site = await startDemoSite();
}, 30_000);
afterAll(() => site.stop());

const JQL = 'project = EMA ORDER BY key';
const searchUrl = (extra: string) => `/jira/issues?jql=${encodeURIComponent(JQL)}${extra}`;

/** The frame URL the action dialog points at. */
function frameSrc(page: string): string {
  const src = /<iframe id="navigator-action-frame" src="([^"]+)"/.exec(page)?.[1];
  if (!src) throw new Error('no action dialog on the page');
  return src.replace(/&amp;/g, '&');
}

/** The context the frame's `view.getContext()` answers, as the page boots its bridge with it. */
async function frameContextOf(src: string): Promise<{ extension: Record<string, unknown> }> {
  const page = await site.get(src, ADMIN);
  const boot = /var BOOT = (\{.*\});\n/.exec(page.text)?.[1];
  if (!boot) throw new Error('no bridge boot data in the frame');
  return (JSON.parse(boot) as { context: { extension: Record<string, unknown> } }).context;
}

describe('the issue search', () => {
  it('gives every issue a labelled checkbox, keeps the ticked ones ticked, and offers the actions as buttons of the selection', async () => {
    const page = (await site.get(searchUrl('&selected=EMA-2'), ADMIN)).text;
    expect(page).toMatch(/<input type="checkbox" form="issue-selection" name="selected" value="EMA-1" id="select-EMA-1" aria-label="Select EMA-1">/);
    expect(page).toMatch(/<input type="checkbox" form="issue-selection" name="selected" value="EMA-2" id="select-EMA-2" aria-label="Select EMA-2" checked>/);
    expect(page).toContain('<button type="submit" form="issue-selection" name="action" value="bulk-journey-tags">Tag customer journey</button>');
    expect(page).toContain('<p id="selection-status" aria-live="polite">1 issue selected.</p>');
  });
});

describe('a navigator action opened from it', () => {
  it('gets the ticked issues, the saved filter and where it was opened', async () => {
    const page = (await site.get(searchUrl('&filter=10042&selected=EMA-3&selected=EMA-1&selected=EMA-3&selected=not%20a%20key&action=bulk-journey-tags'), ADMIN)).text;
    const src = frameSrc(page);
    expect(new URL(src, site.server.url).searchParams.get('issueKeys')).toBe('EMA-3,EMA-1');
    const { extension } = await frameContextOf(src);
    expect(extension).toEqual({
      type: 'jira:issueNavigatorAction',
      jql: JQL,
      issueKeys: ['EMA-3', 'EMA-1'],
      filterId: '10042',
      location: `${site.server.url}/jira/issues?jql=${encodeURIComponent(JQL).replace(/%20/g, '+')}&filter=10042`,
      project: expect.objectContaining({ key: 'EMA' }),
    });
    // Closing goes back to the same search with the same issues ticked.
    expect(page).toContain(`<a href="/jira/issues?jql=${encodeURIComponent(JQL).replace(/%20/g, '+')}&amp;filter=10042&amp;selected=EMA-3&amp;selected=EMA-1">Close</a>`);
  });

  it('gets no issue keys and no filter id for a plain search with nothing ticked', async () => {
    const page = (await site.get(searchUrl('&filter=drop%20me&action=bulk-journey-tags'), ADMIN)).text;
    const { extension } = await frameContextOf(frameSrc(page));
    expect(extension.issueKeys).toEqual([]);
    expect(extension).not.toHaveProperty('filterId');
    expect(extension.jql).toBe(JQL);
  });
});
