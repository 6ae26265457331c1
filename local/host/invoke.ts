/**
 * Runs one function invocation the way Forge does: handler `export(event, context)` loaded from `src/`, inside its own
 * scope, under a time limit. Failures come back as results (as Forge shows a failed invocation), never as host crashes.
 */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { Actor } from './actor';
import type { LoadedApp } from './manifest';
import { contextAriOf, invocationStore, type HostEndpoints } from './scope';

export interface InvocationError {
  name: string;
  message: string;
  /** a `code` the error carried, e.g. a ForgeKvsAPIError's */
  code?: string;
  timedOut: boolean;
}
export type InvocationResult<T = unknown> = { ok: true; value: T } | { ok: false; error: InvocationError };

export interface InvocationRecord {
  functionKey: string;
  moduleKey: string;
  invocationId: string;
  durationMs: number;
  error?: InvocationError;
}

export interface InvocationRequest {
  functionKey: string;
  moduleKey: string;
  moduleType: string;
  principal: Actor;
  event: unknown;
  /** used when the function declares no `timeoutSeconds` */
  defaultTimeoutSeconds: number;
  /** a limit the module type fixes whatever the function declares (product triggers: 25 s) */
  fixedTimeoutSeconds?: number;
  /** extra fields of the function context (license, installation…) */
  extraContext?: Record<string, unknown>;
}

type Handler = (event: unknown, context: unknown) => unknown;

class TimeoutError extends Error {
  constructor(functionKey: string, seconds: number) {
    super(`function ${functionKey} timed out after ${seconds} s`);
    this.name = 'FunctionTimeoutError';
  }
}

function describe(error: unknown): InvocationError {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return { name: error.name, message: error.message, ...(typeof code === 'string' ? { code } : {}), timedOut: error instanceof TimeoutError };
  }
  return { name: 'Error', message: String(error), timedOut: false };
}

export class FunctionRunner {
  private readonly handlers = new Map<string, Handler>();
  readonly invocations = new Map<string, number>();

  constructor(
    private readonly app: LoadedApp,
    private readonly appDir: string,
    private readonly endpoints: HostEndpoints,
    private readonly onInvocation?: (record: InvocationRecord) => void,
  ) {}

  private handler(functionKey: string): Handler {
    const cached = this.handlers.get(functionKey);
    if (cached) return cached;
    const declaration = this.app.functions[functionKey];
    if (!declaration) throw new Error(`The manifest declares no function '${functionKey}'`);
    // Plain require: under tsx (and jest) the app's TypeScript loads as Forge's bundler would see it, uncompiled by us.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const loaded = require(path.resolve(this.appDir, 'src', declaration.handlerPath)) as Record<string, unknown>;
    const fn = loaded[declaration.exportName];
    if (typeof fn !== 'function') throw new Error(`src/${declaration.handlerPath} has no exported function '${declaration.exportName}'`);
    this.handlers.set(functionKey, fn as Handler);
    return fn as Handler;
  }

  async run<T = unknown>(request: InvocationRequest): Promise<InvocationResult<T>> {
    const { functionKey } = request;
    this.invocations.set(functionKey, (this.invocations.get(functionKey) ?? 0) + 1);
    const seconds = request.fixedTimeoutSeconds ?? this.app.functions[functionKey]?.timeoutSeconds ?? request.defaultTimeoutSeconds;
    const invocationId = randomUUID();
    const started = Date.now();
    const scope = { ...request, endpoints: this.endpoints, invocationId, deadline: started + seconds * 1000 };
    const context = {
      principal: request.principal.kind === 'user' ? { accountId: request.principal.accountId } : undefined,
      installContext: contextAriOf(this.endpoints.settings),
      ...request.extraContext,
    };
    let timer: NodeJS.Timeout | undefined;
    const overrun = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new TimeoutError(functionKey, seconds)), seconds * 1000);
    });
    let result: InvocationResult<T>;
    try {
      const value = await Promise.race([invocationStore.run(scope, async () => this.handler(functionKey)(request.event, context)), overrun]);
      result = { ok: true, value: value as T };
    } catch (error) {
      result = { ok: false, error: describe(error) };
    } finally {
      clearTimeout(timer);
    }
    this.onInvocation?.({ functionKey, moduleKey: request.moduleKey, invocationId, durationMs: Date.now() - started, ...(result.ok ? {} : { error: result.error }) });
    return result;
  }
}
