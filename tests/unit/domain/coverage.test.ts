/**
 * Journey coverage: the stream × touchpoint heatmap, the lifecycle × touchpoint matrix, use cases without work and
 * untagged epics. Pins the inheritance rule (a dimension an issue leaves empty comes from its parent; own terms
 * win; epics inherit nothing), the order (taxonomy, streams), and that each cell's JQL names what it counts.
 */
import {
  aggregateEpicTags, computeCoverage, coverageReport, defaultTaxonomy, matchesJourney, mergeTallies, NO_JOURNEY_FILTER, renameTerm, resolveInheritedTags, setTermRetired, tallyCoverage,
  UseCaseSchema, type JourneyTags, type Taxonomy, type UseCase, type WorkItem,
} from '../../../src/domain';
import { epic, story, stream, subtask } from './programme-builders';

function tagged(item: WorkItem, tags: Partial<Record<keyof JourneyTags, string[]>>): WorkItem {
  return { ...item, tags: { touchpoint: [], lifecycle: [], category: [], action: [], channel: [], useCase: [], ...tags } as JourneyTags };
}

function useCase(id: string, retired = false): UseCase {
  return UseCaseSchema.parse({ id, title: `Use case ${id}`, lifecycleStage: 'explore', retired });
}

const streams = [stream('ema'), stream('crm')];
const taxonomy = defaultTaxonomy();
const catalogue = [useCase('UC-001'), useCase('UC-002'), useCase('UC-003'), useCase('UC-004', true)];

/** EMA-1 (website, explore) with a story that narrows to "app" and one that only names a channel; CRM-1 untagged. */
const items: WorkItem[] = [
  tagged(epic('EMA-1'), { touchpoint: ['website'], lifecycle: ['explore'], useCase: ['UC-001'] }),
  tagged(story('EMA-2', 'EMA-1', { done: true }), { touchpoint: ['app'] }),
  tagged(story('EMA-3', 'EMA-1', { done: true }), { channel: ['email'] }),
  subtask('EMA-4', 'EMA-3'),
  epic('CRM-1'),
  tagged(story('CRM-2', 'CRM-1'), { touchpoint: ['website'], lifecycle: ['buy'], useCase: ['UC-002'] }),
];

function cell(report: ReturnType<typeof computeCoverage>, streamId: string, touchpointId: string) {
  const found = report.heatmap.find((row) => row.streamId === streamId)?.cells.find((c) => c.touchpointId === touchpointId);
  if (!found) throw new Error(`no cell ${streamId} × ${touchpointId}`);
  return found;
}

describe('the stream × touchpoint heatmap', () => {
  const report = computeCoverage(items, { streams, taxonomy, useCases: catalogue });

  it('counts own tags, and a dimension left empty from the parent (sub-tasks through their story)', () => {
    // EMA-1 itself, EMA-3 (channel only: touchpoint inherited) and EMA-4 (through EMA-3); EMA-2 narrowed to "app".
    expect(cell(report, 'ema', 'website')).toMatchObject({ count: 3, done: 1, shareDone: 1 / 3 });
    expect(cell(report, 'ema', 'app')).toMatchObject({ count: 1, done: 1, shareDone: 1 });
    expect(cell(report, 'crm', 'website')).toMatchObject({ count: 1, done: 0, shareDone: 0 });
    expect(cell(report, 'crm', 'app')).toMatchObject({ count: 0, shareDone: null });
  });

  it('has one row per stream in stream order and one column per active touchpoint in taxonomy order', () => {
    expect(report.heatmap.map((row) => row.streamId)).toEqual(['ema', 'crm']);
    expect(report.touchpoints.map((t) => t.id)).toEqual(taxonomy.dimensions.touchpoint.map((t) => t.id));
    expect(report.heatmap[0]?.cells.map((c) => c.touchpointId)).toEqual(report.touchpoints.map((t) => t.id));
  });

  it('gives each cell the JQL of its stream and touchpoint, naming the parents it inherits from', () => {
    expect(cell(report, 'crm', 'website').jql).toBe('(project = CRM) AND journeyTouchpoint = "website"');
    expect(cell(report, 'ema', 'website').jql).toBe('(project = EMA) AND (journeyTouchpoint = "website" OR (journeyTouchpoint is EMPTY AND parent in (EMA-1, EMA-3)))');
  });

  it('leaves keys the user may not see out of the JQL', () => {
    const hidden = computeCoverage(items, { streams, taxonomy, useCases: catalogue, nameable: (key) => key !== 'EMA-3' });
    expect(cell(hidden, 'ema', 'website').jql).toContain('parent in (EMA-1)');
  });

  it('keeps a retired touchpoint that still counts, and drops one that does not', () => {
    let retired: Taxonomy = defaultTaxonomy();
    for (const id of ['app', 'booking']) {
      const next = setTermRetired(retired, 'touchpoint', id, true);
      if (!next.ok) throw new Error('retire failed');
      retired = next.value;
    }
    const ids = computeCoverage(items, { streams, taxonomy: retired, useCases: catalogue }).touchpoints.map((t) => t.id);
    expect(ids).toContain('app');
    expect(ids).not.toContain('booking');
  });

  it('shows a renamed touchpoint with its new label, counted the same', () => {
    const renamed = renameTerm(defaultTaxonomy(), 'touchpoint', 'website', { en: 'Web shop', de: 'Webshop' });
    if (!renamed.ok) throw new Error('rename failed');
    const next = computeCoverage(items, { streams, taxonomy: renamed.value, useCases: catalogue });
    expect(next.touchpoints.find((t) => t.id === 'website')?.labels.de).toBe('Webshop');
    expect(cell(next, 'ema', 'website').count).toBe(3);
  });
});

