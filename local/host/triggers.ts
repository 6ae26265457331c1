/** Product-event triggers and scheduled triggers: both run as the app, with no principal. */
import type { FunctionRunner, InvocationResult } from './invoke';
import type { LoadedApp } from './manifest';
import type { HostSettings } from './scope';

/**
 * A product-event trigger gets 25 s, as "most modules" do; only webtriggers and actions get 55 s, and only functions
 * used solely by consumers or scheduled triggers may declare `timeoutSeconds` (forge-platform.md §4 and the lint rule
 * in §1.3; https://developer.atlassian.com/platform/forge/limits-invocation/). So a declared timeout never extends it.
 */
export const TRIGGER_TIMEOUT_SECONDS = 25;
/** Scheduled triggers default to 55 s and may declare up to 900 s. */
const SCHEDULED_TIMEOUT_SECONDS = 55;

export const INTERVAL_MS = { fiveMinute: 5 * 60_000, hour: 3_600_000, day: 86_400_000, week: 7 * 86_400_000 } as const;

export interface TriggerDelivery {
  triggerKey: string;
  result: InvocationResult;
}

/**
 * Calls every trigger subscribed to `eventType` with the product payload (plus `eventType`). Events the app caused
 * itself (through `asApp()` or `asUser()`) are delivered too, unless the trigger sets `filter.ignoreSelf: true`; the
 * emulated product marks them with `selfGenerated: true` (local/jira/context.ts says what counts as self).
 */
export async function deliverProductEvent(app: LoadedApp, runner: FunctionRunner, eventType: string, payload: Record<string, unknown>): Promise<TriggerDelivery[]> {
  // "Currently ignoreSelf only works with Jira events" (the trigger module page).
  const dropsSelf = (ignoreSelf: boolean) => ignoreSelf && eventType.startsWith('avi:jira:') && payload.selfGenerated === true;
  const subscribed = app.triggers.filter((t) => t.events.includes(eventType) && !dropsSelf(t.ignoreSelf));
  return Promise.all(
    subscribed.map(async (trigger) => ({
      triggerKey: trigger.key,
      result: await runner.run({
        functionKey: trigger.functionKey,
        moduleKey: trigger.key,
        moduleType: 'trigger',
        principal: { kind: 'app' },
        event: { ...payload, eventType },
        defaultTimeoutSeconds: TRIGGER_TIMEOUT_SECONDS,
        fixedTimeoutSeconds: TRIGGER_TIMEOUT_SECONDS,
      }),
    })),
  );
}

export function runScheduled(app: LoadedApp, runner: FunctionRunner, settings: HostSettings, moduleKey: string): Promise<InvocationResult> {
  const trigger = app.scheduledTriggers.find((s) => s.key === moduleKey);
  if (!trigger) throw new Error(`The manifest declares no scheduledTrigger '${moduleKey}'`);
  return runner.run({
    functionKey: trigger.functionKey,
    moduleKey,
    moduleType: 'scheduledTrigger',
    principal: { kind: 'app' },
    event: { context: { cloudId: settings.cloudId, moduleKey }, contextToken: 'local-context-token' },
    defaultTimeoutSeconds: SCHEDULED_TIMEOUT_SECONDS,
  });
}
