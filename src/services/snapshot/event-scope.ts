import type { AppStore } from '../../platform/app-store';
import { projectOf } from './programme-scope';
import { readMeta } from './snapshot-store';

/** Whether a change to this issue can change the programme (true when in doubt, e.g. before the first build). */
export async function concernsProgramme(store: AppStore, issueKey: string): Promise<boolean> {
  const scope = (await readMeta(store)).current?.scope;
  if (!scope || scope.everyProject) return true;
  return scope.projects.includes(projectOf(issueKey)) || scope.outsideKeys.includes(issueKey);
}
