import { assembleAgenda, DEFAULT_SECTIONS, type Agenda, type AgendaItem } from '../../../../src/domain';
import { agendaInput, allIds, DEPENDENCIES, EPICS, idsBySection } from './agenda-fixture';

const manual = (id: string, title: string): AgendaItem => ({ id, source: 'manual', topic: null, title, detail: '', issueKeys: [], submissionId: null, decisionId: null, note: '' });

/** What the programme manager did to the first agenda before saving it. */
function edited(first: Agenda): Agenda {
  const sections = first.sections.map((section) => {
    let items = [...section.items];
    if (section.sectionId === 'measures') items = items.reverse().map((item) => (item.id === 'in-progress:EMA-1' ? { ...item, note: 'Go-live moved to July' } : item));
    if (section.sectionId === 'results') {
      items = items.filter((item) => item.id !== 'slip:EMA-3');
      items.splice(1, 0, manual('manual:budget', 'Budget for Q3'));
    }
    if (section.sectionId === 'business-decisions') items = [...items.filter((item) => !item.id.startsWith('conflict:')), ...items.filter((item) => item.id.startsWith('conflict:'))];
    if (section.sectionId === 'ideas') items.push(first.sections.find((s) => s.sectionId === 'competitors')?.items[0] as AgendaItem);
    if (section.sectionId === 'competitors') items = [];
    return { ...section, items };
  });
  return { sections, dropped: ['slip:EMA-3'] };
}

describe('assembleAgenda again, over the agenda the programme manager edited', () => {
  const first = assembleAgenda(agendaInput());
  const previous = edited(first);
  // Meanwhile EMA-3 was finished and DATA-4 → CRM-2 turned into a conflict.
  const epics = EPICS.map((epic) => (epic.key === 'EMA-3' ? { ...epic, statusCategory: 'done' as const } : epic));
  const dependencies = DEPENDENCIES.map((d) => (d.blocker === 'DATA-4' && d.blocked === 'CRM-2' ? { ...d, status: 'conflict' as const, overlapDays: 5 } : d));
  const rebuilt = assembleAgenda(agendaInput({ epics, dependencies, previous }));
  const bySection = idsBySection(rebuilt);

  it('keeps the chosen order, appending new facts and leaving out facts that went away', () => {
    expect(bySection.measures).toEqual(['starting:DATA-4', 'starting:CRM-2', 'in-progress:EMA-1']);
    expect(bySection['business-decisions']).toEqual([
      'cycle:CRM-2+DATA-5', 'decision:d-late01', 'decision:d-due001', 'submission:s-req001', 'conflict:EMA-3>DATA-4', 'conflict:DATA-4>CRM-2',
    ]);
    // The slip of DATA-4 is now said as the conflict it caused, once.
    expect(bySection['other-projects']).toEqual(['added:APP-1>EMA-1', 'removed:CRM-1>EMA-1']);
  });

  it('keeps manual items and notes', () => {
    expect(bySection.results).toEqual(['results:figures', 'manual:budget', 'slip:DATA-4', 'completed:CRM-1']);
    const ema1 = rebuilt.sections.flatMap((s) => s.items).find((item) => item.id === 'in-progress:EMA-1');
    expect(ema1?.note).toBe('Go-live moved to July');
  });

  it('leaves dropped items dropped, and remembers the drop', () => {
    expect(allIds(rebuilt)).not.toContain('slip:EMA-3');
    expect(rebuilt.dropped).toEqual(['slip:EMA-3']);
  });

  it('keeps an item where the programme manager moved it', () => {
    expect(bySection.ideas).toEqual(['submission:s-idea01', 'submission:s-comp01']);
    expect(bySection.competitors).toEqual([]);
  });

  it('has nothing twice', () => {
    const ids = allIds(rebuilt);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('is the same agenda when nothing changed', () => {
    expect(assembleAgenda(agendaInput({ previous: first }))).toEqual(first);
  });

  it('keeps a live item that was noted on although its fact went away', () => {
    const noted: Agenda = {
      ...first,
      sections: first.sections.map((s) => ({ ...s, items: s.items.map((item) => (item.id === 'in-progress:EMA-3' ? { ...item, note: 'Finished early' } : item)) })),
    };
    const after = assembleAgenda(agendaInput({ epics, previous: noted }));
    expect(after.sections.find((s) => s.sectionId === 'measures')?.items.find((item) => item.id === 'in-progress:EMA-3')?.note).toBe('Finished early');
  });

  it('keeps what people typed in a section retired since, after the active ones', () => {
    const withManual: Agenda = { ...first, sections: first.sections.map((s) => (s.sectionId === 'ideas' ? { ...s, items: [...s.items, manual('manual:idea', 'Loyalty app')] } : s)) };
    const sections = DEFAULT_SECTIONS.map((s) => (s.id === 'ideas' ? { ...s, retired: true } : s));
    const after = assembleAgenda(agendaInput({ sections, previous: withManual }));
    expect(after.sections.at(-1)).toEqual({ sectionId: 'ideas', items: [manual('manual:idea', 'Loyalty app')] });
    // The idea submission goes to the first active section, as its kind's section is retired.
    expect(idsBySection(after).measures?.at(-1)).toBe('submission:s-idea01');
  });
});
