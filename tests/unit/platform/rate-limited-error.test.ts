/** A 429 the client did not wait out reaches the user as RATE_LIMITED, in their language, with when to try again. */
import { PlatformError } from '../../../src/platform/platform-error';
import { AppFailure } from '../../../src/services/errors';
import { asAppFailure } from '../../../src/services/platform-failures';
import { errorMessage } from '../../../static/main/src/i18n/messages';

it('maps a rate-limited PlatformError to RATE_LIMITED with retryAfterSeconds and Jira’s reason', () => {
  const failure = asAppFailure(new PlatformError('rate-limited', 429, 'Rate limit exceeded.', 'jira', { retryAfterSeconds: 30, reason: 'jira-quota-global-based' }), { issueKey: 'EMA-3' });
  expect(failure).toBeInstanceOf(AppFailure);
  expect((failure as AppFailure).appError).toEqual({
    code: 'RATE_LIMITED',
    params: { issueKey: 'EMA-3', product: 'jira', detail: 'Rate limit exceeded.', status: 429, retryAfterSeconds: 30, reason: 'jira-quota-global-based' },
  });
});

it('says a minute when Jira named no wait, and leaves the reason out when it named none', () => {
  const failure = asAppFailure(new PlatformError('rate-limited', 429, '', 'jira'), {}) as AppFailure;
  expect(failure.appError.params).toMatchObject({ retryAfterSeconds: 60 });
  expect(failure.appError.params).not.toHaveProperty('reason');
});

it('words it in English and German', () => {
  const error = { code: 'RATE_LIMITED' as const, params: { retryAfterSeconds: 30 } };
  expect(errorMessage('en', error)).toBe('Jira is busy: try again in 30 s.');
  expect(errorMessage('de', error)).toBe('Jira ist ausgelastet: Bitte in 30 s erneut versuchen.');
});
