/**
 * A team member tags one issue from the journey panel (`tags/save`), through the local host on the demo site: the
 * property Jira stores (with the derived phase), JQL over every alias the manifest declares, concurrent saves
 * merged per term, and retired terms.
 */
import { DEMO_ACCOUNTS } from '../../../local/demo';
import type { LocalSite } from '../../../local/site/create-local-site';
import { SEARCH_ALIAS } from '../../../src/domain';
import { call, dataOf, givenTheDemoCatalogue, openDemoSite, searchKeys, storedProperty, tagsWith, untaggedIssue } from './support';

let site: LocalSite;
beforeEach(async () => {
  site = await openDemoSite();
  await givenTheDemoCatalogue(site);
});
afterEach(() => site.close());

const { teamMember, admin } = DEMO_ACCOUNTS;
const WANTED = tagsWith({
  touchpoint: ['booking'], lifecycle: ['buy'], category: ['transactional'], action: ['reassure-me'], channel: ['sms'], useCase: ['UC-004'],
} as never);

describe('a team member tags an EMA issue', () => {
  it('stores the tags with the phase their lifecycle stage falls into, and the panel shows them after a reload', async () => {
    const issueKey = untaggedIssue(site, 'EMA');
    const saved = dataOf(await call(site, teamMember, 'tags/save', { issueKey, base: tagsWith({}), tags: WANTED }));
    expect(saved).toEqual({ issueKey, tags: WANTED, merged: false, confirmed: true });
    expect(storedProperty(site, issueKey)).toEqual({ ...WANTED, phase: ['buy'] });
    const panel = dataOf(await call(site, teamMember, 'journey/issue', { issueKey }));
    expect(panel.own).toEqual(WANTED);
  });

  it.each([
    ['touchpoint', 'booking'],
    ['lifecycle', 'buy'],
    ['category', 'transactional'],
    ['action', 'reassure-me'],
    ['channel', 'sms'],
    ['useCase', 'UC-004'],
    ['phase', 'buy'],
  ] as const)('is found by JQL on %s through its alias', async (slot, value) => {
    const issueKey = untaggedIssue(site, 'EMA');
    const before = await searchKeys(site, teamMember, `project = EMA AND ${SEARCH_ALIAS[slot]} = "${value}"`);
    expect(before).not.toContain(issueKey);
    dataOf(await call(site, teamMember, 'tags/save', { issueKey, base: tagsWith({}), tags: WANTED }));
    expect(await searchKeys(site, teamMember, `project = EMA AND ${SEARCH_ALIAS[slot]} = "${value}"`)).toContain(issueKey);
  });

  it('uses the aliases exactly as written in the issue brief', () => {
    expect(Object.values(SEARCH_ALIAS).sort()).toEqual(
      ['journeyAction', 'journeyCategory', 'journeyChannel', 'journeyLifecycle', 'journeyPhase', 'journeyTouchpoint', 'journeyUseCase'],
    );
  });

  it('is refused an issue of a project they may browse but not edit, and the issue stays as it was', async () => {
    const issueKey = untaggedIssue(site, 'DATA');
    const answer = await call(site, teamMember, 'tags/save', { issueKey, base: tagsWith({}), tags: WANTED });
    expect(answer).toMatchObject({ ok: false, error: { code: 'PERMISSION_DENIED', params: { issueKey } } });
    expect(storedProperty(site, issueKey)).toBeUndefined();
  });
});

