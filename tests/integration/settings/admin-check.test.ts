/** The admin page asks once whether the viewer may administer Jira; the server answers from Jira, as the viewer. */
import { resolve } from 'node:path';
import { buildDemoSite, DEMO_ACCOUNTS } from '../../../local/demo';
import { emptyKvsState } from '../../../local/kvs';
import { createLocalSite, type LocalSite } from '../../../local/site/create-local-site';

let site: LocalSite;
beforeAll(async () => {
  site = await createLocalSite({ appDir: resolve(__dirname, '../../..'), site: buildDemoSite(), kvsState: emptyKvsState() });
});
afterAll(() => site.close());

async function check(accountId: string) {
  const result = await site.host.invokeResolver({ functionKey: 'admin-resolver', resolverKey: 'admin/check', payload: {}, accountId, context: { moduleKey: 'programme-settings' } });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

it('says yes to a Jira admin', async () => {
  expect(await check(DEMO_ACCOUNTS.admin)).toEqual({ ok: true, data: { admin: true } });
});

it('refuses the programme manager, who is not a Jira admin', async () => {
  expect(await check(DEMO_ACCOUNTS.programmeManager)).toEqual({ ok: false, error: { code: 'ADMIN_REQUIRED', params: { permission: 'ADMINISTER' } } });
});
