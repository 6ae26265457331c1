import type { FollowUpFacts } from '../../confluence/round-table-model';
import { StatusCategorySchema } from '../../domain/programme';
import { forgeAppEntities } from '../../platform/app-entities';
import { bulkFetchIssues } from '../../platform/jira-search';
import { entitySubmissionPort } from '../round-table/meeting-forge-ports';
import type { RoundTableReads } from './round-table-pages';

/** The fields a follow-up's line needs; issuetype and project because the shared issue schema requires them. */
const FOLLOW_UP_FIELDS = ['summary', 'status', 'issuetype', 'project'];

/**
 * As the app, like the rest of the publication: the pages go to a space whose readers Confluence decides, so they show
 * every follow-up's status (one bulk fetch per 100 keys) — the decision log's "done" must not depend on who published.
 */
export const forgeRoundTableReads: RoundTableReads = {
  submissions: (ids) => entitySubmissionPort(forgeAppEntities).byIds(ids),
  async followUps(keys) {
    const issues = await bulkFetchIssues('app', [...keys], FOLLOW_UP_FIELDS);
    return new Map(
      issues.map((issue): [string, FollowUpFacts] => {
        const category = StatusCategorySchema.safeParse(issue.fields.status.statusCategory.key);
        return [issue.key, { key: issue.key, summary: issue.fields.summary, status: issue.fields.status.name, statusCategory: category.success ? category.data : 'new' }];
      }),
    );
  },
};
