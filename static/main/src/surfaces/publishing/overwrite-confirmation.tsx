import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import { useEffect, useRef, useState } from 'react';
import type { AppError } from '../../../../../src/contract/errors';
import type { PageOutcome } from '../../../../../src/contract/publishing';
import { errorMessage, type Language } from '../../i18n/messages';
import { publishingText as pt } from './publishing-messages';

/**
 * Asks before the app overwrites a page a person edited in Confluence: the publisher never does that on its own, so
 * the programme manager decides page by page, knowing the edit stays in the page's history. Shown in the report's
 * row, where the question was asked (a modal would open out of view in a frame that grows with its content).
 */
export function OverwriteConfirmation({ language, page, onCancel, publish }: { language: Language; page: PageOutcome; onCancel: () => void; publish: (pageKeys: string[]) => Promise<AppError | null> }) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<AppError | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const confirm = async () => {
    setBusy(true);
    const refusal = await publish([page.pageKey]);
    setBusy(false);
    if (refusal) setProblem(refusal);
  };
  return (
    <div role="alertdialog" aria-labelledby={`overwrite-${page.pageKey}`} data-testid="overwrite-confirmation" style={{ marginTop: 8, padding: 8, border: '1px solid var(--ds-border-warning, #e2b203)', borderRadius: 4 }}>
      <h4 id={`overwrite-${page.pageKey}`} ref={heading} tabIndex={-1} style={{ margin: '0 0 4px', fontSize: 13 }}>{pt(language, 'overwrite.title', { title: page.title })}</h4>
      <p style={{ margin: '0 0 8px' }}>{pt(language, 'overwrite.body')}</p>
      {problem ? (
        <SectionMessage appearance="error">
          <p role="alert" data-testid="overwrite-error">{errorMessage(language, problem)}</p>
        </SectionMessage>
      ) : null}
      <div style={{ display: 'flex', gap: 8 }}>
        <Button appearance="warning" isLoading={busy} onClick={() => void confirm()} testId="overwrite-confirm">{pt(language, 'overwrite.confirm')}</Button>
        <Button appearance="subtle" onClick={onCancel}>{pt(language, 'overwrite.cancel')}</Button>
      </div>
    </div>
  );
}
