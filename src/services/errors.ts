import type { AppError } from '../contract/errors';

/** A failure a service expects and the UI can explain; anything else is a bug and is rethrown. */
export class AppFailure extends Error {
  constructor(readonly appError: AppError) {
    super(`${appError.code}${appError.field ? ` at ${appError.field}` : ''}`);
    this.name = 'AppFailure';
  }
}
