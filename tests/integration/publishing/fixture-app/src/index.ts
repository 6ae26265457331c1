/** The real publishing handlers, rendering synthetic pages a test stored under `fixture:desired-pages`. */
import Resolver from '@forge/resolver';
import { kvs } from '@forge/kvs';
import { publishingHandlers } from '../../../../../src/resolvers/publishing-resolver';
import { publishTriggers } from '../../../../../src/triggers/publish-triggers';
import type { DesiredPage } from '../../../../../src/confluence/desired-page';

export const DESIRED_PAGES_KEY = 'fixture:desired-pages';

const resolver = new Resolver();
for (const [key, handler] of Object.entries(publishingHandlers)) resolver.define(key, handler as never);
export const handler = resolver.getDefinitions();

export const { publishConsumer, onPublishSchedule } = publishTriggers(async () => ({ pages: ((await kvs.get(DESIRED_PAGES_KEY)) ?? []) as DesiredPage[] }));
