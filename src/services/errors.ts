import { boundedAppError, type AppError } from '../contract/errors';

/**
 * A failure a service expects and the UI can explain; anything else is a bug and is rethrown. Its error is held to the
 * contract's bounds (a Jira message of any length reaches the UI cut to a readable one).
 */
export class AppFailure extends Error {
  readonly appError: AppError;
  constructor(appError: AppError) {
    super(`${appError.code}${appError.field ? ` at ${appError.field}` : ''}`);
    this.name = 'AppFailure';
    this.appError = boundedAppError(appError);
  }
}
