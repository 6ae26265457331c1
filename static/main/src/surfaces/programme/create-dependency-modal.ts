import { Modal } from '@forge/bridge';
import { z } from 'zod';
import { projectKeyField } from '../../../../../src/contract/bounds';
import type { Language } from '../../i18n/messages';
import { createDependencyText } from './create-dependency-messages';
import { pt } from './messages';
import { flagResult } from '../../host-flags';

/** An issue key as the form may start with; the frame checks it again with the contract's schema before creating. */
const StartingKey = z.string().max(255);

/** What the page hands the modal (`extension.modal`): small things only; the frame loads the programme itself. */
export const CreateDependencyContext = z.object({
  kind: z.literal('create-dependency'),
  /** The waiting issue to start with (the focused epic), or '' */
  initialBlocked: StartingKey,
  /** On a project page, the project whose programme view the preview judges with (as the page does). */
  projectKey: projectKeyField.optional(),
});
export type CreateDependencyContext = z.infer<typeof CreateDependencyContext>;

/** What the modal closes with: the link was created (anything else, e.g. Cancel or Escape, changed nothing). */
export const CreateDependencyOutcome = z.object({ created: z.literal(true), blocker: z.string().max(255), blocked: z.string().max(255) });
export type CreateDependencyOutcome = z.infer<typeof CreateDependencyOutcome>;

export const isCreateDependencyModal = (modal: unknown) => CreateDependencyContext.safeParse(modal).success;

/**
 * Opens "Create dependency" in a Forge modal, which the host draws over the whole page (in view however far the
 * page is scrolled); when the modal says it created the link, flags it and calls `onCreated` (the page reloads).
 */
export async function openCreateDependency(language: Language, start: { initialBlocked: string; projectKey?: string | undefined }, onCreated: () => void): Promise<void> {
  const context: CreateDependencyContext = { kind: 'create-dependency', initialBlocked: start.initialBlocked, ...(start.projectKey ? { projectKey: start.projectKey } : {}) };
  const modal = new Modal({
    context,
    size: 'medium',
    title: pt(language, 'create.title'),
    onClose: (payload: unknown) => {
      const outcome = CreateDependencyOutcome.safeParse(payload);
      if (!outcome.success) return;
      flagResult({ title: pt(language, 'create.done', { blocker: outcome.data.blocker, blocked: outcome.data.blocked }), appearance: 'success' });
      onCreated();
    },
  });
  try {
    await modal.open();
  } catch (error) {
    flagResult({ title: createDependencyText(language, 'createModal.failed'), description: error instanceof Error ? error.message : undefined, appearance: 'error' });
  }
}
