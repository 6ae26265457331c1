/**
 * What a viewer who cannot browse a project learns about it from the programme: that something is there, counted,
 * never what it is — no key, not inside another string, and no day count that would give its dates away.
 */
import { analyseProgramme } from '../../../src/domain';
import { Redactor } from '../../../src/services/dependencies/redact';
import { blocks, epic, stream, TODAY } from '../domain/programme-builders';

const streams = [stream('crm'), stream('data'), stream('loy')];
const programme = analyseProgramme({
  streams,
  items: [
    epic('CRM-1', { start: '2026-02-01', due: '2026-03-01' }),
    epic('DATA-7', { start: '2026-01-01', due: '2026-04-15' }), // the hidden project's epic
    epic('LOY-1', { start: '2026-02-10', due: '2026-05-01' }),
    epic('LOY-2', { start: '2026-01-01', due: '2026-01-20' }),
  ],
  // CRM-1 → DATA-7 → LOY-1 → CRM-1 is a cycle through the hidden epic; LOY-2 → LOY-1 conflicts in plain view.
  links: [blocks('CRM-1', 'DATA-7'), blocks('DATA-7', 'LOY-1'), blocks('LOY-1', 'CRM-1'), blocks('LOY-2', 'LOY-1')],
  today: TODAY,
});
const redactorFor = () => new Redactor(new Set(['CRM', 'LOY']), (id) => `dep-${id.length}-${id.charCodeAt(0)}`);

it('names no hidden key anywhere, not even inside an id or another string', () => {
  const redactor = redactorFor();
  const shown = {
    dependencies: programme.dependencies.map((d) => redactor.dependency(d)),
    cycles: programme.cycles.map((c) => redactor.cycle(c)),
    criticalPath: redactor.criticalPath(programme.criticalPath),
    matrix: redactor.matrix(programme.matrix, programme.dependencies),
  };
  expect(JSON.stringify(shown)).not.toContain('DATA-7');
  expect(JSON.stringify(shown)).not.toMatch(/DATA-\d/);
});

it('keeps a hidden member of a cycle in its place, so the loop is as long as it is', () => {
  const redactor = redactorFor();
  const [cycle] = programme.cycles.map((c) => redactor.cycle(c));
  expect(programme.cycles[0]?.path).toHaveLength(3);
  expect(cycle?.path).toHaveLength(3);
  expect(cycle?.path.filter((key) => key === null)).toHaveLength(1);
  expect(cycle?.members).toEqual(['CRM-1', null, 'LOY-1']);
});

it('shows the status of a dependency with a hidden end but no slack, overlap or overdue flag', () => {
  const redactor = redactorFor();
  const withHidden = programme.dependencies.filter((d) => d.blocker.key === 'DATA-7' || d.blocked.key === 'DATA-7');
  expect(withHidden.some((d) => d.overlapDays !== null)).toBe(true); // the analysis knows the overlap …
  for (const dependency of withHidden) {
    const view = redactor.dependency(dependency);
    expect(view.status).toBe(dependency.status);
    expect(view).toMatchObject({ slackDays: null, overlapDays: null }); // … the viewer does not.
  }
  expect(redactor.hiddenDependencies).toBe(withHidden.length);
});

it('gives each dependency the opaque id the viewer gets, never one built from its keys', () => {
  const redactor = redactorFor();
  const ids = programme.dependencies.map((d) => redactor.dependency(d).id);
  expect(ids.every((id) => id.startsWith('dep-') && !id.includes('->'))).toBe(true);
});

it('takes the matrix worst overlap only from dependencies the viewer sees whole, but counts them all', () => {
  const redactor = redactorFor();
  const cells = redactor.matrix(programme.matrix, programme.dependencies);
  // LOY-1 waits on the hidden DATA-7, which is due two months after LOY-1 starts.
  const loyWaitsOnData = cells.find((c) => c.waitingStreamId === 'loy' && c.blockingStreamId === 'data');
  expect(programme.matrix.find((c) => c.waitingStreamId === 'loy' && c.blockingStreamId === 'data')?.worstOverlapDays).toBeGreaterThan(0);
  expect(loyWaitsOnData).toMatchObject({ count: 1, conflicts: 1, worstOverlapDays: null });
  const loyWaitsOnLoy = cells.find((c) => c.waitingStreamId === 'loy' && c.blockingStreamId === 'loy');
  expect(loyWaitsOnLoy?.worstOverlapDays).toBe(programme.matrix.find((c) => c.waitingStreamId === 'loy' && c.blockingStreamId === 'loy')?.worstOverlapDays);
});
