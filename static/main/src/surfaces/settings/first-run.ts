import type { SettingsView } from '../../../../../src/contract/programme';
import { STREAM_PALETTE, withDerivedIds, type StreamDraft } from './stream-draft';

type Project = SettingsView['projects'][number];

/** The first-run offer applies only before any admin saved, and while the page has no streams. */
export function offersFirstRun(view: Pick<SettingsView, 'stored'>, streamCount: number): boolean {
  return !view.stored && streamCount === 0;
}

/**
 * "One stream per project": each chosen project, in Jira's order, becomes a new stream `project = KEY` named
 * after the project, with palette colours in turn so neighbours differ.
 */
export function streamsFromProjects(projects: readonly Project[], chosenKeys: ReadonlySet<string>): StreamDraft[] {
  const chosen = projects.filter((p) => chosenKeys.has(p.key));
  return withDerivedIds(
    chosen.map((project, index) => ({
      key: `project-${project.key}`,
      id: '',
      isNew: true,
      name: project.name,
      jql: `project = ${project.key}`,
      ownerAccountId: '',
      colour: STREAM_PALETTE[index % STREAM_PALETTE.length] ?? STREAM_PALETTE[0],
    })),
  );
}
