import { directionSentences, sampleKeys } from '../../../static/main/src/surfaces/settings/link-direction';

const blocks = { inward: 'is blocked by', outward: 'blocks' };

it('tells Blocks as the sentences an admin reads: the example link and who waits on whom', () => {
  expect(directionSentences('en', blocks)).toEqual({
    example: 'Example: “DATA-3 blocks CRM-1” (CRM-1 is blocked by DATA-3)',
    objectWaits: 'CRM-1 waits on DATA-3',
    subjectWaits: 'DATA-3 waits on CRM-1',
  });
});

it('uses the type’s own phrases and German sentences for German users', () => {
  const dependsOn = { inward: 'is depended on by', outward: 'depends on' };
  const sentences = directionSentences('de', dependsOn, 'EMA-3', 'LOY-4');
  expect(sentences.example).toBe('Beispiel: „EMA-3 depends on LOY-4“ (LOY-4 is depended on by EMA-3)');
  expect(sentences.objectWaits).toBe('LOY-4 wartet auf EMA-3');
  expect(sentences.subjectWaits).toBe('EMA-3 wartet auf LOY-4');
});

it('takes sample keys from the first two projects, and falls back when the site has fewer', () => {
  const projects = [{ id: '1', key: 'EMA', name: 'E-mail' }, { id: '2', key: 'DATA', name: 'Data' }];
  expect(sampleKeys(projects)).toEqual({ subject: 'EMA-3', object: 'DATA-1' });
  expect(sampleKeys(projects.slice(0, 1))).toEqual({ subject: 'DATA-3', object: 'CRM-1' });
});
