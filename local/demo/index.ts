/** The demo site of the local Forge host: a 360° CRM / marketing-automation programme in six streams. */
export { buildDemoSite, DEMO_PROJECTS } from './build';
export { DEMO_FACTS, DEMO_LINKS, type DemoFacts, type DemoPair, type LinkSpec } from './dependencies';
export { DEMO_SNAPSHOT, DEMO_STATUSES, type StreamContent } from './model';
export { DEMO_USE_CASES } from './use-cases';
export { DEMO_ACCOUNTS, DEMO_GROUPS, demoUsers } from './users';
