/**
 * The admin page's taxonomy and use-case catalogue resolvers (`admin-resolver`): only Jira admins get in, two admins
 * cannot overwrite each other silently, and a CSV import is all or nothing with the bad row named.
 */
import { DEMO_ACCOUNTS, DEMO_USE_CASES } from '../../../local/demo';
import type { LocalSite } from '../../../local/site/create-local-site';
import { call, dataOf, givenTheDemoCatalogue, openDemoSite } from './support';

let site: LocalSite;
beforeEach(async () => {
  site = await openDemoSite();
});
afterEach(() => site.close());

const { admin, teamMember, programmeManager } = DEMO_ACCOUNTS;

describe('someone who is not a Jira admin', () => {
  it.each([
    ['taxonomy/save', { expectedVersion: 1, changes: [{ op: 'retire', dimension: 'touchpoint', termId: 'website', retired: true }] }],
    ['use-cases/save', { expectedVersion: 0, isNew: true, useCase: { id: 'UC-900', title: 'Sneaky', lifecycleStage: 'buy' } }],
    ['use-cases/retire', { expectedVersion: 0, useCaseId: 'UC-001', retired: true }],
    ['use-cases/import', { expectedVersion: 0, csv: 'id,title,lifecycleStage\nUC-900,Sneaky,buy\n' }],
    ['use-cases/export', {}],
  ] as const)('is refused %s and nothing changes', async (key, payload) => {
    for (const person of [teamMember, programmeManager]) {
      expect(await call(site, person, key, payload)).toEqual({ ok: false, error: { code: 'ADMIN_REQUIRED', params: { permission: 'ADMINISTER' } } });
    }
    expect(dataOf(await call(site, teamMember, 'taxonomy/get', {})).stored).toBe(false);
    expect(dataOf(await call(site, teamMember, 'use-cases/list', {}))).toEqual({ useCases: [], version: 0, stored: false });
  });
});

describe('an admin edits the taxonomy', () => {
  it('adds a touchpoint with German and English labels, reorders and retires, and a stale second save is refused', async () => {
    const added = dataOf(await call(site, admin, 'taxonomy/save', {
      expectedVersion: 1, changes: [{ op: 'add', dimension: 'touchpoint', labels: { en: 'Travel agency', de: 'Reisebüro' } }],
    }));
    const touchpoints = added.taxonomy.dimensions.touchpoint;
    expect(touchpoints.at(-1)).toEqual({ id: 'travel-agency', labels: { en: 'Travel agency', de: 'Reisebüro' }, retired: false });

    const reordered = dataOf(await call(site, admin, 'taxonomy/save', {
      expectedVersion: added.taxonomy.version,
      changes: [
        { op: 'reorder', dimension: 'touchpoint', orderedIds: ['travel-agency', ...touchpoints.slice(0, -1).map((t) => t.id)] },
        { op: 'retire', dimension: 'touchpoint', termId: 'end', retired: true },
      ],
    }));
    expect(reordered.taxonomy.dimensions.touchpoint[0]?.id).toBe('travel-agency');
    expect(reordered.taxonomy.dimensions.touchpoint.find((t) => t.id === 'end')?.retired).toBe(true);

    // A second admin still working from the first version.
    const stale = await call(site, admin, 'taxonomy/save', { expectedVersion: 1, changes: [{ op: 'rename', dimension: 'touchpoint', termId: 'app', labels: { en: 'Mobile app', de: 'Mobile App' } }] });
    expect(stale).toEqual({ ok: false, error: { code: 'CONFLICT', params: { currentVersion: reordered.taxonomy.version, expectedVersion: 1 } } });
    expect(dataOf(await call(site, teamMember, 'taxonomy/get', {})).taxonomy).toEqual(reordered.taxonomy);
  });

  it('lets exactly one of eight admins saving from the same version at the same moment win; the others are told, nothing is lost silently', async () => {
    const labels = ['Kiosk', 'Hotline', 'Fair', 'Catalogue', 'Radio', 'Podcast', 'Cinema', 'Stadium'];
    const answers = await Promise.all(
      labels.map((en) => call(site, admin, 'taxonomy/save', { expectedVersion: 1, changes: [{ op: 'add', dimension: 'touchpoint', labels: { en, de: `${en} (de)` } }] })),
    );
    const winners = answers.filter((answer) => answer.ok);
    expect(winners).toHaveLength(1);
    expect(answers.filter((answer) => !answer.ok).every((answer) => !answer.ok && answer.error.code === 'CONFLICT')).toBe(true);
    const stored = dataOf(await call(site, teamMember, 'taxonomy/get', {})).taxonomy;
    const added = stored.dimensions.touchpoint.filter((term) => labels.includes(term.labels.en));
    expect(added).toHaveLength(1);
    expect(stored.version).toBe(2);
  });

  it('is told which change was refused, and nothing of the batch is stored', async () => {
    const answer = await call(site, admin, 'taxonomy/save', {
      expectedVersion: 1,
      changes: [
        { op: 'rename', dimension: 'touchpoint', termId: 'app', labels: { en: 'Mobile app', de: 'Mobile App' } },
        { op: 'add', dimension: 'lifecycle', labels: { en: 'Renew', de: 'Verlängern' } },
      ],
    });
    expect(answer).toEqual({ ok: false, error: { code: 'PHASE_REQUIRED', field: 'changes.1', params: { termId: 'renew' } } });
    expect(dataOf(await call(site, admin, 'taxonomy/get', {})).stored).toBe(false);
  });
});

