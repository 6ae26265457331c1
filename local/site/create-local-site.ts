/**
 * One local site, wired in-process and free of HTTP: the emulated Jira and Confluence (behind shared
 * instruments), the key-value store emulator and the function host running the app's real handlers.
 * Used by the server, the integration tests and the benchmarks alike.
 */
import { createConfluenceEmulator } from '../confluence';
import { createFunctionHost, loadApp, type FunctionHost, type LoadedApp, type ProductFetch } from '../host';
import { createInstruments, type Instruments } from '../instruments';
import { createJiraEmulator, JIRA_ROUTE_PATTERNS, type PropertyIndexEntry } from '../jira';
import { createKvsEmulator, type KvsEmulator, type KvsState } from '../kvs';
import type { SiteFile } from './schema';
import type { SiteSnapshot } from './store';

/** Where a local site's changes go (the site store in `.local-site/`); tests and benchmarks run without one. */
export interface SitePersistence {
  /** called after every change to the site or the store */
  changed(snapshot: SiteSnapshot): void;
  /** resolves once every change reported so far is on disk; rejects when it could not be written */
  durable(): Promise<void>;
}

export interface LocalSiteOptions {
  appDir: string;
  /** the already loaded manifest of appDir (loaded, and validated, when not given) */
  app?: LoadedApp;
  /** mutable: the emulators write into it */
  site: SiteFile;
  kvsState: KvsState;
  persist?: SitePersistence;
  instruments?: Instruments;
  /** deliver queued async events by timer (default true) */
  autoDeliverQueues?: boolean;
  now?: () => Date;
}

export interface LocalSite {
  app: LoadedApp;
  host: FunctionHost;
  /** the products as the app and the bridge see them: instrumented (latency, faults, counts) */
  jira: ProductFetch;
  confluence: ProductFetch;
  /** the same products without instruments, for the site shell's own reads */
  direct: { jira: ProductFetch; confluence: ProductFetch };
  kvs: KvsEmulator;
  kvsState: KvsState;
  instruments: Instruments;
  site: SiteFile;
  /** how many changes the site has seen: a request that moved it must await `durable()` before answering */
  changeCount(): number;
  /** resolves once every change so far is on disk (at once without persistence) */
  durable(): Promise<void>;
  close(): Promise<void>;
}

const INDEX_TYPES = new Set<PropertyIndexEntry['type']>(['string', 'number', 'text', 'user', 'date']);

/** What JQL can search, taken from the manifest's `jira:entityProperty` modules (the one source of truth). */
export function propertyIndexOf(app: LoadedApp): PropertyIndexEntry[] {
  return app.entityProperties
    .filter((module) => module.entityType === 'issue')
    .flatMap((module) =>
      module.values
        .filter((value) => INDEX_TYPES.has(value.type as PropertyIndexEntry['type']))
        .map((value) => ({ propertyKey: module.propertyKey, path: value.path, type: value.type as PropertyIndexEntry['type'], searchAlias: value.searchAlias })),
    );
}

/** POSTs that only read; everything else that is not a GET and succeeds may have changed the site. */
const READING_POSTS = /\/(search|search\/jql|search\/approximate-count|jql\/match|jql\/parse|issue\/bulkfetch|permissions\/check)$/;

function mayHaveChanged(request: Request, response: Response): boolean {
  const method = request.method.toUpperCase();
  if (method === 'GET' || method === 'HEAD' || response.status >= 400) return false;
  return !(method === 'POST' && READING_POSTS.test(new URL(request.url).pathname));
}

export async function createLocalSite(options: LocalSiteOptions): Promise<LocalSite> {
  const { site, kvsState } = options;
  const app = options.app ?? (await loadApp(options.appDir));
  const instruments = options.instruments ?? createInstruments();
  let changes = 0;
  const changed = () => {
    changes += 1;
    options.persist?.changed({ site, kvsState });
  };
  const noticingChanges =
    (fetchFn: ProductFetch): ProductFetch =>
    async (request, actor) => {
      const response = await fetchFn(request, actor);
      if (mayHaveChanged(request, response)) changed();
      return response;
    };

  // The host is created after the emulators, but their events (fired only while answering a request) go to it.
  const jiraEmulator = createJiraEmulator({
    site,
    propertyIndex: propertyIndexOf(app),
    onEvent: (event) => host.onProductEvent(event),
    ...(options.now ? { now: options.now } : {}),
    // the lag switch is an instrument, beside latency and faults; the index keeps the instruments' clock
    searchIndex: instruments.jiraSearchIndex,
  });
  const confluenceEmulator = createConfluenceEmulator({
    site,
    onEvent: (event) => host.productEventListener(event.type, { ...event }),
    ...(options.now ? { now: options.now } : {}),
  });
  const direct = {
    jira: noticingChanges((request, actor) => jiraEmulator.fetch(request, actor)),
    confluence: noticingChanges((request, actor) => confluenceEmulator.fetch(request, actor)),
  };
  const jira = instruments.wrap('jira', direct.jira, JIRA_ROUTE_PATTERNS);
  const confluence = instruments.wrap('confluence', direct.confluence);

  // The store answers to the instruments' quota meter, so counts, resets and relaxations are in one place.
  const store = createKvsEmulator({ state: kvsState, entities: app.entities, meter: instruments.kvs });
  const kvs: KvsEmulator = {
    ...store,
    async fetch(path, init) {
      const writesBefore = store.writeCount();
      const response = await store.fetch(path, init);
      if (store.writeCount() !== writesBefore) changed();
      return response;
    },
  };

  const host = createFunctionHost({ app, appDir: options.appDir, kvs, products: { jira, confluence }, autoDeliverQueues: options.autoDeliverQueues ?? true });

  return {
    app,
    host,
    jira,
    confluence,
    direct,
    kvs,
    kvsState,
    instruments,
    site,
    changeCount: () => changes,
    durable: () => options.persist?.durable() ?? Promise.resolve(),
    async close() {
      host.stop();
      await host.idle();
    },
  };
}
