import { forgeAppStore } from '../platform/app-store';
import { forgeAppStoreBatch } from '../platform/app-store-batch';
import { jiraSiteUrl } from '../platform/jira-server-info';
import { displayNames } from '../platform/jira-users';
import { renderProgramme } from '../services/publishing/render-programme';
import { storedRoundTable } from '../services/publishing/round-table-pages';
import { forgeRoundTableReads } from '../services/publishing/round-table-reads';
import { publishTriggers } from './publish-triggers';

/** The publication job and the weekly schedule, rendering the programme as the app (manifest: publish-run, publish-schedule). */
export const { publishConsumer, onPublishSchedule } = publishTriggers(
  renderProgramme({ store: forgeAppStore, batch: forgeAppStoreBatch }, { displayNames: (accountIds) => displayNames('app', accountIds), siteUrl: jiraSiteUrl }, () => new Date(), storedRoundTable(forgeRoundTableReads)),
);
