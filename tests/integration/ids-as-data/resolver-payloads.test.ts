/**
 * Fuzz: `__proto__`, `constructor`, `prototype`, `toString` and `hasOwnProperty` in every id-bearing field of every
 * resolver payload (every key of src/contract/resolver-keys.ts), in the CSV import, and as a JSON `"__proto__"` key
 * of a payload. Every call answers with data or a coded error — none throws — nothing is polluted, and no new
 * term, use case or stream takes such an id.
 */
import { demoSettings } from '../../../local/demo/app-data';
import type { LocalSite } from '../../../local/site/create-local-site';
import { RESOLVERS, type ResolverKey } from '../../../src/contract/resolver-keys';
import { DIMENSIONS, TAG_SLOTS, emptyTags } from '../../../src/domain';
import { TAXONOMY_KEY } from '../../../src/services/load-taxonomy';
import { SETTINGS_KEY } from '../../../src/services/settings/stored-settings';
import { CATALOGUE_KEY } from '../../../src/services/use-cases/catalogue-store';
import { codeOf, dataOf, expectNoPollution, invoke, namesABuiltIn, NASTY_IDS, objectShape, openSite } from './support';

let site: LocalSite;
const before = objectShape();
beforeEach(async () => {
  site = await openSite();
});
afterEach(async () => {
  await site.close();
  expectNoPollution(before);
});

/** The versions stored right now, so each payload is current and reaches the checks behind the version check. */
function versions(): { taxonomy: number; catalogue: number; settings: number } {
  const version = (key: string, fallback: number) => (site.kvsState.kv[key]?.value as { version?: number } | undefined)?.version ?? fallback;
  return { taxonomy: version(TAXONOMY_KEY, 1), catalogue: version(CATALOGUE_KEY, 0), settings: version(SETTINGS_KEY, 0) };
}

/** A JSON payload text with an own `"__proto__"` key, as a Forge invocation would parse it. */
function withProtoKey(payload: object): unknown {
  const fields = JSON.stringify(payload).slice(1, -1);
  return JSON.parse(`{"__proto__":{"polluted":"yes"}${fields === '' ? '' : `,${fields}`}}`);
}

type Fuzz = (id: string, v: ReturnType<typeof versions>) => unknown[];

