/** Product-event triggers and scheduled triggers: both run as the app, with no principal. */
import type { FunctionRunner, InvocationResult } from './invoke';
import type { LoadedApp } from './manifest';
import type { HostSettings } from './scope';

const TRIGGER_TIMEOUT_SECONDS = 55;
const SCHEDULED_TIMEOUT_SECONDS = 55;

export const INTERVAL_MS = { fiveMinute: 5 * 60_000, hour: 3_600_000, day: 86_400_000, week: 7 * 86_400_000 } as const;

export interface TriggerDelivery {
  triggerKey: string;
  result: InvocationResult;
}

/**
 * Calls every trigger subscribed to `eventType` with the product payload (plus `eventType`). `ignoreSelf` drops events
 * the app caused itself, which the emulated product marks with `selfGenerated: true` as Jira does.
 */
export async function deliverProductEvent(app: LoadedApp, runner: FunctionRunner, eventType: string, payload: Record<string, unknown>): Promise<TriggerDelivery[]> {
  const subscribed = app.triggers.filter((t) => t.events.includes(eventType) && !(t.ignoreSelf && payload.selfGenerated === true));
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
