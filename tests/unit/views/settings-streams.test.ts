import { offersFirstRun, streamsFromProjects } from '../../../static/main/src/surfaces/settings/first-run';
import { STREAM_PALETTE, moveStream, nextColour, streamIdFromName, uniqueStreamId, withDerivedIds, type StreamDraft } from '../../../static/main/src/surfaces/settings/stream-draft';

const projects = [
  { id: '10', key: 'EMA', name: 'E-mail Marketing Next Level' },
  { id: '11', key: 'DATA', name: 'Data Architecture & Harmonisation' },
  { id: '12', key: 'OPS', name: 'IT Operations' },
];

describe('first run: one stream per project', () => {
  it('is offered only before the first save and while there are no streams', () => {
    expect(offersFirstRun({ stored: false }, 0)).toBe(true);
    expect(offersFirstRun({ stored: false }, 2)).toBe(false);
    expect(offersFirstRun({ stored: true }, 0)).toBe(false);
  });

  it('makes a stream "project = KEY" per ticked project, named after it, in Jira’s order, with distinct colours', () => {
    const streams = streamsFromProjects(projects, new Set(['DATA', 'EMA']));
    expect(streams.map((s) => [s.id, s.name, s.jql])).toEqual([
      ['e-mail-marketing-next-level', 'E-mail Marketing Next Level', 'project = EMA'],
      ['data-architecture-and-harmonisation', 'Data Architecture & Harmonisation', 'project = DATA'],
    ]);
    expect(new Set(streams.map((s) => s.colour)).size).toBe(2);
    expect(streams.every((s) => s.isNew && s.ownerAccountId === '')).toBe(true);
  });

  it('gives two projects with the same name different ids', () => {
    const twins = [{ id: '1', key: 'A', name: 'Shop' }, { id: '2', key: 'B', name: 'Shop' }];
    expect(streamsFromProjects(twins, new Set(['A', 'B'])).map((s) => s.id)).toEqual(['shop', 'shop-2']);
  });
});

describe('stream ids', () => {
  it('derive from the name: lowercase, dashes, no accents, at most 40 characters', () => {
    expect(streamIdFromName('  Loyalty Programme & Reference Centre ')).toBe('loyalty-programme-and-reference-centre');
    expect(streamIdFromName('Übergreifende Maßnahmen')).toBe('ubergreifende-massnahmen');
    expect(streamIdFromName('x'.repeat(60))).toHaveLength(40);
    expect(streamIdFromName('!!!')).toBe('');
  });

  it('avoid ids already taken', () => {
    expect(uniqueStreamId('CRM', new Set(['crm', 'crm-2']))).toBe('crm-3');
  });

  it('stay stable for saved streams when renamed, and follow the name for new ones', () => {
    const saved: StreamDraft = { key: 'a', id: 'crm', isNew: false, name: 'CRM renamed', jql: 'project = CRM', ownerAccountId: '', colour: '#0c66e4' };
    const fresh: StreamDraft = { key: 'b', id: '', isNew: true, name: 'CRM', jql: 'project = X', ownerAccountId: '', colour: '#1f845a' };
    expect(withDerivedIds([saved, fresh]).map((s) => s.id)).toEqual(['crm', 'crm-2']);
  });
});

describe('reordering and colours', () => {
  it('moves a stream one place up or down and ignores moves past either end', () => {
    expect(moveStream(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveStream(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveStream(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveStream(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });

  it('offers the first unused palette colour', () => {
    expect(nextColour([])).toBe(STREAM_PALETTE[0]);
    expect(nextColour([STREAM_PALETTE[0].toUpperCase()])).toBe(STREAM_PALETTE[1]);
  });
});
