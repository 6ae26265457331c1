/** The handlers manifest.yml names, and nothing else. */
export { handler } from './resolvers';
export { adminHandler } from './resolvers/admin-resolver';
export { snapshotConsumer, onJiraEvent, onSchedule } from './triggers/snapshot-triggers';
export { publishConsumer, onPublishSchedule } from './triggers/publication';
