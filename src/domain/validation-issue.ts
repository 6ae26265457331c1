import type { z } from 'zod';

/**
 * A zod issue as data the UI words in the user's language: `issue` is zod's code (too_small, too_big, invalid_type,
 * invalid_format, invalid_value, unrecognized_keys, custom…), with the bound or the allowed values it names.
 * `message` keeps zod's English words for logs and for a custom rule the UI has no words of its own for.
 */
export type ValidationIssueParams = Record<string, string | number>;

const MAX_VALUES = 10;

export function validationIssueParams(issue: z.core.$ZodIssue | undefined): ValidationIssueParams {
  if (!issue) return { issue: 'custom', message: 'invalid' };
  const params: ValidationIssueParams = { issue: issue.code, message: issue.message };
  switch (issue.code) {
    case 'too_small':
      params.origin = issue.origin;
      params.minimum = Number(issue.minimum);
      break;
    case 'too_big':
      params.origin = issue.origin;
      params.maximum = Number(issue.maximum);
      break;
    case 'invalid_type':
      params.expected = issue.expected;
      break;
    case 'invalid_format':
      params.format = issue.format;
      break;
    case 'invalid_value':
      // The allowed values are program words (enum members), the same in every language.
      params.values = issue.values.slice(0, MAX_VALUES).map(String).join(', ');
      break;
    default:
      break;
  }
  return params;
}
