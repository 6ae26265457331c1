import { emptyKvsState, type KvsState } from '../kvs';
import type { SiteFile } from '../site/schema';
import type { ProgrammeSettings } from '../../src/contract/programme';
import { SETTINGS_KEY } from '../../src/services/settings/stored-settings';
import { CATALOGUE_KEY } from '../../src/services/use-cases/catalogue-store';
import { STRATEGY_HEAD_KEY, strategyEntries } from '../../src/services/strategy/strategy-store';
import { addDemoRoundTable } from './round-table';
import { demoStrategyTree } from './strategy';
import { PUBLISHING_SETTINGS_KEY } from '../../src/services/publishing/publishing-settings-store';
import type { PublishingSettings } from '../../src/contract/publishing';
import type { StreamId } from '../../src/domain';
import { DEMO_PROJECTS } from './build';
import { DEMO_USE_CASES } from './use-cases';
import { DEMO_ACCOUNTS, DEMO_GROUPS } from './users';

const STREAM_COLOURS = ['#0c66e4', '#1f845a', '#ae2e24', '#6e5dc6', '#a54800', '#206a83'];

/**
 * The programme settings an admin would save on the demo site: one stream per stream project (the OPS
 * service desk is not a stream), Blocks as the dependency type, the site's Start date field.
 */
export function demoSettings(site: SiteFile): ProgrammeSettings {
  const blocks = site.linkTypes.find((type) => type.name === 'Blocks');
  if (!blocks) throw new Error('the demo site lacks the Blocks link type');
  return {
    version: 1,
    streams: DEMO_PROJECTS.filter((p) => p.isStream).map((p, i) => ({
      id: p.key.toLowerCase() as StreamId,
      name: p.name,
      jql: `project = ${p.key}`,
      ownerAccountId: p.leadAccountId,
      colour: STREAM_COLOURS[i % STREAM_COLOURS.length] as string,
    })),
    dependencyLinkTypes: [{ linkTypeId: blocks.id, name: 'Blocks', objectWaits: true }],
    startDateFieldId: 'customfield_10015',
    dueDateFieldId: 'duedate',
    atRiskThresholdDays: 5,
    programmeManagerAccountIds: [DEMO_ACCOUNTS.programmeManager],
    programmeManagerGroupIds: [DEMO_GROUPS.programmeOffice.groupId],
  };
}

/**
 * Publishing as an admin would leave it: into the demo's Confluence space, under its home page, in English, weekly, all
 * page types — so `npm start` shows the published pages after one "Publish now".
 */
export function demoPublishingSettings(site: SiteFile): PublishingSettings {
  const space = site.confluence.spaces.find((candidate) => candidate.key === 'PROG');
  if (!space) throw new Error('the demo site lacks the PROG space');
  const home = site.confluence.pages.find((page) => page.id === space.homepageId);
  return {
    version: 1,
    target: { spaceId: space.id, spaceKey: space.key, spaceName: space.name, parentPageId: home?.id ?? null, parentTitle: home?.title ?? null },
    language: 'en',
    schedule: 'weekly',
    pageTypes: { rollUp: true, streams: true, strategy: true },
  };
}

/** The app's storage as the demo starts: the programme configured and the use-case catalogue loaded, as an admin would leave them. */
export function demoAppData(site: SiteFile): KvsState {
  const state = emptyKvsState();
  state.kv[SETTINGS_KEY] = { value: demoSettings(site), createdAt: 0, updatedAt: 0 };
  state.kv[CATALOGUE_KEY] = { value: { version: 1, useCases: DEMO_USE_CASES }, createdAt: 0, updatedAt: 0 };
  state.kv[PUBLISHING_SETTINGS_KEY] = { value: demoPublishingSettings(site), createdAt: 0, updatedAt: 0 };
  // A fixed generation: the demo's storage is the same on every start.
  const strategy = strategyEntries(demoStrategyTree(), 1, 'de000001');
  state.kv[STRATEGY_HEAD_KEY] = { value: strategy.head, createdAt: 0, updatedAt: 0 };
  for (const chunk of strategy.chunks) state.kv[chunk.key] = { value: chunk.value, createdAt: 0, updatedAt: 0 };
  addDemoRoundTable(state);
  return state;
}
