import { forgeAppStore } from '../platform/app-store';
import { bulkTagIssues } from '../services/tags/bulk-tag-issues';
import { saveIssueTags } from '../services/tags/save-issue-tags';
import { forgeTagsJira, type TagsPorts } from '../services/tags/tags-ports';
import { loadCatalogue } from '../services/use-cases/catalogue-store';
import { defineHandler } from './define';

const ports: TagsPorts = { store: forgeAppStore, jira: forgeTagsJira };

/** Tagging issues (issue panel, issue navigator action) and reading the use-case catalogue; any user, as themselves. */
export const taggingHandlers = {
  'tags/save': defineHandler('tags/save', ({ issueKey, base, tags }) => saveIssueTags(ports, issueKey, base, tags)),
  'tags/bulk': defineHandler('tags/bulk', ({ issueKeys, jql, add, remove }) =>
    bulkTagIssues(ports, issueKeys ? { issueKeys } : { jql: jql ?? '' }, { add, remove }),
  ),
  'use-cases/list': defineHandler('use-cases/list', () => loadCatalogue(forgeAppStore)),
};