describe('an admin keeps the use-case catalogue', () => {
  it('starts empty, then creates, edits and retires a use case, each save on top of the last', async () => {
    expect(dataOf(await call(site, teamMember, 'use-cases/list', {}))).toEqual({ useCases: [], version: 0, stored: false });
    const useCase = { id: 'UC-100', title: 'Kündigungsbestätigung', lifecycleStage: 'leave', touchpoints: ['end'], channels: ['email'] };
    expect(dataOf(await call(site, admin, 'use-cases/save', { expectedVersion: 0, isNew: true, useCase })).version).toBe(1);
    expect(await call(site, admin, 'use-cases/save', { expectedVersion: 1, isNew: true, useCase })).toMatchObject({
      ok: false, error: { code: 'USE_CASE_ID_TAKEN', params: { useCaseId: 'UC-100' } },
    });
    expect(await call(site, admin, 'use-cases/save', { expectedVersion: 1, isNew: false, useCase: { ...useCase, touchpoints: ['end', 'websitee'] } })).toMatchObject({
      ok: false, error: { code: 'USE_CASE_TERM_UNKNOWN', field: 'useCase.touchpoints[1]', params: { useCaseId: 'UC-100', termId: 'websitee' } },
    });
    const edited = dataOf(await call(site, admin, 'use-cases/save', { expectedVersion: 1, isNew: false, useCase: { ...useCase, touchpoints: ['end', 'website'] } }));
    expect(edited.useCases[0]?.touchpoints).toEqual(['end', 'website']);
    const retired = dataOf(await call(site, admin, 'use-cases/retire', { expectedVersion: 2, useCaseId: 'UC-100', retired: true }));
    expect(retired).toMatchObject({ version: 3, stored: true, useCases: [{ id: 'UC-100', title: 'Kündigungsbestätigung', retired: true }] });
    expect(await call(site, admin, 'use-cases/retire', { expectedVersion: 2, useCaseId: 'UC-100', retired: false })).toEqual({
      ok: false, error: { code: 'CONFLICT', params: { currentVersion: 3, expectedVersion: 2 } },
    });
  });

  it('imports the demo catalogue and exports it again for German Excel', async () => {
    await givenTheDemoCatalogue(site);
    const listed = dataOf(await call(site, teamMember, 'use-cases/list', {}));
    expect(listed.useCases).toEqual(DEMO_USE_CASES);
    const exported = dataOf(await call(site, admin, 'use-cases/export', {}, 'de-DE'));
    expect(exported.fileName).toBe('use-cases.csv');
    expect(exported.csv.startsWith('\uFEFFid;title;lifecycleStage')).toBe(true);
    const reimported = dataOf(await call(site, admin, 'use-cases/import', { expectedVersion: listed.version, csv: exported.csv }));
    expect(reimported).toMatchObject({ imported: true, added: 0, updated: DEMO_USE_CASES.length });
  });

  it('imports nothing from a CSV with one bad row, and names the row and the column', async () => {
    await givenTheDemoCatalogue(site);
    const before = dataOf(await call(site, teamMember, 'use-cases/list', {}));
    const lines = [
      'id;title;lifecycleStage;touchpoints;channels',
      'UC-501;Geburtstagsgruß;usage;retention;email',
      'UC-502;Rückgewinnung;leave;retention|endd;email',
      'UC-503;"Reklamation mit',
      'Zeilenumbruch";support;customer-service;chat',
    ];
    const outcome = dataOf(await call(site, admin, 'use-cases/import', { expectedVersion: before.version, csv: '\uFEFF' + lines.join('\r\n') }));
    expect(outcome).toEqual({
      imported: false,
      problems: [{
        row: 3, column: 'touchpoints',
        error: { code: 'USE_CASE_TERM_UNKNOWN', field: 'touchpoints', params: { row: 3, useCaseId: 'UC-502', field: 'touchpoints', dimension: 'touchpoint', termId: 'endd' } },
      }],
    });
    expect(dataOf(await call(site, teamMember, 'use-cases/list', {}))).toEqual(before);

    const fixed = dataOf(await call(site, admin, 'use-cases/import', { expectedVersion: before.version, csv: lines.join('\n').replace('endd', 'end') }));
    expect(fixed).toMatchObject({ imported: true, added: 3, updated: 0 });
    const after = dataOf(await call(site, teamMember, 'use-cases/list', {}));
    expect(after.useCases.find((u) => u.id === 'UC-503')?.title).toBe('Reklamation mit\nZeilenumbruch');
  });
});
