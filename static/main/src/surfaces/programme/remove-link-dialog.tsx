import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import { Modal, view } from '@forge/bridge';
import { useEffect, useRef, useState } from 'react';
import { z } from 'zod';
import type { Evidence } from '../../../../../src/domain/dependencies/types';
import { call } from '../../api';
import { errorMessage, type Language } from '../../i18n/messages';
import { pt } from './messages';
import { removeLinkText } from './remove-link-messages';
import { flagResult } from '../../host-flags';

/** What the page hands the modal (`extension.modal`); read back with zod, as anything crossing a frame. */
const RemoveLinkContext = z.object({
  kind: z.literal('remove-link'),
  link: z.object({ linkId: z.string().regex(/^\d{1,19}$/), type: z.string().max(255), blocker: z.string().max(255), blocked: z.string().max(255) }),
});
/** What the modal closes with: the link was removed (anything else, e.g. Cancel or Escape, changed nothing). */
const RemoveLinkOutcome = z.object({ removed: z.literal(true), blocker: z.string(), blocked: z.string() });

export const isRemoveLinkModal = (modal: unknown) => RemoveLinkContext.safeParse(modal).success;

/**
 * Asks in a Forge modal, drawn by the host over the whole page (so it is in view from any row), before deleting
 * one Jira link; when the modal says it removed the link, flags it and calls `onRemoved` (the page reloads).
 */
export async function openRemoveLink(language: Language, link: Evidence, onRemoved: () => void): Promise<void> {
  const context = { kind: 'remove-link', link: { linkId: link.linkId, type: link.type, blocker: link.blocker, blocked: link.blocked } };
  const modal = new Modal({
    context,
    size: 'small',
    title: pt(language, 'remove.title'),
    onClose: (payload: unknown) => {
      const outcome = RemoveLinkOutcome.safeParse(payload);
      if (!outcome.success) return;
      flagResult({ title: pt(language, 'remove.done', { blocker: outcome.data.blocker, blocked: outcome.data.blocked }), appearance: 'success' });
      onRemoved();
    },
  });
  try {
    await modal.open();
  } catch (error) {
    flagResult({ title: removeLinkText(language, 'removeModal.failed'), description: error instanceof Error ? error.message : undefined, appearance: 'error' });
  }
}

/** The modal's content: the link's two keys and type, Remove or Cancel; a refusal is put into words here. */
export function RemoveLinkConfirmation({ language, modal }: { language: Language; modal: unknown }) {
  const parsed = RemoveLinkContext.safeParse(modal);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => cancelRef.current?.focus(), []);
  const close = (payload?: unknown) => void view.close(payload);
  if (!parsed.success) {
    return (
      <main style={{ padding: 16 }}>
        <SectionMessage appearance="error"><p>{removeLinkText(language, 'removeModal.unreadable')}</p></SectionMessage>
        <Button ref={cancelRef} onClick={() => close()}>{pt(language, 'cancel')}</Button>
      </main>
    );
  }
  const { link } = parsed.data;
  const remove = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const answer = await call('dependency/remove', { linkId: link.linkId });
      if (answer.ok) return close({ removed: true, blocker: link.blocker, blocked: link.blocked });
      setProblem(errorMessage(language, answer.error));
    } catch (error) {
      setProblem(errorMessage(language, { code: 'JIRA_UNAVAILABLE', params: { status: error instanceof Error ? error.message : 'unknown' } }));
    }
    setBusy(false);
  };
  return (
    <main style={{ padding: '16px 20px' }} aria-labelledby="remove-link-title">
      <h1 id="remove-link-title" style={{ fontSize: 20, margin: '0 0 12px', color: 'var(--ds-text-danger, #ae2e24)' }}>{pt(language, 'remove.title')}</h1>
      <p>{pt(language, 'remove.body', { blocker: link.blocker, blocked: link.blocked })}</p>
      <p data-testid="remove-link-type" style={{ color: 'var(--ds-text-subtle, #44546f)' }}>{removeLinkText(language, 'removeModal.type', { type: link.type })}</p>
      {problem ? (
        <SectionMessage appearance="error" title={removeLinkText(language, 'removeModal.failed')}>
          <p data-testid="remove-error" role="alert">{problem}</p>
        </SectionMessage>
      ) : null}
      <div style={{ display: 'flex', justifyContent: 'flex-end', gap: 8, marginTop: 16 }}>
        <Button ref={cancelRef} appearance="subtle" onClick={() => close()}>{pt(language, 'cancel')}</Button>
        <Button appearance="danger" isLoading={busy} onClick={() => void remove()}>{pt(language, 'remove.confirm')}</Button>
      </div>
    </main>
  );
}
