import SectionMessage, { SectionMessageAction } from '@atlaskit/section-message';
import Spinner from '@atlaskit/spinner';
import type { AppError } from '../../../src/contract/errors';
import { errorMessage, translate, type Language } from './i18n/messages';

/** Loading, error and empty states every surface shares. */
export function Loading({ language }: { language: Language }) {
  return (
    <div role="status" aria-live="polite" style={{ display: 'flex', gap: 8, alignItems: 'center', padding: 8 }}>
      <Spinner size="small" /> <span>{translate(language, 'loading')}</span>
    </div>
  );
}

export function ErrorState({ language, error, onRetry }: { language: Language; error: AppError; onRetry?: () => void }) {
  return (
    <SectionMessage appearance="error" actions={onRetry ? [<SectionMessageAction key="retry" onClick={onRetry}>{translate(language, 'retry')}</SectionMessageAction>] : []}>
      <p data-testid="error-message">{errorMessage(language, error)}</p>
    </SectionMessage>
  );
}

export function EmptyState({ children }: { children: React.ReactNode }) {
  return <p style={{ color: 'var(--ds-text-subtle, #44546f)', margin: '8px 0' }}>{children}</p>;
}
