import { z } from 'zod';
import type { ProgrammeSettings } from '../../contract/programme';
import type { ProgrammeSource } from './source';
import { simpleProjectKeys } from './stream-membership';

/**
 * Which issues a Jira event can concern, kept with the snapshot: the projects of the streams and of their issues,
 * and the issues outside every stream that programme links reach. On a busy site most events are about other
 * projects; answering them from this costs one storage read instead of a recorded change and a patch.
 */
export const ProgrammeScopeSchema = z.object({
  projects: z.array(z.string()),
  outsideKeys: z.array(z.string()),
  /** A stream filtered by anything but projects: any issue may belong to it, so every event counts. */
  everyProject: z.boolean(),
});
export type ProgrammeScope = z.infer<typeof ProgrammeScopeSchema>;

export const projectOf = (key: string) => key.slice(0, key.lastIndexOf('-'));

export function scopeOf(settings: ProgrammeSettings, source: ProgrammeSource): ProgrammeScope {
  const projects = new Set<string>();
  let everyProject = false;
  for (const stream of settings.streams) {
    const keys = simpleProjectKeys(stream.jql);
    if (keys) keys.forEach((key) => projects.add(key));
    else everyProject = true;
  }
  const outsideKeys: string[] = [];
  for (const issue of source.issues) {
    if (issue.streamId === null) outsideKeys.push(issue.key);
    else projects.add(projectOf(issue.key));
  }
  return { projects: [...projects].sort(), outsideKeys: outsideKeys.sort(), everyProject };
}
