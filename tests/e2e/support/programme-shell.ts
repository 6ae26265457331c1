import { DEMO_ACCOUNTS } from '../../../local/demo';
import type { ResolverResult } from '../../../src/contract/errors';
import { demoSettings, storeSettings } from '../../integration/snapshot/support';
import { openDemoShell, type DemoShell } from './demo-shell';

/**
 * The demo site as it is once an admin has set up the programme: the demo's streams stored and the snapshot built
 * once ("Refresh now" by the programme manager, the queued build run to the end). Needs `npm run build:ui` first.
 */
export async function openProgrammeShell(): Promise<DemoShell> {
  const shell = await openDemoShell();
  storeSettings(shell.local.kvsState, demoSettings(shell.local.site));
  const answer = await shell.local.host.invokeResolver<ResolverResult<{ queued: boolean }>>({
    functionKey: 'resolver', resolverKey: 'programme/refresh', payload: {}, accountId: DEMO_ACCOUNTS.programmeManager,
    context: { moduleKey: 'programme-page', extension: { type: 'jira:globalPage' } },
  });
  if (!answer.ok || !answer.value.ok) throw new Error(`refresh refused: ${JSON.stringify(answer)}`);
  await shell.local.host.drainQueues();
  await shell.local.host.idle();
  return shell;
}