/** Every resolver key, with payloads carrying `id` in each of its id-bearing fields. The type forces a new key in. */
const FUZZ: { [K in ResolverKey]: Fuzz } = {
  'taxonomy/get': () => [{}, withProtoKey({})],
  'journey/issue': (id) => [{ issueKey: id }, withProtoKey({ issueKey: 'EMA-3' })],
  'programme/load': (id) => [{ streamId: id }, { projectKey: id }, withProtoKey({ projectKey: 'EMA' })],
  'programme/refresh': () => [{}],
  'dependency/create': (id) => [{ blockerKey: 'EMA-1', blockedKey: 'CRM-1', linkTypeId: id }, { blockerKey: id, blockedKey: 'CRM-1' }],
  'dependency/remove': (id) => [{ linkId: id }],
  'issue/dependencies': (id) => [{ issueKey: id }],
  'programme/what-if': (id) => [{ epicKey: id, slipDays: 5 }, withProtoKey({ epicKey: 'DATA-6', slipDays: 5 })],
  'issue/search': (id) => [{ query: id }],
  'coverage/load': (id) => [{ projectKey: id }, { streamId: id }, withProtoKey({})],
  'admin/check': () => [{}],
  'settings/get': () => [{}],
  'settings/save': (id, v) => {
    const { version: _version, ...settings } = demoSettings(site.site);
    const stream = { id, name: `Stream ${id}`, jql: 'project = OPS', ownerAccountId: null, colour: '#626f86' };
    return [
      { expectedVersion: v.settings, settings: { ...settings, streams: [...settings.streams, stream] } },
      { expectedVersion: v.settings, settings: { ...settings, dependencyLinkTypes: [{ linkTypeId: id, name: id, objectWaits: true }] } },
      { expectedVersion: v.settings, settings: { ...settings, startDateFieldId: id } },
      { expectedVersion: v.settings, settings: { ...settings, dueDateFieldId: id } },
    ];
  },
  'settings/check-jql': (id) => [{ jql: id }, { jql: `project = ${id}` }],
  'tags/save': (id) => TAG_SLOTS.flatMap((slot) => [
    { issueKey: 'EMA-5', base: emptyTags(), tags: { ...emptyTags(), [slot]: [id] } },
    { issueKey: 'EMA-5', base: { ...emptyTags(), [slot]: [id] }, tags: emptyTags() },
  ]),
  'tags/bulk': (id) => [
    ...TAG_SLOTS.flatMap((slot) => [{ issueKeys: ['EMA-5'], add: { [slot]: [id] } }, { issueKeys: ['EMA-5'], remove: { [slot]: [id] } }]),
    { jql: id, add: { touchpoint: ['website'] } },
  ],
  'use-cases/list': () => [{}],
  'taxonomy/save': (id, v) => [
    ...DIMENSIONS.flatMap((dimension) => [
      { op: 'add', dimension, id, labels: { en: `Term ${id}`, de: `Begriff ${id}` }, ...(dimension === 'lifecycle' ? { phase: 'need' } : {}) },
      { op: 'add', dimension, labels: { en: id, de: id }, ...(dimension === 'lifecycle' ? { phase: 'buy' } : {}) },
      { op: 'rename', dimension, termId: id, labels: { en: 'Renamed', de: 'Umbenannt' } },
      { op: 'retire', dimension, termId: id, retired: true },
      { op: 'reorder', dimension, orderedIds: [id] },
    ]),
    { op: 'add', dimension: 'lifecycle', id: 'fuzz-stage', labels: { en: 'Fuzz stage', de: 'Fuzz-Phase' }, phase: id },
    { op: 'add', dimension: id, labels: { en: 'Fuzz', de: 'Fuzz' } },
  ].map((change) => ({ expectedVersion: v.taxonomy, changes: [change] })),
  'use-cases/save': (id, v) => {
    const useCase = { id: 'UC-900', title: 'Fuzz', lifecycleStage: 'explore' };
    return [
      { expectedVersion: v.catalogue, isNew: true, useCase: { ...useCase, id } },
      { expectedVersion: v.catalogue, isNew: false, useCase: { ...useCase, id } },
      ...['lifecycleStage', 'category', 'action'].map((field) => ({ expectedVersion: v.catalogue, isNew: true, useCase: { ...useCase, [field]: id } })),
      ...['touchpoints', 'channels'].map((field) => ({ expectedVersion: v.catalogue, isNew: true, useCase: { ...useCase, [field]: [id] } })),
    ];
  },
  'use-cases/retire': (id, v) => [{ expectedVersion: v.catalogue, useCaseId: id, retired: true }],
  'use-cases/import': (id, v) => [
    { expectedVersion: v.catalogue, csv: `id,title,lifecycleStage,${id}\n${id},Fuzz,explore,x\nUC-901,Fine,explore,y\n` },
    { expectedVersion: v.catalogue, csv: `id;title;lifecycleStage;touchpoints;channels;category;action\nUC-902;Terms;${id};${id}|website;${id};${id};${id}\n` },
  ],
  'use-cases/export': () => [{}],
  'strategy/load': () => [{}, withProtoKey({})],
  'strategy/edit': (id) => [
    { kind: 'add', id, parentId: null, index: 0, fields: { title: id } },
    { kind: 'add', id: 'n-fuzz01', parentId: id, index: 0, fields: { title: id, epicKeys: [id], kpis: [{ id, name: id }] } },
    { kind: 'update', id, baseRev: 0, fields: { title: id } },
    { kind: 'move', id, parentId: null, index: 0 },
    { kind: 'delete', id },
  ],
  'publishing/status': () => [{}],
  'publishing/publish-now': () => [{}, withProtoKey({})],
  'publishing/settings-get': () => [{}],
  'publishing/settings-save': (id) => [
    { expectedVersion: 0, settings: { target: { spaceId: id, spaceKey: id, spaceName: id, parentPageId: null, parentTitle: null }, language: 'en', schedule: 'weekly', pageTypes: { rollUp: true, streams: true, strategy: true } } },
  ],
  'publishing/check-target': (id) => [{ spaceKey: id, parentPageId: null }],
  'publishing/pages': (id) => [{ spaceId: id, title: id }],
  'round-table/overview': () => [{}, withProtoKey({})],
  'round-table/series-save': (id) => [
    {
      expectedVersion: 0,
      series: {
        id: 'rt-fuzz01', name: id, cadence: { kind: 'nth-weekday', week: 'last', weekday: 4, time: '14:00', timeZone: 'Europe/Berlin' },
        sections: [{ id, labels: { en: id, de: id } }], memberAccountIds: [id], language: 'de', publish: true,
      },
    },
    { expectedVersion: 0, series: { id, name: 'Fuzz', cadence: { kind: 'day-of-month', day: 31, time: '09:00', timeZone: id }, sections: [{ id: 'ideas', labels: { en: 'Ideas', de: 'Ideen' } }] } },
  ],
  'submission/create': (id) => [
    { input: { kind: 'idea', title: id, text: id, touchpoints: [id], useCases: [id], streamId: id, issueKeys: ['EMA-1'] } },
    { input: { kind: id, title: 'Fuzz', text: 'Fuzz' } },
  ],
  'submission/mine': () => [{}],
  'submission/list': (id) => [{ meetingId: id }, { status: id }],
  'submission/triage': (id) => [
    { id, baseRev: 0, action: { kind: 'decline', reason: id } },
    { id: 's-fuzz01', baseRev: 0, action: { kind: 'schedule', meetingId: id, sectionId: id } },
    { id: 's-fuzz01', baseRev: 0, action: { kind: 'merge', into: id } },
  ],
  'meeting/get': (id) => [{ meetingId: id }],
  'meeting/assemble': (id) => [{ meetingId: id }],
  'meeting/agenda-save': (id) => [{ meetingId: 'm-20261229', expectedRev: 0, agenda: { sections: [{ sectionId: id, items: [{ id, source: 'manual', title: id }] }] } }],
  'meeting/note-save': (id) => [{ meetingId: 'm-20261229', itemId: id, expectedRev: 0, note: id }],
  'meeting/publish': (id) => [{ meetingId: id, what: 'agenda' }],
  'decision/record': (id) => [{ meetingId: 'm-20261229', agendaItemId: id, text: id, ownerAccountId: id, dueDate: null, submissionIds: [id] }],
  'decision/follow-up': (id) => [{ decisionId: id, projectKey: id, issueTypeId: id }],
  'decision/log': () => [{}],
  'status/macro': (id) => [{ target: { kind: 'stream', streamId: id } }, { target: { kind: 'node', nodeId: id } }, { target: { kind: id } }],
};

