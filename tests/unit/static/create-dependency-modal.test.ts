/**
 * "Create dependency" as a Forge modal, seen from the page that opens it: what it hands the modal, and that only a
 * created link (read back with zod) is flagged and reloads the page — Cancel, Escape or a stray payload change nothing.
 */
const opened: Array<{ context: unknown; size: unknown; title: unknown; onClose: (payload: unknown) => void }> = [];
const flags: Array<{ title: string; appearance: string }> = [];
let openFails = false;

jest.mock('@forge/bridge', () => ({
  Modal: class {
    constructor(private readonly options: { context: unknown; size: unknown; title: unknown; onClose: (payload: unknown) => void }) {}
    open(): Promise<void> {
      if (openFails) return Promise.reject(new Error('host refused'));
      opened.push(this.options);
      return Promise.resolve();
    }
  },
  showFlag: (flag: { title: string; appearance: string }) => flags.push(flag),
}));

import { isCreateDependencyModal, openCreateDependency } from '../../../static/main/src/surfaces/programme/create-dependency-modal';

beforeEach(() => {
  opened.length = 0;
  flags.length = 0;
  openFails = false;
});

it('opens a medium modal titled in the user’s language, handing it the starting key and the page’s project', async () => {
  await openCreateDependency('de', { initialBlocked: 'COM-2', projectKey: 'EMA' }, () => undefined);
  expect(opened).toHaveLength(1);
  expect(opened[0]?.context).toEqual({ kind: 'create-dependency', initialBlocked: 'COM-2', projectKey: 'EMA' });
  expect(opened[0]?.size).toBe('medium');
  expect(opened[0]?.title).toBe('Abhängigkeit anlegen');
  expect(isCreateDependencyModal(opened[0]?.context)).toBe(true);
});

it('flags the created link and reloads the page once, when the modal closes with what it created', async () => {
  const reload = jest.fn();
  await openCreateDependency('en', { initialBlocked: '' }, reload);
  expect(opened[0]?.context).toEqual({ kind: 'create-dependency', initialBlocked: '' });
  opened[0]?.onClose({ created: true, blocker: 'LOY-3', blocked: 'PRT-3' });
  expect(flags).toEqual([expect.objectContaining({ title: 'LOY-3 now blocks PRT-3.', appearance: 'success' })]);
  expect(reload).toHaveBeenCalledTimes(1);
});

it.each([
  ['Cancel or Escape (no payload)', undefined],
  ['a payload that says nothing was created', { created: false, blocker: 'LOY-3', blocked: 'PRT-3' }],
  ['a payload of another shape', { removed: true, blocker: 'LOY-3', blocked: 'PRT-3' }],
])('changes nothing after %s', async (_name, payload) => {
  const reload = jest.fn();
  await openCreateDependency('en', { initialBlocked: '' }, reload);
  opened[0]?.onClose(payload);
  expect(flags).toEqual([]);
  expect(reload).not.toHaveBeenCalled();
});

it('says so in an error flag when the host cannot open the modal', async () => {
  openFails = true;
  const reload = jest.fn();
  await openCreateDependency('en', { initialBlocked: '' }, reload);
  expect(flags).toEqual([expect.objectContaining({ title: 'The “Create dependency” dialog could not be opened.', description: 'host refused', appearance: 'error' })]);
  expect(reload).not.toHaveBeenCalled();
});

it('is not mistaken for another modal of the page', () => {
  expect(isCreateDependencyModal({ kind: 'remove-link', link: { linkId: '1', type: 'Blocks', blocker: 'A-1', blocked: 'B-1' } })).toBe(false);
  expect(isCreateDependencyModal({ kind: 'create-dependency' })).toBe(false);
});
