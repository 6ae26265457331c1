/**
 * Jira's error envelope `{"errorMessages":[…],"errors":{…}}`. Route code throws JiraError; the emulator's
 * error handler renders it, so no route formats an error body itself.
 */
export type JiraErrorStatus = 400 | 401 | 403 | 404 | 410 | 413 | 415 | 422 | 500;

export class JiraError extends Error {
  constructor(
    readonly status: JiraErrorStatus,
    readonly errorMessages: string[],
    readonly errors: Record<string, string> = {},
  ) {
    super(errorMessages[0] ?? Object.values(errors)[0] ?? `Jira error ${status}`);
    this.name = 'JiraError';
  }

  body(): { errorMessages: string[]; errors: Record<string, string> } {
    return { errorMessages: this.errorMessages, errors: this.errors };
  }
}

export const ISSUE_NOT_FOUND = 'Issue does not exist or you do not have permission to see it.';

export const badRequest = (...messages: string[]) => new JiraError(400, messages);
export const fieldErrors = (errors: Record<string, string>) => new JiraError(400, [], errors);
export const issueNotFound = () => new JiraError(404, [ISSUE_NOT_FOUND]);
export const notFound = (message: string) => new JiraError(404, [message]);
export const forbidden = (message: string) => new JiraError(403, [message]);
export const unauthorized = () => new JiraError(401, ['You are not authenticated. Authentication required to perform this operation.']);
export const invalidPayload = () => badRequest('Invalid request payload. Refer to the REST API documentation and try again.');
