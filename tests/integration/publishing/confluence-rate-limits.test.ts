/** The local Confluence holds the app to Confluence's rate limits: a per-second burst per endpoint and an hourly points quota. */
import { createConfluenceRateLimits } from '../../../local/confluence/rate-limits';
import { createInstruments } from '../../../local/instruments';

const at = (iso: string) => () => new Date(iso);
const ok = (body: unknown) => new Response(JSON.stringify(body), { status: 200 });

it('refuses the 51st update of pages within one second with a burst 429, and lets it through a second later', () => {
  let clock = new Date('2026-11-02T09:00:00.000Z');
  const limits = createConfluenceRateLimits({ now: () => clock });
  for (let i = 0; i < 50; i++) expect(limits.admit('PUT', `/wiki/api/v2/pages/${100 + i}`)).toBeUndefined();
  const refused = limits.admit('PUT', '/wiki/api/v2/pages/999');
  expect(refused?.status).toBe(429);
  expect(refused?.headers.get('RateLimit-Reason')).toBe('confluence-burst-based');
  expect(Number(refused?.headers.get('Retry-After'))).toBeGreaterThanOrEqual(1);
  // another endpoint has its own bucket
  expect(limits.admit('GET', '/wiki/api/v2/pages/999')).toBeUndefined();
  clock = new Date('2026-11-02T09:00:01.000Z');
  expect(limits.admit('PUT', '/wiki/api/v2/pages/999')).toBeUndefined();
});

it('charges a read one point plus one per result, and refuses everything once the hour\'s points are spent', async () => {
  const limits = createConfluenceRateLimits({ now: at('2026-11-02T09:30:00.000Z'), settings: { pointsPerHour: 10 } });
  expect(limits.admit('GET', '/wiki/api/v2/pages')).toBeUndefined();
  await limits.charge('GET', '/wiki/api/v2/pages', ok({ results: [{}, {}, {}, {}], _links: {} }));
  expect(limits.usage().points['GET /wiki/api/v2/pages']).toBe(5);
  expect(limits.admit('POST', '/wiki/api/v2/pages')).toBeUndefined();
  for (let i = 0; i < 4; i++) limits.admit('GET', `/wiki/api/v2/pages/${i + 1}`);
  const refused = limits.admit('GET', '/wiki/api/v2/spaces');
  expect(refused?.status).toBe(429);
  expect(refused?.headers.get('RateLimit-Reason')).toBe('confluence-quota-global-based');
  expect(Number(refused?.headers.get('Retry-After'))).toBe(30 * 60);
  expect(await refused?.json()).toEqual({ errors: [{ status: 429, code: 'TOO_MANY_REQUESTS', title: 'Rate limit exceeded.', detail: null }] });
});

it('a relaxed limit still counts but no longer refuses, and says why it was relaxed', () => {
  const limits = createConfluenceRateLimits({ now: at('2026-11-02T09:00:00.000Z'), settings: { pointsPerHour: 1 } });
  limits.relax('quota', 'seeds a big space before the test starts');
  limits.admit('GET', '/wiki/api/v2/spaces');
  expect(limits.admit('GET', '/wiki/api/v2/spaces')).toBeUndefined();
  expect(limits.usage()).toMatchObject({ used: 2, relaxed: { quota: 'seeds a big space before the test starts' } });
  expect(() => limits.relax('burst', ' ')).toThrow(/reason/);
});

it('the instruments apply them to the app\'s Confluence calls', async () => {
  const instruments = createInstruments({ now: at('2026-11-02T09:00:00.000Z') });
  const confluence = instruments.wrap('confluence', async () => ok({ results: [{}, {}], _links: {} }));
  const answer = await confluence(new Request('https://site.example/wiki/api/v2/spaces?keys=PROG'), { kind: 'app' });
  expect(answer.status).toBe(200);
  expect(instruments.confluenceLimits.usage().points).toEqual({ 'GET /wiki/api/v2/spaces': 3 });
});
