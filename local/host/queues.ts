/**
 * The async-events queue behind @forge/events: answers `/webhook/queue/{publish,stats,cancel}/…` as stargate does and
 * delivers each pushed event to the consumer of its queue as an AsyncEvent, honouring delays and retry requests.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { FunctionRunner, InvocationResult } from './invoke';
import type { LoadedApp } from './manifest';

const pushRequestSchema = z.object({
  queueName: z.string(),
  jobId: z.string(),
  payload: z.array(z.object({ body: z.record(z.string(), z.unknown()), delayInSeconds: z.number().optional(), concurrency: z.unknown().optional() })),
});
const jobRequestSchema = z.object({ queueName: z.string(), jobId: z.string() });

/** Forge gives up on an event after this many retries. */
export const MAX_RETRIES = 4;
const CONSUMER_TIMEOUT_SECONDS = 55;

export interface QueuedEvent {
  queueName: string;
  jobId: string;
  eventId: string;
  body: Record<string, unknown>;
  /** epoch ms before which the event is not delivered */
  dueAt: number;
  retryContext?: { retryCount: number; retryReason: string; retryData: unknown };
}
interface JobStats {
  success: number;
  inProgress: number;
  failed: number;
}

const json = (status: number, body: unknown): Response => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

export class QueueEmulator {
  private readonly pending: QueuedEvent[] = [];
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly inFlight = new Set<Promise<void>>();
  private readonly jobs = new Map<string, JobStats>();

  constructor(
    private readonly app: LoadedApp,
    private readonly runner: FunctionRunner,
    /** false: events wait for drain() (tests); true: each is delivered by a timer when due */
    private autoDeliver: boolean,
  ) {}

  async handle(path: string, init: RequestInit): Promise<Response> {
    const body: unknown = JSON.parse(typeof init.body === 'string' ? init.body : '{}');
    if (path.startsWith('/webhook/queue/publish/')) return this.publish(pushRequestSchema.parse(body));
    const { jobId } = jobRequestSchema.parse(body);
    const stats = this.jobs.get(jobId);
    if (!stats) return json(404, { message: `Job ${jobId} does not exist` });
    if (path.startsWith('/webhook/queue/stats/')) return json(200, stats);
    if (path.startsWith('/webhook/queue/cancel/')) {
      for (const event of this.pending.filter((e) => e.jobId === jobId)) this.remove(event);
      return new Response(null, { status: 204 });
    }
    return json(404, { message: `Unknown queue endpoint ${path}` });
  }

  private publish(request: z.infer<typeof pushRequestSchema>): Response {
    if (!this.app.consumers.some((c) => c.queue === request.queueName)) {
      return json(400, { code: 'QUEUE_NOT_FOUND', message: `No consumer module listens on queue '${request.queueName}'` });
    }
    const now = Date.now();
    for (const pushed of request.payload) {
      this.enqueue({ queueName: request.queueName, jobId: request.jobId, eventId: randomUUID(), body: pushed.body, dueAt: now + (pushed.delayInSeconds ?? 0) * 1000 });
    }
    const stats = this.jobs.get(request.jobId) ?? { success: 0, inProgress: 0, failed: 0 };
    stats.inProgress += request.payload.length;
    this.jobs.set(request.jobId, stats);
    // @forge/events treats 201 as success, 202 as partial success and anything else as failure.
    return json(201, {});
  }

  private enqueue(event: QueuedEvent): void {
    this.pending.push(event);
    if (this.autoDeliver) this.schedule(event);
  }

  private schedule(event: QueuedEvent): void {
    const timer = setTimeout(() => void this.track(this.deliver(event)), Math.max(0, event.dueAt - Date.now()));
    timer.unref();
    this.timers.set(event.eventId, timer);
  }

  private remove(event: QueuedEvent): void {
    const index = this.pending.indexOf(event);
    if (index >= 0) this.pending.splice(index, 1);
    clearTimeout(this.timers.get(event.eventId));
    this.timers.delete(event.eventId);
  }

  private track(delivery: Promise<void>): Promise<void> {
    this.inFlight.add(delivery);
    return delivery.finally(() => this.inFlight.delete(delivery));
  }

  private async deliver(event: QueuedEvent): Promise<void> {
    this.remove(event);
    const results = await Promise.all(
      this.app.consumers
        .filter((c) => c.queue === event.queueName)
        .map((consumer) =>
          this.runner.run({
            functionKey: consumer.functionKey,
            moduleKey: consumer.key,
            moduleType: 'consumer',
            principal: { kind: 'app' },
            event: { body: event.body, queueName: event.queueName, jobId: event.jobId, eventId: event.eventId, ...(event.retryContext ? { retryContext: event.retryContext } : {}) },
            defaultTimeoutSeconds: CONSUMER_TIMEOUT_SECONDS,
          }),
        ),
    );
    this.settle(event, results);
  }

  /** An InvocationError result (`{_retry:true}`), a thrown error or a timeout schedules a retry, as Forge does. */
  private settle(event: QueuedEvent, results: InvocationResult[]): void {
    const stats = this.jobs.get(event.jobId);
    const retry = results.map(retryRequest).find((r) => r !== undefined);
    const retryCount = (event.retryContext?.retryCount ?? 0) + 1;
    if (retry && retryCount <= MAX_RETRIES) {
      const retryContext = { retryCount, retryReason: retry.reason, retryData: retry.data };
      this.enqueue({ ...event, eventId: randomUUID(), dueAt: Date.now() + retry.afterSeconds * 1000, retryContext });
      return;
    }
    if (stats) {
      stats.inProgress -= 1;
      if (retry) stats.failed += 1;
      else stats.success += 1;
    }
  }

  /** Delivers every queued event now, delays included, until no event (chained pushes and retries too) is left. */
  async drain(): Promise<void> {
    while (this.pending.length > 0 || this.inFlight.size > 0) {
      const due = [...this.pending].sort((a, b) => a.dueAt - b.dueAt);
      for (const event of due) this.remove(event);
      await Promise.all([...due.map((event) => this.track(this.deliver(event))), ...this.inFlight]);
    }
  }

  queued(): readonly QueuedEvent[] {
    return [...this.pending];
  }

  setAutoDeliver(on: boolean): void {
    this.autoDeliver = on;
    for (const event of this.pending) {
      if (on && !this.timers.has(event.eventId)) this.schedule(event);
      if (!on) clearTimeout(this.timers.get(event.eventId));
    }
    if (!on) this.timers.clear();
  }
}

function retryRequest(result: InvocationResult): { reason: string; data: unknown; afterSeconds: number } | undefined {
  if (!result.ok) return { reason: result.error.timedOut ? 'FUNCTION_TIME_OUT' : 'FUNCTION_PLATFORM_UNKNOWN_ERROR', data: undefined, afterSeconds: 1 };
  const value = result.value as { _retry?: unknown; retryOptions?: { retryAfter?: number; retryReason?: string; retryData?: unknown } } | undefined;
  if (value?._retry !== true) return undefined;
  const options = value.retryOptions ?? {};
  return { reason: options.retryReason ?? 'FUNCTION_RETRY_REQUEST', data: options.retryData, afterSeconds: Math.min(900, Math.max(1, options.retryAfter ?? 1)) };
}
