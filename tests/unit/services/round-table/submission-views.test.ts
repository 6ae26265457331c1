/** The status line of a submission: meeting date, section label, merge target, decisions — and what stays private. */
import { demoSeries, demoSubmissions } from '../../../../local/demo/round-table';
import type { AppEntities } from '../../../../src/platform/app-entities';
import { fromEntity, toEntity } from '../../../../src/services/round-table/submission-store';
import { mayRead, meetingDateOf, submissionViews } from '../../../../src/services/round-table/submission-views';
import type { Submission } from '../../../../src/domain/round-table/submission';

const byId = (id: string): Submission => {
  const found = demoSubmissions().find((submission) => submission.id === id);
  if (!found) throw new Error(`no demo submission ${id}`);
  return found;
};

/** Entities holding the given submissions as stored; anything but `get` is not expected here. */
function entitiesOf(submissions: Submission[]): AppEntities {
  const stored = new Map(submissions.map((submission) => [submission.id, toEntity(submission)]));
  const unexpected = () => Promise.reject(new Error('not expected'));
  return { get: (_entity, key) => Promise.resolve(stored.get(key)), create: unexpected, replaceWhen: unexpected, delete: unexpected, query: unexpected };
}

describe('stored form', () => {
  it('leaves null fields out (no index partition for them) and reads them back as null', () => {
    const received = byId('s-demo01');
    const stored = toEntity(received);
    expect(Object.keys(stored)).not.toEqual(expect.arrayContaining(['meetingId', 'sectionId', 'mergedInto', 'declineReason']));
    expect(fromEntity(received.id, stored)).toEqual(received);
  });

  it('names the record and field of a damaged one', () => {
    expect(() => fromEntity('s-broken1', { ...toEntity(byId('s-demo01')), status: 'lost' })).toThrow(expect.objectContaining({ appError: expect.objectContaining({ code: 'STORED_DATA_INVALID', field: 'submission.s-broken1.status' }) }));
  });
});

describe('status lines', () => {
  it('reads the meeting date from the meeting id', () => {
    expect(meetingDateOf('m-20261126')).toBe('2026-11-26');
    expect(meetingDateOf(null)).toBeNull();
  });

  it('keeps declined submissions between their submitter and the programme managers', () => {
    const declined = byId('s-demo05');
    expect(mayRead({ accountId: declined.submittedBy, isManager: false, language: 'en' }, declined)).toBe(true);
    expect(mayRead({ accountId: 'someone-else', isManager: true, language: 'en' }, declined)).toBe(true);
    expect(mayRead({ accountId: 'someone-else', isManager: false, language: 'en' }, declined)).toBe(false);
  });

  it('gives the section label in the viewer\'s language, the merge target\'s title, and the answering decisions', async () => {
    const target = byId('s-demo01');
    const merged = byId('s-demo06');
    const scheduled = byId('s-demo02');
    const answered = { ...scheduled, decisionIds: ['d-20261126abc123'] };
    const decision = { id: 'd-20261126abc123', text: 'Offer rebooking in the app', state: 'open' as const, followUpKey: 'LOY-9' };
    const asked: string[][] = [];
    const views = await submissionViews(entitiesOf([target]), demoSeries(), { accountId: merged.submittedBy, isManager: false, language: 'en' }, [merged, answered], (ids) => {
      asked.push([...ids]);
      return Promise.resolve([decision]);
    });
    expect(views[0]).toMatchObject({ mergedIntoTitle: target.title, sectionLabel: null, decisions: [] });
    expect(views[1]).toMatchObject({ meetingDate: meetingDateOf(scheduled.meetingId), sectionLabel: demoSeries().sections.find((s) => s.id === 'customer-needs')?.labels.en, decisions: [decision] });
    expect(asked).toEqual([['d-20261126abc123']]);
  });

  it('withholds the title of a declined merge target from someone else', async () => {
    const target = { ...byId('s-demo01'), status: 'declined' as const, declineReason: 'No.' };
    const merged = byId('s-demo06');
    const [view] = await submissionViews(entitiesOf([target]), demoSeries(), { accountId: merged.submittedBy, isManager: false, language: 'de' }, [merged], () => Promise.resolve([]));
    expect(view).toMatchObject({ mergedInto: target.id, mergedIntoTitle: null });
  });
});
