import { AgendaSchema, assembleAgenda, DEFAULT_SECTIONS } from '../../../../src/domain';
import { agendaInput, allIds, idsBySection } from './agenda-fixture';

describe('assembleAgenda from a programme with known conflicts, slips and submissions', () => {
  const agenda = assembleAgenda(agendaInput());

  it('puts each fact in its standing section', () => {
    expect(idsBySection(agenda)).toEqual({
      measures: ['in-progress:EMA-3', 'in-progress:EMA-1', 'starting:CRM-2', 'starting:DATA-4'],
      results: ['results:figures', 'slip:DATA-4', 'slip:EMA-3', 'completed:CRM-1'],
      'customer-needs': ['submission:s-need01'],
      'business-decisions': ['conflict:EMA-3>DATA-4', 'cycle:CRM-2+DATA-5', 'decision:d-late01', 'decision:d-due001', 'submission:s-req001'],
      'expert-opinions': ['submission:s-view01'],
      'other-projects': ['added:APP-1>EMA-1', 'removed:CRM-1>EMA-1', 'dependency-slip:DATA-4>CRM-2'],
      ideas: ['submission:s-idea01'],
      competitors: ['submission:s-comp01'],
    });
  });

  it('has nothing twice and is a valid agenda to store', () => {
    const ids = allIds(agenda);
    expect(new Set(ids).size).toBe(ids.length);
    expect(AgendaSchema.parse(agenda)).toEqual(agenda);
  });

  it('words live items for the reader, with the issues they are about', () => {
    const item = (id: string) => agenda.sections.flatMap((s) => s.items).find((i) => i.id === id);
    expect(item('conflict:EMA-3>DATA-4')).toMatchObject({ source: 'live', topic: 'conflict', title: 'DATA-4 waits on EMA-3: the dates overlap by 10 days', issueKeys: ['DATA-4', 'EMA-3'] });
    expect(item('starting:CRM-2')?.detail).toBe('Planned start 2026-05-01 has passed, not started · due 2026-06-20');
    expect(item('results:figures')).toMatchObject({ title: 'Programme progress: 42% done, 1 of 7 epics done', detail: 'E-Mail: off track, 50% done; App: not judged, no issues' });
    expect(item('decision:d-late01')).toMatchObject({ topic: 'decision-overdue', decisionId: 'd-late01', detail: 'Overdue since 2026-05-20 · follow-up EMA-9' });
    expect(item('submission:s-req001')).toMatchObject({ source: 'submission', submissionId: 's-req001', title: 'Decide the CDP vendor', issueKeys: ['DATA-4'] });
  });

  it('writes German for a German series', () => {
    const german = assembleAgenda(agendaInput({ language: 'de' }));
    const titles = german.sections.flatMap((s) => s.items).map((i) => i.title);
    expect(titles).toContain('DATA-4 wartet auf EMA-3: die Termine überschneiden sich um 10 Tage');
    expect(titles).toContain('Programmfortschritt: 42 % erledigt, 1 von 7 Epics abgeschlossen');
    expect(titles).toContain('EMA-3 verschiebt sich um 14 Tage (2026-05-27 → 2026-06-10)');
  });

  it('lets the id decide where live data goes: a renamed section still takes it, a retired one takes nothing', () => {
    const sections = DEFAULT_SECTIONS.map((s) =>
      s.id === 'measures' ? { ...s, labels: { en: 'What we do', de: 'Was wir tun' } } : s.id === 'other-projects' ? { ...s, retired: true } : s,
    );
    const edited = assembleAgenda(agendaInput({ sections: [...sections, { id: 'security', labels: { en: 'Security', de: 'Sicherheit' }, retired: false }] }));
    const bySection = idsBySection(edited);
    expect(bySection.measures).toHaveLength(4);
    expect(bySection['other-projects']).toBeUndefined();
    expect(allIds(edited).filter((id) => id.startsWith('added:') || id.startsWith('removed:') || id.startsWith('dependency-slip:'))).toEqual([]);
    expect(bySection.security).toEqual([]);
  });

  it('has no slips, completions or dependency news at the first meeting (no baseline yet)', () => {
    const first = assembleAgenda(agendaInput({ diff: null }));
    expect(idsBySection(first).results).toEqual(['results:figures']);
    expect(idsBySection(first)['other-projects']).toEqual([]);
  });

  it('counts live facts beyond a hundred in one item rather than losing the agenda', () => {
    const many = Array.from({ length: 150 }, (_, index) => ({ key: `BIG-${index + 1}`, summary: 'Work', streamId: 'big', statusCategory: 'indeterminate' as const, start: null, due: null }));
    const big = assembleAgenda(agendaInput({ epics: many, diff: null, dependencies: [], cycles: [] }));
    const measures = big.sections.find((s) => s.sectionId === 'measures')?.items ?? [];
    expect(measures).toHaveLength(100);
    expect(measures.at(-1)).toMatchObject({ id: 'more:measures', title: '… and 51 more' });
    expect(() => AgendaSchema.parse(big)).not.toThrow();
  });
});
