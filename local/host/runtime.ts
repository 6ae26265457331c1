/**
 * Installs the two globals the unmodified SDKs read: `__forge_runtime__` (docs/forge-platform.md §3.4, §7 B3) and
 * `__forge_fetch__`. Per-invocation fields are getters over the current scope, so concurrent invocations never share them.
 * `kvs` is deliberately absent so @forge/kvs sends `{type:'kvs', provider:'app', remote:'kvs'}`.
 */
import { randomUUID } from 'node:crypto';
import type { ForgeRuntime } from '@forge/api/out/api/runtime';
import { dispatchForgeFetch, type ForgeFetchDescriptor } from './forge-fetch';
import { contextAriOf, currentScope, type HostEndpoints } from './scope';

interface ForgeGlobals {
  __forge_runtime__?: ForgeRuntime;
  __forge_fetch__?: (descriptor: ForgeFetchDescriptor, path: string, init: RequestInit) => Promise<Response>;
}

/** The host whose endpoints serve SDK calls made outside any invocation (e.g. a test seeding storage). */
let defaultEndpoints: HostEndpoints | undefined;

const noopMetrics: ForgeRuntime['metrics'] = {
  counter: () => ({ incr() {}, incrBy() {}, decr() {}, decrBy() {} }),
  timing: () => ({ measure: () => ({ stop() {} }) }),
  gauge: () => ({ set() {} }),
};

function endpoints(): HostEndpoints {
  const found = currentScope()?.endpoints ?? defaultEndpoints;
  if (!found) throw new Error('No local Forge host is running');
  return found;
}

function buildRuntime(): ForgeRuntime {
  const outsideInvocation = { functionKey: '', moduleKey: '', moduleType: '', invocationId: '', deadline: Number.POSITIVE_INFINITY };
  return {
    proxy: { token: 'local-host-token', url: 'http://local-forge-proxy.invalid' },
    get contextAri() {
      return contextAriOf(endpoints().settings);
    },
    get container() {
      return { region: 'local', runtime: 'nodejs22.x', appCodeDir: endpoints().settings.appDir };
    },
    get appContext() {
      const { settings } = endpoints();
      const scope = currentScope() ?? outsideInvocation;
      return {
        appId: settings.appId,
        appVersion: settings.appVersion,
        environmentId: settings.environmentId,
        environmentType: settings.environmentType,
        installationId: settings.installationId,
        invocationId: scope.invocationId,
        functionKey: scope.functionKey,
        moduleType: scope.moduleType,
        moduleKey: scope.moduleKey,
      };
    },
    get aaid() {
      const principal = currentScope()?.principal;
      return principal?.kind === 'user' ? principal.accountId : undefined;
    },
    get lambdaContext() {
      const scope = currentScope() ?? outsideInvocation;
      return { awsRequestId: scope.invocationId, getRemainingTimeInMillis: () => Math.max(0, scope.deadline - Date.now()) };
    },
    get tracing() {
      return { traceId: currentScope()?.invocationId ?? randomUUID(), spanId: randomUUID().slice(0, 16) };
    },
    realtime: {},
    metrics: noopMetrics,
    featureFlags: () => false,
  };
}

/** Idempotent; the most recently created host serves calls made outside an invocation. */
export function installForgeGlobals(hostEndpoints: HostEndpoints): void {
  defaultEndpoints = hostEndpoints;
  const g = globalThis as unknown as ForgeGlobals;
  g.__forge_runtime__ = buildRuntime();
  g.__forge_fetch__ = (descriptor, path, init) => dispatchForgeFetch(endpoints(), currentScope(), descriptor, path, init);
}
