import { forgeAppStore } from '../platform/app-store';
import { forgeAppStoreBatch } from '../platform/app-store-batch';
import { refreshIssuesInSnapshot } from '../services/snapshot/refresh-issues';
import { bulkTagIssues } from '../services/tags/bulk-tag-issues';
import { saveIssueTags } from '../services/tags/save-issue-tags';
import { forgeTagsJira, type TagsPorts } from '../services/tags/tags-ports';
import { loadCatalogue } from '../services/use-cases/catalogue-store';
import { defineHandler } from './define';

const ports: TagsPorts = { store: forgeAppStore, jira: forgeTagsJira };
const snapshot = { store: forgeAppStore, batch: forgeAppStoreBatch };
const now = () => new Date();

/** Tagging issues (issue panel, issue navigator action) and reading the use-case catalogue; any user, as themselves. */
export const taggingHandlers = {
  // Unconfirmed writes are taken into the snapshot too: Jira accepted them, and the re-read shows what it stores.
  'tags/save': defineHandler('tags/save', async ({ issueKey, base, tags }) => {
    const saved = await saveIssueTags(ports, issueKey, base, tags);
    await refreshIssuesInSnapshot(snapshot, [saved.issueKey], now);
    return saved;
  }),
  'tags/bulk': defineHandler('tags/bulk', async ({ issueKeys, jql, add, remove }) => {
    const outcome = await bulkTagIssues(ports, issueKeys ? { issueKeys } : { jql: jql ?? '' }, { add, remove });
    await refreshIssuesInSnapshot(snapshot, outcome.results.filter((r) => r.changed && (r.outcome === 'done' || r.outcome === 'unconfirmed')).map((r) => r.issueKey), now);
    return outcome;
  }),
  'use-cases/list': defineHandler('use-cases/list', () => loadCatalogue(forgeAppStore)),
};
