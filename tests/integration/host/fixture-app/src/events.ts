/** Product-event trigger: records what it received so the test can read it from the store. */
import { kvs } from '@forge/kvs';

interface IssueEvent {
  eventType: string;
  issue: { key: string };
}

export async function onIssueEvent(event: IssueEvent, context: { principal?: { accountId: string }; installContext: string }): Promise<void> {
  await kvs.set(`trigger:${event.eventType}:${event.issue.key}`, { principal: context.principal ?? null, installContext: context.installContext });
}
