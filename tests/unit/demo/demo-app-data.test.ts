/** The app data the demo starts with must be what the app itself would accept from an admin. */
import { buildDemoSite, DEMO_USE_CASES } from '../../../local/demo';
import { demoAppData } from '../../../local/demo/app-data';
import { ProgrammeSettingsSchema } from '../../../src/contract/programme';
import { SETTINGS_KEY } from '../../../src/services/settings/stored-settings';
import { PublishingSettingsSchema } from '../../../src/contract/publishing';
import { STRATEGY_HEAD_KEY } from '../../../src/services/strategy/strategy-store';
import { StrategyTreeSchema } from '../../../src/domain/strategy/strategy-tree';
import { demoStrategyTree } from '../../../local/demo/strategy';
import { PUBLISHING_SETTINGS_KEY } from '../../../src/services/publishing/publishing-settings-store';
import { CATALOGUE_KEY, StoredCatalogueSchema } from '../../../src/services/use-cases/catalogue-store';
import { defaultTaxonomy, validateCatalogue } from '../../../src/domain';

describe('the demo site\'s app data', () => {
  const site = buildDemoSite();
  const data = demoAppData(site);

  it('configures one stream per stream project, Blocks and the Start date field', () => {
    const settings = ProgrammeSettingsSchema.parse(data.kv[SETTINGS_KEY]?.value);
    expect(settings.streams.map((s) => s.jql)).toEqual(['project = EMA', 'project = DATA', 'project = COM', 'project = LOY', 'project = MI', 'project = PRT']);
    expect(settings.dependencyLinkTypes).toEqual([{ linkTypeId: site.linkTypes.find((t) => t.name === 'Blocks')?.id, name: 'Blocks', objectWaits: true }]);
    expect(site.fields.map((f) => f.id)).toContain(settings.startDateFieldId);
  });

  it('holds the demo use-case catalogue, valid against the default taxonomy', () => {
    const catalogue = StoredCatalogueSchema.parse(data.kv[CATALOGUE_KEY]?.value);
    expect(catalogue.useCases).toHaveLength(DEMO_USE_CASES.length);
    expect(validateCatalogue(catalogue.useCases, defaultTaxonomy())).toEqual([]);
  });

  it('publishes into the PROG space under its home page, weekly, every page type', () => {
    const publishing = PublishingSettingsSchema.parse(data.kv[PUBLISHING_SETTINGS_KEY]?.value);
    const home = site.confluence.pages.find((page) => page.id === publishing.target?.parentPageId);
    expect(publishing.target).toMatchObject({ spaceKey: 'PROG', spaceId: home?.spaceId });
    expect(publishing).toMatchObject({ schedule: 'weekly', pageTypes: { rollUp: true, streams: true, strategy: true } });
  });

  it('holds the strategy cascade as the strategy tab stores it: a head and the chunks it names', () => {
    const head = data.kv[STRATEGY_HEAD_KEY]?.value as { version: number; generation: string; chunks: number };
    const text = Array.from({ length: head.chunks }, (_, index) => data.kv[`strategy:${head.generation}:${index}`]?.value as string).join('');
    expect(StrategyTreeSchema.parse(JSON.parse(text))).toEqual({ ...demoStrategyTree(), version: head.version });
  });
});