describe('two people save the same issue at the same time', () => {
  it('keeps both edits per term when both started from the same tags', async () => {
    const issueKey = untaggedIssue(site, 'EMA');
    const base = tagsWith({ touchpoint: ['website'], channel: ['email'] } as never);
    dataOf(await call(site, teamMember, 'tags/save', { issueKey, base: tagsWith({}), tags: base }));

    const lena = tagsWith({ touchpoint: ['website', 'app'], channel: [] } as never); // adds app, removes e-mail
    const tobias = tagsWith({ touchpoint: ['website'], channel: ['email', 'push'], lifecycle: ['usage'] } as never); // adds push and usage
    const [first, second] = await Promise.all([
      call(site, teamMember, 'tags/save', { issueKey, base, tags: lena }),
      call(site, DEMO_ACCOUNTS.leadEma, 'tags/save', { issueKey, base, tags: tobias }),
    ]);
    expect(first.ok && second.ok).toBe(true);
    const stored = storedProperty(site, issueKey) as Record<string, string[]>;
    expect(stored.touchpoint?.sort()).toEqual(['app', 'website']);
    expect(stored.channel).toEqual(['push']);
    expect(stored.lifecycle).toEqual(['usage']);
    expect(stored.phase).toEqual(['use']);
  });

  it('tells the second saver their tags were merged with a change made meanwhile', async () => {
    const issueKey = untaggedIssue(site, 'EMA');
    dataOf(await call(site, DEMO_ACCOUNTS.leadEma, 'tags/save', { issueKey, base: tagsWith({}), tags: tagsWith({ channel: ['chat'] } as never) }));
    const saved = dataOf(await call(site, teamMember, 'tags/save', { issueKey, base: tagsWith({}), tags: tagsWith({ touchpoint: ['app'] } as never) }));
    expect(saved).toEqual({ issueKey, merged: true, confirmed: true, tags: tagsWith({ touchpoint: ['app'], channel: ['chat'] } as never) });
  });
});

describe('a retired term', () => {
  it('stays on the issue that has it but cannot be added anywhere', async () => {
    const tagged = untaggedIssue(site, 'EMA', 0);
    const other = untaggedIssue(site, 'EMA', 1);
    dataOf(await call(site, teamMember, 'tags/save', { issueKey: tagged, base: tagsWith({}), tags: tagsWith({ touchpoint: ['website'] } as never) }));
    dataOf(await call(site, admin, 'taxonomy/save', { expectedVersion: 1, changes: [{ op: 'retire', dimension: 'touchpoint', termId: 'website', retired: true }] }));

    const kept = dataOf(await call(site, teamMember, 'tags/save', {
      issueKey: tagged, base: tagsWith({ touchpoint: ['website'] } as never), tags: tagsWith({ touchpoint: ['website', 'app'] } as never),
    }));
    expect(kept.tags.touchpoint).toEqual(['website', 'app']);

    const refused = await call(site, teamMember, 'tags/save', { issueKey: other, base: tagsWith({}), tags: tagsWith({ touchpoint: ['website'] } as never) });
    expect(refused).toEqual({ ok: false, error: { code: 'TERM_RETIRED', field: 'tags.touchpoint', params: { dimension: 'touchpoint', termId: 'website' } } });
    expect(storedProperty(site, other)).toBeUndefined();
  });

  it('and a retired use case likewise cannot be newly tagged', async () => {
    const issueKey = untaggedIssue(site, 'EMA');
    const { version } = dataOf(await call(site, teamMember, 'use-cases/list', {}));
    dataOf(await call(site, admin, 'use-cases/retire', { expectedVersion: version, useCaseId: 'UC-004', retired: true }));
    const refused = await call(site, teamMember, 'tags/save', { issueKey, base: tagsWith({}), tags: tagsWith({ useCase: ['UC-004'] } as never) });
    expect(refused).toMatchObject({ ok: false, error: { code: 'USE_CASE_RETIRED', params: { useCaseId: 'UC-004' } } });
  });
});

describe('an admin renames a touchpoint', () => {
  it('shows the new label on the issue without rewriting its property', async () => {
    const issueKey = untaggedIssue(site, 'EMA');
    dataOf(await call(site, teamMember, 'tags/save', { issueKey, base: tagsWith({}), tags: tagsWith({ touchpoint: ['website'] } as never) }));
    const before = JSON.stringify(storedProperty(site, issueKey));
    site.instruments.reset();

    const { taxonomy } = dataOf(await call(site, admin, 'taxonomy/save', {
      expectedVersion: 1, changes: [{ op: 'rename', dimension: 'touchpoint', termId: 'website', labels: { en: 'Web shop', de: 'Webshop' } }],
    }));
    expect(taxonomy.version).toBe(2);
    const panel = dataOf(await call(site, teamMember, 'journey/issue', { issueKey }));
    expect(panel.own.touchpoint).toEqual(['website']);
    expect(panel.taxonomy.dimensions.touchpoint.find((t) => t.id === 'website')?.labels).toEqual({ en: 'Web shop', de: 'Webshop' });
    expect(JSON.stringify(storedProperty(site, issueKey))).toBe(before);
    const writes = Object.keys(site.instruments.counts()).filter((route) => /^(PUT|POST) .*propert/.test(route));
    expect(writes).toEqual([]);
  });
});