describe('every resolver key with ids that name built-ins', () => {
  it('covers every key of the contract', () => {
    expect(Object.keys(FUZZ).sort()).toEqual(Object.keys(RESOLVERS).sort());
  });

  it.each(NASTY_IDS)('answers every payload carrying "%s" with data or a coded error, and keeps such ids out', async (id) => {
    for (const key of Object.keys(FUZZ) as ResolverKey[]) {
      // Built anew for each call: an accepted change (a term `proto` from the label `__proto__`) moves the version on.
      const count = FUZZ[key](id, versions()).length;
      for (let index = 0; index < count; index++) await invoke(site, key, FUZZ[key](id, versions())[index]);
    }
    const { taxonomy } = dataOf(await invoke(site, 'taxonomy/get', {}));
    const termIds = Object.values(taxonomy.dimensions).flatMap((terms) => terms.map((term) => term.id as string));
    expect(termIds.filter(namesABuiltIn)).toEqual([]);
    expect(Object.keys(taxonomy.phaseOfStage).filter(namesABuiltIn)).toEqual([]);
    expect(dataOf(await invoke(site, 'use-cases/list', {})).useCases.map((u) => u.id).filter(namesABuiltIn)).toEqual([]);
    expect(dataOf(await invoke(site, 'settings/get', {})).settings.streams.map((s) => s.id).filter(namesABuiltIn)).toEqual([]);
  });
});

