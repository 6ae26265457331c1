import { Queue } from '@forge/events';

/** The async-events queue the publisher listens on (manifest: consumer `publish-consumer`). */
export const PUBLISH_QUEUE_KEY = 'programme-publish';

/** One publication run: its report's id, what started it, and the pages whose people's edits may be overwritten. */
export interface PublishJobBody {
  runId: string;
  trigger: 'schedule' | 'manual';
  requestedBy: string | null;
  overwriteEdited: string[];
}

/** Port: queue a publication run. */
export type PushPublishJob = (body: PublishJobBody) => Promise<void>;

export const pushPublishJob: PushPublishJob = async (body) => {
  await new Queue({ key: PUBLISH_QUEUE_KEY }).push([{ body: { ...body } }]);
};
