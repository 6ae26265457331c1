/**
 * The local function host: runs the app's unmodified handlers (loaded from `<appDir>/src`) against an emulated Jira,
 * Confluence, key-value store and async-events queue, as docs/forge-platform.md §7 B describes.
 */
import type { KvsEmulator } from '../kvs';
import type { Actor, ProductFetch } from './actor';
import { FunctionRunner, type InvocationRecord, type InvocationResult } from './invoke';
import type { LoadedApp } from './manifest';
import { QueueEmulator, type QueuedEvent } from './queues';
import { installForgeGlobals } from './runtime';
import type { HostEndpoints, HostSettings } from './scope';
import { deliverProductEvent, INTERVAL_MS, runScheduled, type TriggerDelivery } from './triggers';

export type { Actor, ProductFetch } from './actor';
export { loadApp, InvalidManifestError, type LoadedApp, type FunctionDeclaration, type UiModuleDeclaration, type TriggerDeclaration } from './manifest';
export type { InvocationResult, InvocationError, InvocationRecord } from './invoke';
export type { QueuedEvent } from './queues';
export type { TriggerDelivery } from './triggers';

const RESOLVER_TIMEOUT_SECONDS = 25;

export interface FunctionHostOptions {
  app: LoadedApp;
  appDir: string;
  products: { jira: ProductFetch; confluence: ProductFetch };
  kvs: KvsEmulator;
  cloudId?: string;
  siteUrl?: string;
  /** deliver queued events by timer when due (default true); tests usually turn it off and call drainQueues() */
  autoDeliverQueues?: boolean;
  /** called after every invocation, e.g. to log failures */
  onInvocation?: (record: InvocationRecord) => void;
}

export interface ResolverInvocation {
  /** the manifest function key named by the UI module's `resolver.function` */
  functionKey: string;
  /** the key passed to `resolver.define` (what the frontend's `invoke()` names) */
  resolverKey: string;
  payload?: unknown;
  accountId: string | undefined;
  /** the UI context: moduleKey, localId, extension, locale, timezone… */
  context: { moduleKey: string; [field: string]: unknown };
}

export interface HostCounters {
  invocations: Record<string, number>;
  kvsReads: number;
  kvsWrites: number;
}

export interface FunctionHost {
  readonly settings: HostSettings;
  invokeResolver<T = unknown>(invocation: ResolverInvocation): Promise<InvocationResult<T>>;
  /** runs every trigger subscribed to the event and resolves when they have finished */
  fireProductEvent(eventType: string, payload: Record<string, unknown>): Promise<TriggerDelivery[]>;
  /** fire-and-forget form for an emulated product's change hook; `idle()` waits for it */
  productEventListener(eventType: string, payload: Record<string, unknown>): void;
  /** the same, taking the event as the Jira emulator's `onEvent` passes it (`{eventType, …payload}`); safe to pass unbound */
  readonly onProductEvent: (event: { eventType: string }) => void;
  runScheduledTrigger(moduleKey: string): Promise<InvocationResult>;
  drainQueues(): Promise<void>;
  queuedEvents(): readonly QueuedEvent[];
  /** waits until no product-event delivery and no queued event is left */
  idle(): Promise<void>;
  startSchedules(): void;
  stop(): void;
  counters(): HostCounters;
  resetCounters(): void;
}

function moduleTypeOf(app: LoadedApp, moduleKey: string): string {
  return app.uiModules.find((m) => m.key === moduleKey)?.type ?? 'unknown';
}

export function createFunctionHost(options: FunctionHostOptions): FunctionHost {
  const { app } = options;
  const settings: HostSettings = {
    appId: app.appId.replace(/^ari:cloud:ecosystem::app\//, ''),
    appVersion: '1.0.0',
    environmentId: '00000000-0000-0000-0000-00000000e1e1',
    environmentType: 'DEVELOPMENT',
    installationId: '00000000-0000-0000-0000-0000000001a1',
    cloudId: options.cloudId ?? '00000000-0000-0000-0000-00000000c1d1',
    siteUrl: options.siteUrl ?? 'https://local-site.atlassian.net',
    appDir: options.appDir,
  };
  // The queue handler is bound late: the emulator needs the runner, the runner needs the endpoints.
  const endpoints: HostEndpoints = { settings, kvs: options.kvs, products: options.products, queue: (path, init) => queues.handle(path, init) };
  installForgeGlobals(endpoints); // before any app code is required
  const runner = new FunctionRunner(app, options.appDir, endpoints, options.onInvocation);
  const queues = new QueueEmulator(app, runner, options.autoDeliverQueues ?? true);
  const productDeliveries = new Set<Promise<unknown>>();
  const timers: NodeJS.Timeout[] = [];

  const host: FunctionHost = {
    settings,
    invokeResolver({ functionKey, resolverKey, payload, accountId, context }) {
      const principal: Actor = accountId ? { kind: 'user', accountId } : { kind: 'anonymous' };
      const uiContext = {
        accountId,
        accountType: accountId ? 'licensed' : 'anonymous',
        cloudId: settings.cloudId,
        siteUrl: settings.siteUrl,
        environmentId: settings.environmentId,
        environmentType: settings.environmentType,
        localId: context.moduleKey,
        locale: 'en-US',
        timezone: 'UTC',
        ...context,
      };
      return runner.run({
        functionKey,
        moduleKey: context.moduleKey,
        moduleType: moduleTypeOf(app, context.moduleKey),
        principal,
        event: { call: { functionKey: resolverKey, payload }, context: uiContext },
        defaultTimeoutSeconds: RESOLVER_TIMEOUT_SECONDS,
      });
    },
    fireProductEvent: (eventType, payload) => deliverProductEvent(app, runner, eventType, payload),
    productEventListener(eventType, payload) {
      // Forge delivers events asynchronously, after the change that caused them has been answered.
      const delivery = new Promise<void>((resolve) => setImmediate(resolve)).then(() => deliverProductEvent(app, runner, eventType, payload));
      productDeliveries.add(delivery);
      void delivery.finally(() => productDeliveries.delete(delivery));
    },
    onProductEvent: (event) => host.productEventListener(event.eventType, event as unknown as Record<string, unknown>),
    runScheduledTrigger: (moduleKey) => runScheduled(app, runner, settings, moduleKey),
    drainQueues: () => queues.drain(),
    queuedEvents: () => queues.queued(),
    async idle() {
      while (productDeliveries.size > 0) await Promise.all([...productDeliveries]);
      await queues.drain();
      if (productDeliveries.size > 0) await host.idle();
    },
    startSchedules() {
      for (const trigger of app.scheduledTriggers) {
        timers.push(setInterval(() => void runScheduled(app, runner, settings, trigger.key), INTERVAL_MS[trigger.interval]));
      }
    },
    stop() {
      for (const timer of timers.splice(0)) clearInterval(timer);
      queues.setAutoDeliver(false);
    },
    counters: () => ({ invocations: Object.fromEntries(runner.invocations), kvsReads: options.kvs.readCount(), kvsWrites: options.kvs.writeCount() }),
    resetCounters() {
      runner.invocations.clear();
      options.kvs.resetCounts();
    },
  };
  return host;
}