describe('the refusals name the reason', () => {
  it('a new term called constructor or prototype, typed or from its label, is TERM_ID_RESERVED', async () => {
    for (const id of ['constructor', 'prototype']) {
      const typed = await invoke(site, 'taxonomy/save', { expectedVersion: 1, changes: [{ op: 'add', dimension: 'touchpoint', id, labels: { en: 'X', de: 'X' } }] });
      expect(typed).toEqual({ ok: false, error: { code: 'TERM_ID_RESERVED', field: 'changes.0', params: { dimension: 'touchpoint', termId: id } } });
    }
    const fromLabel = await invoke(site, 'taxonomy/save', { expectedVersion: 1, changes: [{ op: 'add', dimension: 'channel', labels: { en: 'toString', de: 'toString' } }] });
    expect(fromLabel).toMatchObject({ ok: false, error: { code: 'TERM_ID_RESERVED', params: { termId: 'tostring' } } });
  });

  it('a new use case called constructor, toString or hasOwnProperty is USE_CASE_ID_RESERVED, also row by row in a CSV', async () => {
    for (const id of ['constructor', 'toString', 'hasOwnProperty', 'PROTOTYPE']) {
      const saved = await invoke(site, 'use-cases/save', { expectedVersion: 1, isNew: true, useCase: { id, title: 'X', lifecycleStage: 'explore' } });
      expect(saved).toMatchObject({ ok: false, error: { code: 'USE_CASE_ID_RESERVED', field: 'useCase.id', params: { useCaseId: id } } });
    }
    const imported = dataOf(await invoke(site, 'use-cases/import', { expectedVersion: 1, csv: 'id,title,lifecycleStage\nUC-950,Fine,explore\ntoString,Bad,explore\nConstructor,Bad,buy\n' }));
    expect(imported).toEqual({
      imported: false,
      problems: [
        { row: 3, column: 'id', error: { code: 'USE_CASE_ID_RESERVED', field: 'id', params: { row: 3, useCaseId: 'toString' } } },
        { row: 4, column: 'id', error: { code: 'USE_CASE_ID_RESERVED', field: 'id', params: { row: 4, useCaseId: 'Constructor' } } },
      ],
    });
  });

  it('a new stream called constructor is STREAM_ID_RESERVED, and nothing is saved', async () => {
    const { version: _version, ...settings } = demoSettings(site.site);
    const stream = { id: 'constructor', name: 'Constructor', jql: 'project = OPS', ownerAccountId: null, colour: '#626f86' };
    const answer = await invoke(site, 'settings/save', { expectedVersion: 1, settings: { ...settings, streams: [...settings.streams, stream] } });
    expect(answer).toEqual({ ok: false, error: { code: 'STREAM_ID_RESERVED', field: `settings.streams.${settings.streams.length}.id`, params: { streamId: 'constructor' } } });
    expect(versions().settings).toBe(1);
  });

  it('an id that only looks like a built-in, lower-cased or not, is refused only where the id format allows it', async () => {
    const codes: string[] = [];
    for (const id of NASTY_IDS) codes.push(codeOf(await invoke(site, 'taxonomy/save', { expectedVersion: 1, changes: [{ op: 'add', dimension: 'action', id, labels: { en: `A ${id}`, de: `A ${id}` } }] })));
    expect(codes).toEqual(['TERM_ID_INVALID', 'TERM_ID_RESERVED', 'TERM_ID_RESERVED', 'TERM_ID_INVALID', 'TERM_ID_INVALID']);
  });
});
