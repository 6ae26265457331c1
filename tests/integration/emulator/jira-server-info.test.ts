/** `GET /rest/api/3/serverInfo`: the site's base URL, which a queue job needs for links to issues. */
import { APP, BEA, createTestJira } from './fixtures';

describe('GET /rest/api/3/serverInfo', () => {
  it("answers the app and any user with the site's base URL", async () => {
    const { call } = createTestJira();
    for (const actor of [APP, BEA]) {
      const answer = await call('GET', '/rest/api/3/serverInfo', { actor });
      expect(answer.status).toBe(200);
      expect(answer.json).toMatchObject({ deploymentType: 'Cloud' });
      expect(answer.json.baseUrl).toMatch(/^https?:\/\/[^/]+$/);
    }
  });
});
