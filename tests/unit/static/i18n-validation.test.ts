import { z } from 'zod';
import { validationIssueParams } from '../../../src/domain/validation-issue';
import { errorMessage } from '../../../static/main/src/i18n/messages';
import { validationText } from '../../../static/main/src/i18n/validation';

const issueOf = (schema: z.ZodType, value: unknown) => {
  const parsed = schema.safeParse(value);
  if (parsed.success) throw new Error('expected a validation issue');
  return validationIssueParams(parsed.error.issues[0]);
};

describe('a zod issue travels as data', () => {
  it('keeps the code and the bound', () => {
    expect(issueOf(z.string().max(40), 'x'.repeat(41))).toMatchObject({ issue: 'too_big', origin: 'string', maximum: 40 });
    expect(issueOf(z.array(z.string()).min(2), ['a'])).toMatchObject({ issue: 'too_small', origin: 'array', minimum: 2 });
    expect(issueOf(z.enum(['NEED', 'BUY', 'USE']), 'SELL')).toMatchObject({ issue: 'invalid_value', values: 'NEED, BUY, USE' });
  });
});

describe('its words in the user’s language', () => {
  it.each([
    [z.string().min(1, 'must not be empty'), '', 'must not be empty', 'darf nicht leer sein'],
    [z.string().min(1), '', 'must not be empty', 'darf nicht leer sein'],
    [z.string().max(1), 'ab', 'must be at most 1 character long', 'darf höchstens 1 Zeichen lang sein'],
    [z.string().max(2000), 'x'.repeat(2001), 'must be at most 2,000 characters long', 'darf höchstens 2.000 Zeichen lang sein'],
    [z.array(z.string()).min(1), [], 'must list at least 1 entry', 'muss mindestens 1 Eintrag enthalten'],
    [z.number().int().max(365), 400, 'must be at most 365', 'darf höchstens 365 sein'],
    [z.enum(['NEED', 'BUY']), 'X', 'must be one of: NEED, BUY', 'muss einer dieser Werte sein: NEED, BUY'],
    [z.string().regex(/^[A-Z]+-\d+$/, 'expected an issue key such as CRM-12'), 'x', 'must be an issue key such as CRM-12', 'muss ein Vorgangsschlüssel wie CRM-12 sein'],
    [z.string().regex(/^n-/, 'expected a node id such as n-3f9a2c'), 'x', 'must be an id such as n-3f9a2c', 'muss eine ID wie n-3f9a2c sein'],
    [z.string().regex(/^a$/, 'expected lowercase letters, digits and dashes (at most 40)'), 'X', 'may contain only lowercase letters, digits and dashes (at most 40)', 'darf nur Kleinbuchstaben, Ziffern und Bindestriche enthalten (höchstens 40)'],
    [z.string(), 3, 'is missing or of the wrong kind', 'fehlt oder hat die falsche Art'],
    [z.string().refine(() => false, 'a rule the UI has no words for'), 'x', 'is not valid', 'ist ungültig'],
  ])('%#: %p', (schema, value, english, german) => {
    const params = issueOf(schema as z.ZodType, value);
    expect(validationText('en', params)).toBe(english);
    expect(validationText('de', params)).toBe(german);
  });

  it('gives the CSV import a German sentence without English in it', () => {
    const params = issueOf(z.object({ title: z.string().min(1, 'must not be empty') }), { title: '' });
    expect(errorMessage('de', { code: 'CSV_VALUE_INVALID', field: 'title', params })).toBe('Der Wert darf nicht leer sein.');
    expect(errorMessage('en', { code: 'CSV_VALUE_INVALID', field: 'title', params })).toBe('The value must not be empty.');
    expect(errorMessage('de', { code: 'INVALID_PAYLOAD', field: 'title', params })).toBe('Die Anfrage wurde abgelehnt: title darf nicht leer sein.');
  });
});
