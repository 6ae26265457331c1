/** Public surface of the emulated Jira Cloud REST v3 of the local Forge host. */
export { createJiraEmulator } from './emulator';
export type { JiraEmulator } from './emulator';
export type { JiraEmulatorOptions, PropertyIndexEntry } from './context';
export { APP_ACCOUNT_ID } from './context';
export type { ChangelogItem, IssueCreatedEvent, IssueLinkEvent, IssueUpdatedEvent, JiraProductEvent } from './events';
export { JIRA_ROUTE_PATTERNS } from './route-patterns';
export { JIRA_RATE_LIMITS, createJiraRateLimits } from './rate-limits';
export type { JiraCall, JiraLimit, JiraLimitUsage, JiraRateLimitOptions, JiraRateLimitReason, JiraRateLimitSettings, JiraRateLimits } from './rate-limits';
export type { Actor } from '../site/actor';
