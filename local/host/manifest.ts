/** Loads `<appDir>/manifest.yml`, refuses it unless the FULL @forge/manifest validation passes, and returns a typed view. */
import path from 'node:path';
import { validate } from '@forge/manifest';
import { z } from 'zod';
import type { EntityDeclaration } from '../kvs';

const functionSchema = z.object({ key: z.string(), handler: z.string(), timeoutSeconds: z.number().optional() });
const triggerEventSchema = z.union([z.string(), z.object({ eventType: z.string() }).loose()]);
const triggerSchema = z.object({
  key: z.string(),
  function: z.string().optional(),
  events: z.array(triggerEventSchema),
  filter: z.object({ ignoreSelf: z.boolean().optional() }).loose().optional(),
});
const scheduledSchema = z.object({ key: z.string(), function: z.string().optional(), interval: z.enum(['fiveMinute', 'hour', 'day', 'week']) });
const consumerSchema = z.object({ key: z.string(), queue: z.string(), function: z.string().optional() });
const entityPropertySchema = z.object({
  key: z.string(),
  entityType: z.enum(['issue', 'project', 'user']).default('issue'),
  propertyKey: z.string(),
  values: z.array(z.object({ path: z.string(), type: z.string(), searchAlias: z.string().optional() })),
});
const resourceSchema = z.object({ key: z.string(), path: z.string(), tunnel: z.object({ port: z.number() }).optional(), entry: z.record(z.string(), z.string()).optional() });
const uiModuleSchema = z.object({ key: z.string(), resource: z.string().optional(), resolver: z.object({ function: z.string() }).optional() }).loose();

export interface FunctionDeclaration {
  key: string;
  /** module path relative to `src/`, e.g. `jobs/recompute` */
  handlerPath: string;
  exportName: string;
  timeoutSeconds?: number;
}
export interface UiModuleDeclaration {
  type: string;
  key: string;
  resource?: string;
  resolverFunction?: string;
}
export interface TriggerDeclaration {
  key: string;
  functionKey: string;
  events: string[];
  ignoreSelf: boolean;
}
export interface LoadedApp {
  manifestPath: string;
  appId: string;
  functions: Record<string, FunctionDeclaration>;
  /** every module, by type, as written */
  modules: Record<string, Array<Record<string, unknown>>>;
  uiModules: UiModuleDeclaration[];
  triggers: TriggerDeclaration[];
  scheduledTriggers: Array<{ key: string; functionKey: string; interval: z.infer<typeof scheduledSchema>['interval'] }>;
  consumers: Array<{ key: string; queue: string; functionKey: string }>;
  entityProperties: Array<z.infer<typeof entityPropertySchema>>;
  entities: EntityDeclaration[];
  resources: Array<z.infer<typeof resourceSchema>>;
}

export class InvalidManifestError extends Error {
  constructor(
    readonly manifestPath: string,
    readonly messages: string[],
  ) {
    super(`${manifestPath} is not a valid Forge manifest:\n${messages.map((m) => `  - ${m}`).join('\n')}`);
    this.name = 'InvalidManifestError';
  }
}

const NON_UI_TYPES = new Set(['function', 'trigger', 'scheduledTrigger', 'consumer', 'webtrigger', 'jira:entityProperty', 'jira:entityPropertySet', 'jira:jqlFunction']);

function parseHandler(key: string, handler: string): FunctionDeclaration {
  const dot = handler.lastIndexOf('.');
  return { key, handlerPath: handler.slice(0, dot), exportName: handler.slice(dot + 1) };
}

export async function loadApp(appDir: string): Promise<LoadedApp> {
  const manifestPath = path.resolve(appDir, 'manifest.yml');
  const result = await validate(false, manifestPath);
  const errors = (result.errors ?? []).filter((e) => e.level === 'error');
  const content = result.manifestObject?.typedContent;
  if (!result.success || errors.length > 0 || !content) {
    throw new InvalidManifestError(manifestPath, errors.length ? errors.map((e) => (e.line ? `line ${e.line}: ${e.message}` : e.message)) : ['the validator rejected it']);
  }
  const raw = content as unknown as { app: { id: string; storage?: { entities?: EntityDeclaration[] } }; modules?: Record<string, unknown[]>; resources?: unknown[] };
  const modules = (raw.modules ?? {}) as Record<string, Array<Record<string, unknown>>>;
  const list = <S extends z.ZodType>(type: string, schema: S): Array<z.infer<S>> => (modules[type] ?? []).map((m) => schema.parse(m));

  const functions: Record<string, FunctionDeclaration> = {};
  for (const f of list('function', functionSchema)) functions[f.key] = { ...parseHandler(f.key, f.handler), timeoutSeconds: f.timeoutSeconds };

  const uiModules: UiModuleDeclaration[] = [];
  for (const [type, items] of Object.entries(modules)) {
    if (NON_UI_TYPES.has(type)) continue;
    for (const item of items) {
      const m = uiModuleSchema.parse(item);
      uiModules.push({ type, key: m.key, resource: m.resource, resolverFunction: m.resolver?.function });
    }
  }
  // Endpoint-backed modules (Forge Remote) have no `function`; the local host runs only hosted functions.
  const withFunction = <T extends { function?: string }>(items: T[]) => items.filter((i): i is T & { function: string } => i.function !== undefined);

  return {
    manifestPath,
    appId: raw.app.id,
    functions,
    modules,
    uiModules,
    triggers: withFunction(list('trigger', triggerSchema)).map((t) => ({
      key: t.key,
      functionKey: t.function,
      events: t.events.map((e) => (typeof e === 'string' ? e : e.eventType)),
      ignoreSelf: t.filter?.ignoreSelf === true,
    })),
    scheduledTriggers: withFunction(list('scheduledTrigger', scheduledSchema)).map((s) => ({ key: s.key, functionKey: s.function, interval: s.interval })),
    consumers: withFunction(list('consumer', consumerSchema)).map((c) => ({ key: c.key, queue: c.queue, functionKey: c.function })),
    entityProperties: list('jira:entityProperty', entityPropertySchema),
    entities: raw.app.storage?.entities ?? [],
    resources: (raw.resources ?? []).map((r) => resourceSchema.parse(r)),
  };
}
