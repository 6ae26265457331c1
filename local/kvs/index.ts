/**
 * Emulates the Forge key-value store behind `__forge_fetch__({type:'kvs'}, path, init)`: the same HTTP contract
 * @forge/kvs 1.6.5 speaks, state kept in a plain JSON object the caller owns (and may persist).
 */
import { z } from 'zod';
import type { EntityDeclaration } from './entities';
import { badRequest, errorResponse, jsonResponse, KvsError } from './errors';
import { validateRequestSize } from './limits';
import { routes } from './routes';
import type { KvsState } from './state';

export type { EntityDeclaration, AttributeType } from './entities';
export { KvsError } from './errors';
export { emptyKvsState, kvsStateSchema, type KvsState, type StoredItem } from './state';

export interface KvsEmulatorOptions {
  state: KvsState;
  entities: EntityDeclaration[];
  /** injectable clock for TTL tests; defaults to Date.now */
  now?: () => number;
}

export interface KvsEmulator {
  fetch(path: string, init: RequestInit): Promise<Response>;
  readCount(): number;
  writeCount(): number;
  resetCounts(): void;
}

function bodyText(init: RequestInit): string {
  if (typeof init.body === 'string') return init.body;
  if (init.body === undefined || init.body === null) return '';
  throw badRequest('The KVS emulator expects a JSON string body');
}

export function createKvsEmulator(options: KvsEmulatorOptions): KvsEmulator {
  const now = options.now ?? Date.now;
  let reads = 0;
  let writes = 0;

  async function handle(path: string, init: RequestInit): Promise<Response> {
    const route = routes[path.split('?')[0] ?? ''];
    if (!route) return jsonResponse(404, { code: 'NOT_FOUND', message: `No KVS endpoint ${path}` });
    if ((init.method ?? 'GET').toUpperCase() !== 'POST') throw new KvsError(405, 'METHOD_NOT_ALLOWED', `${path} takes POST`);
    const text = bodyText(init);
    validateRequestSize(text);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw badRequest('The request body is not valid JSON');
    }
    const parsed = route.schema.safeParse(json);
    if (!parsed.success) throw badRequest(`Invalid request to ${path}: ${z.prettifyError(parsed.error)}`);
    return route.handle(parsed.data, {
      state: options.state,
      entities: options.entities,
      now: now(),
      countReads: (n) => (reads += n),
      countWrites: (n) => (writes += n),
    });
  }

  return {
    async fetch(path, init) {
      try {
        return await handle(path, init);
      } catch (error) {
        if (error instanceof KvsError) return errorResponse(error);
        throw error;
      }
    },
    readCount: () => reads,
    writeCount: () => writes,
    resetCounts: () => {
      reads = 0;
      writes = 0;
    },
  };
}
