/**
 * The invocation scope: which function runs, for whom, until when. Kept in AsyncLocalStorage because the SDK does not
 * send the user's account id with `asUser()` calls (Forge reads it from the proxy token), and because concurrent
 * invocations must each see their own principal and app context.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { KvsEmulator } from '../kvs';
import type { Actor, ProductFetch } from './actor';

export interface HostSettings {
  appId: string;
  appVersion: string;
  environmentId: string;
  environmentType: 'DEVELOPMENT' | 'STAGING' | 'PRODUCTION';
  installationId: string;
  cloudId: string;
  siteUrl: string;
  appDir: string;
}

/** What `__forge_fetch__` routes to; one per function host. */
export interface HostEndpoints {
  settings: HostSettings;
  kvs: KvsEmulator;
  products: { jira: ProductFetch; confluence: ProductFetch };
  /** handles `fpp` stargate `/webhook/queue/...` requests */
  queue(path: string, init: RequestInit): Promise<Response>;
}

export interface InvocationScope {
  endpoints: HostEndpoints;
  functionKey: string;
  moduleKey: string;
  moduleType: string;
  invocationId: string;
  /** epoch ms when the time limit runs out */
  deadline: number;
  /** the invoking principal; `asUser()` runs as this user */
  principal: Actor;
}

export const invocationStore = new AsyncLocalStorage<InvocationScope>();

export const currentScope = (): InvocationScope | undefined => invocationStore.getStore();

export const contextAriOf = (settings: HostSettings): string => `ari:cloud:jira::site/${settings.cloudId}`;
