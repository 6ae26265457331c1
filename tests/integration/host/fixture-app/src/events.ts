/** Product-event triggers: each records what it received so the test can read it from the store. */
import { getAppContext } from '@forge/api';
import { kvs } from '@forge/kvs';

interface IssueEvent {
  eventType: string;
  issue: { key: string };
}

interface AnyEvent {
  eventType: string;
  issue?: { key: string };
  entityId?: string;
  id?: string;
}

export async function onIssueEvent(event: IssueEvent, context: { principal?: { accountId: string }; installContext: string }): Promise<void> {
  await kvs.set(`trigger:${event.eventType}:${event.issue.key}`, { principal: context.principal ?? null, installContext: context.installContext });
}

/** Keeps every event by trigger, type and subject (issue key, property's issue id or link id), payload and all. */
export async function onAnyChange(event: AnyEvent): Promise<void> {
  const subject = event.issue?.key ?? event.entityId ?? event.id ?? 'unknown';
  await kvs.set(`seen:${getAppContext().moduleKey}:${event.eventType}:${subject}`, event);
}

/** Works for `sleepMs`, then records that it finished: the host's time limit decides whether it gets there. */
export async function slowEvent(event: { sleepMs: number }): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, event.sleepMs));
  await kvs.set(`slow:finished:${event.sleepMs}`, true);
}