describe('the lifecycle × touchpoint matrix', () => {
  const report = computeCoverage(items, { streams, taxonomy, useCases: catalogue });
  const count = (lifecycle: string, touchpoint: string) => report.lifecycleMatrix.find((r) => r.lifecycleId === lifecycle)?.cells.find((c) => c.touchpointId === touchpoint);

  it('counts each issue under every pair of its effective stage and touchpoint', () => {
    // EMA-2 keeps the epic's "explore" but names "app"; EMA-3 and EMA-4 inherit both.
    expect(count('explore', 'website')?.count).toBe(3);
    expect(count('explore', 'app')?.count).toBe(1);
    expect(count('buy', 'website')?.count).toBe(1);
    expect(count('buy', 'app')?.count).toBe(0);
    expect(report.lifecycleMatrix.map((r) => r.lifecycleId)).toEqual(taxonomy.dimensions.lifecycle.map((t) => t.id));
  });

  it('scopes its JQL to all shown streams and names both terms', () => {
    expect(count('buy', 'website')?.jql).toBe('((project = EMA) OR (project = CRM)) AND journeyLifecycle = "buy" AND journeyTouchpoint = "website"');
  });
});

describe('gaps', () => {
  const report = computeCoverage(items, { streams, taxonomy, useCases: catalogue });

  it('lists active use cases nobody works on, in catalogue order, retired ones left out', () => {
    expect(report.useCasesWithoutWork.map((u) => u.id)).toEqual(['UC-003']);
    expect(report.useCasesWithoutWork[0]?.jql).toBe('((project = EMA) OR (project = CRM)) AND journeyUseCase = "UC-003"');
  });

  it('lists epics without a tag of their own per stream, with a search for them', () => {
    expect(report.untaggedEpics).toEqual([
      {
        streamId: 'crm',
        epics: [{ key: 'CRM-1', summary: 'Summary of CRM-1' }],
        jql: '(project = CRM) AND issuetype in ("Epic") AND journeyTouchpoint is EMPTY AND journeyLifecycle is EMPTY AND journeyCategory is EMPTY AND journeyAction is EMPTY AND journeyChannel is EMPTY AND journeyUseCase is EMPTY',
      },
    ]);
  });
});

describe('tallies per project add up to the whole', () => {
  it('gives the same report from two halves as from all items', () => {
    const whole = computeCoverage(items, { streams, taxonomy, useCases: catalogue });
    const inherited = resolveInheritedTags(items);
    const ema = tallyCoverage(items.filter((i) => i.key.startsWith('EMA')), inherited);
    const crm = tallyCoverage(items.filter((i) => i.key.startsWith('CRM')), inherited);
    // Inheritance is resolved over the whole programme, as the snapshot does, then counted per project.
    expect(coverageReport(mergeTallies([crm, ema]), { streams, taxonomy, useCases: catalogue })).toEqual(whole);
  });
});

describe('journey filter on epics', () => {
  const aggregates = aggregateEpicTags(items);

  it('gives each epic its own tags and those of its issues', () => {
    expect(aggregates.get('EMA-1')).toEqual({ touchpoint: ['website', 'app'], lifecycle: ['explore'], useCase: ['UC-001'] });
    expect(aggregates.get('CRM-1')).toEqual({ touchpoint: ['website'], lifecycle: ['buy'], useCase: ['UC-002'] });
  });

  it('matches any chosen term within a slot, and all slots together', () => {
    const ema = aggregates.get('EMA-1');
    expect(matchesJourney(ema, NO_JOURNEY_FILTER)).toBe(true);
    expect(matchesJourney(ema, { ...NO_JOURNEY_FILTER, touchpoint: ['app', 'booking'] })).toBe(true);
    expect(matchesJourney(ema, { ...NO_JOURNEY_FILTER, touchpoint: ['app'], lifecycle: ['buy'] })).toBe(false);
    expect(matchesJourney(undefined, { ...NO_JOURNEY_FILTER, useCase: ['UC-001'] })).toBe(false);
  });
});
