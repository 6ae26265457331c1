import { DEFAULT_SECTIONS, SECTION_FOR_KIND, SUBMISSION_KINDS, StandingSectionSchema, suggestedSection, validateSections, type StandingSection } from '../../../../src/domain';

const section = (id: string, en = id, de = id, retired = false): StandingSection => ({ id, labels: { en, de }, retired });

describe('the default standing sections', () => {
  it('are the eight of the round table, in order, in English and German', () => {
    expect(DEFAULT_SECTIONS.map((s) => s.id)).toEqual(['measures', 'results', 'customer-needs', 'business-decisions', 'expert-opinions', 'other-projects', 'ideas', 'competitors']);
    expect(DEFAULT_SECTIONS[0]?.labels.de).toBe('Übersicht der aktuellen und geplanten Maßnahmen');
    expect(DEFAULT_SECTIONS[7]?.labels).toEqual({ en: 'Positive examples from competitors', de: 'Positive Beispiele aus dem Wettbewerb' });
    for (const s of DEFAULT_SECTIONS) expect(StandingSectionSchema.parse(s)).toEqual(s);
    expect(validateSections(DEFAULT_SECTIONS)).toEqual([]);
  });
  it('include the section every kind of submission suggests', () => {
    const ids = new Set(DEFAULT_SECTIONS.map((s) => s.id));
    for (const kind of SUBMISSION_KINDS) expect(ids.has(SECTION_FOR_KIND[kind])).toBe(true);
  });
});

describe('validateSections', () => {
  it('names every problem with its field path', () => {
    const problems = validateSections([section('ideas'), section('ideas', 'Ideas again'), section('constructor'), section('x', ' ', 'X')]);
    expect(problems.map(({ code, path }) => ({ code, path }))).toEqual([
      { code: 'DUPLICATE_SECTION_ID', path: ['sections', 1, 'id'] },
      { code: 'RESERVED_SECTION_ID', path: ['sections', 2, 'id'] },
      { code: 'EMPTY_LABEL', path: ['sections', 3, 'labels', 'en'] },
    ]);
    expect(problems.every((p) => p.message.length > 0)).toBe(true);
  });
  it('refuses a list where every section is retired', () => {
    expect(validateSections([section('ideas', 'Ideas', 'Ideen', true)])).toEqual([expect.objectContaining({ code: 'NO_ACTIVE_SECTION', path: ['sections'] })]);
    expect(validateSections([])).toEqual([expect.objectContaining({ code: 'NO_ACTIVE_SECTION' })]);
  });
  it('accepts renamed, reordered and added sections', () => {
    const edited = [section('ideas', 'Campaign ideas', 'Kampagnenideen'), ...DEFAULT_SECTIONS.filter((s) => s.id !== 'ideas'), section('security', 'Security', 'Sicherheit')];
    expect(validateSections(edited)).toEqual([]);
  });
});

describe('suggestedSection', () => {
  it("is the kind's section while it is active, else the first active one", () => {
    expect(suggestedSection('customer-need', DEFAULT_SECTIONS)).toBe('customer-needs');
    expect(suggestedSection('decision-request', DEFAULT_SECTIONS)).toBe('business-decisions');
    const retired = DEFAULT_SECTIONS.map((s) => (s.id === 'customer-needs' || s.id === 'measures' ? { ...s, retired: true } : s));
    expect(suggestedSection('customer-need', retired)).toBe('results');
  });
  it('is null when no section is active', () => {
    expect(suggestedSection('idea', [section('ideas', 'Ideas', 'Ideen', true)])).toBeNull();
  });
});
