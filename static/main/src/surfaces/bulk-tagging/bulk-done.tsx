import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import { useState } from 'react';
import type { AppError } from '../../../../../src/contract/errors';
import type { TagsBulkResult } from '../../../../../src/contract/journey';
import type { ResolverPayload } from '../../../../../src/contract/resolver-keys';
import { errorMessage, type Language } from '../../i18n/messages';
import { jt } from '../journey/journey-messages';
import { counted } from './bulk-counted';
import { mergeRetry, retryKeys } from './bulk-outcomes';
import { BulkResults } from './bulk-results';
import { bw } from './bulk-words';
import { sendBulk } from './send-bulk';

type Retry = { state: 'idle' } | { state: 'running' } | { state: 'done' } | { state: 'failed'; error: AppError };

export interface BulkDoneProps {
  /** What was applied: "Try again" sends the same change for the failed issues only. */
  payload: ResolverPayload<'tags/bulk'>;
  result: TagsBulkResult;
  summaries: Map<string, string>;
  language: Language;
  onClose: () => void;
  onTagAgain: () => void;
}

/** The results per issue, and "Try again" for the issues that failed for a reason that may pass (429, a race, …). */
export function BulkDone({ payload, result: first, summaries, language, onClose, onTagAgain }: BulkDoneProps) {
  const [result, setResult] = useState(first);
  const [retry, setRetry] = useState<Retry>({ state: 'idle' });
  const failed = retryKeys(result);
  const running = retry.state === 'running';

  const tryAgain = async () => {
    setRetry({ state: 'running' });
    const answer = await sendBulk({ ...payload, issueKeys: failed });
    if (!answer.ok) return setRetry({ state: 'failed', error: answer.error });
    setResult((before) => mergeRetry(before, answer.data));
    setRetry({ state: 'done' });
  };

  return (
    <div>
      <BulkResults result={result} summaries={summaries} language={language} />
      {retry.state === 'failed' ? (
        <div role="alert" data-testid="bulk-retry-error">
          <SectionMessage appearance="error">
            <p>
              {bw(language, 'retry.failed')} <span data-testid="error-message">{errorMessage(language, retry.error)}</span>
            </p>
          </SectionMessage>
        </div>
      ) : null}
      <p role="status" data-testid="bulk-retry-status" style={{ minHeight: '1em', margin: '8px 0 0' }}>
        {running ? bw(language, 'retry.running') : retry.state === 'done' ? bw(language, 'retry.done') : ''}
      </p>
      <div style={{ display: 'flex', gap: 8, marginTop: 8 }}>
        {failed.length > 0 ? (
          <Button appearance="primary" onClick={() => void tryAgain()} isLoading={running}>
            {counted(language, 'retry', failed.length)}
          </Button>
        ) : null}
        <Button appearance={failed.length > 0 ? 'default' : 'primary'} onClick={onClose} isDisabled={running}>{jt(language, 'bulk.close')}</Button>
        <Button onClick={onTagAgain} isDisabled={running}>{jt(language, 'bulk.again')}</Button>
      </div>
    </div>
  );
}
