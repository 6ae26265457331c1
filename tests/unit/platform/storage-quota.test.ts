/** Forge's storage quota answers 429; the user gets the coded RATE_LIMITED with a wait, never a raw failure. */
import { ForgeKvsAPIError } from '@forge/kvs';
import { asStorageFailure } from '../../../src/platform/app-store';
import { PlatformError } from '../../../src/platform/platform-error';
import { AppFailure } from '../../../src/services/errors';
import { asAppFailure } from '../../../src/services/platform-failures';

const refusal = (status: number, code: string) => new ForgeKvsAPIError({ status, statusText: 'x' }, { code, message: `storage said ${code}` });

it('turns the storage quota refusal into RATE_LIMITED with the seconds to wait', () => {
  const failure = asAppFailure(asStorageFailure(refusal(429, 'RATE_LIMIT_EXCEEDED')), {});
  expect(failure).toBeInstanceOf(AppFailure);
  expect((failure as AppFailure).appError).toMatchObject({ code: 'RATE_LIMITED', params: { product: 'storage', retryAfterSeconds: 60 } });
});

it('leaves every other storage error as it was', () => {
  const other = refusal(400, 'INVALID_KEY');
  expect(asStorageFailure(other)).toBe(other);
  expect(asStorageFailure(new Error('boom'))).not.toBeInstanceOf(PlatformError);
});
