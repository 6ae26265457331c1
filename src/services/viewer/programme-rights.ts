import type { ProgrammeRights, ProgrammeSettings } from '../../contract/programme';
import { callerPermissionsAnywhere, checkOwnPermissions } from '../../platform/jira-permission-check';
import { callerGroupIds } from '../../platform/jira-users';
import { isProgrammeManager } from '../roles/programme-manager';

export interface ViewerRights {
  rights: ProgrammeRights;
  /** Keys of the programme's projects where the viewer holds Link issues. */
  linkProjects: ReadonlySet<string>;
}

type ManagerSettings = Pick<ProgrammeSettings, 'programmeManagerAccountIds' | 'programmeManagerGroupIds'>;

async function withManage(settings: ManagerSettings | null, accountId: string, administer: boolean, link: boolean, linkProjects: ReadonlySet<string>): Promise<ViewerRights> {
  // The admin answer is known already: a programme manager costs at most the group question (`/myself`).
  const manage = administer || (await isProgrammeManager(settings, accountId, { callerGroupIds, callerIsJiraAdmin: () => Promise.resolve(administer) }));
  return { rights: { link, administer, manage }, linkProjects };
}

/**
 * When Jira cannot answer (a 5xx, a 429 that outlasts the retries), the page still loads: rights only decide which
 * actions are offered, and the server checks every one again. So nothing is granted that needs Jira's word, the
 * settings still name programme managers, and `unknown` lets the page say why the actions are missing.
 */
function unknownRights(settings: ManagerSettings | null, accountId: string): ViewerRights {
  const manage = settings?.programmeManagerAccountIds.includes(accountId) ?? false;
  return { rights: { link: false, administer: false, manage, unknown: true }, linkProjects: new Set() };
}

/**
 * What the viewer may do on the programme page, in one Jira question as the user (`POST /permissions/check`:
 * Administer Jira, and Link issues over the programme's projects they can browse, by id), plus `/myself` only when
 * programme manager groups are set and the settings do not name them.
 */
export async function programmeRights(settings: ManagerSettings | null, accountId: string, browsable: ReadonlyMap<string, string>, projectKeys: Iterable<string>): Promise<ViewerRights> {
  const idsToKeys = new Map<string, string>();
  for (const key of projectKeys) {
    const id = browsable.get(key);
    if (id !== undefined) idsToKeys.set(id, key);
  }
  try {
    const grants = await checkOwnPermissions(['ADMINISTER'], 'LINK_ISSUES', [...idsToKeys.keys()]);
    const linkProjects = new Set([...grants.projects].flatMap((id) => idsToKeys.get(id) ?? []));
    return await withManage(settings, accountId, grants.global.has('ADMINISTER'), linkProjects.size > 0, linkProjects);
  } catch {
    return unknownRights(settings, accountId);
  }
}

/** Before the first snapshot there are no programme projects to ask about: Link issues anywhere, and Administer Jira. */
export async function rightsWithoutProjects(settings: ManagerSettings | null, accountId: string): Promise<ViewerRights> {
  try {
    const held = await callerPermissionsAnywhere(['LINK_ISSUES', 'ADMINISTER']);
    return await withManage(settings, accountId, held.has('ADMINISTER'), held.has('LINK_ISSUES'), new Set());
  } catch {
    return unknownRights(settings, accountId);
  }
}
