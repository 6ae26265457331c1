/**
 * Emulates the Forge key-value store behind `__forge_fetch__({type:'kvs'}, path, init)`: the same HTTP contract
 * @forge/kvs 1.6.5 speaks, state kept in a plain JSON object the caller owns (and may persist).
 */
import { z } from 'zod';
import type { EntityDeclaration } from './entities';
import { badRequest, errorResponse, jsonResponse, KvsError } from './errors';
import { validateRequestSize } from './limits';
import { createKvsMeter, type KvsMeter } from './meter';
import { CHARGING, unitsFor } from './quota';
import { routes } from './routes';
import type { KvsState } from './state';

export type { EntityDeclaration, AttributeType } from './entities';
export { KvsError } from './errors';
export { emptyKvsState, kvsStateSchema, type KvsState, type StoredItem } from './state';
export { createKvsMeter, type KvsMeter, type KvsMeterOptions, type KvsUsage, type KvsRelaxation } from './meter';
export { FORGE_KVS_QUOTA, UNIT_BYTES, type KvsQuota } from './quota';

export interface KvsEmulatorOptions {
  state: KvsState;
  entities: EntityDeclaration[];
  /** injectable clock for TTL tests; defaults to Date.now */
  now?: () => number;
  /** meters every request against Forge's quotas; a fresh meter on the same clock when not given */
  meter?: KvsMeter;
}

export interface KvsEmulator {
  fetch(path: string, init: RequestInit): Promise<Response>;
  readCount(): number;
  writeCount(): number;
  resetCounts(): void;
  readonly meter: KvsMeter;
}

function bodyText(init: RequestInit): string {
  if (typeof init.body === 'string') return init.body;
  if (init.body === undefined || init.body === null) return '';
  throw badRequest('The KVS emulator expects a JSON string body');
}

const responseBytes = async (response: Response): Promise<number> => (await response.clone().arrayBuffer()).byteLength;

export function createKvsEmulator(options: KvsEmulatorOptions): KvsEmulator {
  const now = options.now ?? Date.now;
  const meter = options.meter ?? createKvsMeter({ now });
  let reads = 0;
  let writes = 0;

  async function handle(path: string, init: RequestInit): Promise<Response> {
    const endpoint = path.split('?')[0] ?? '';
    const route = routes[endpoint];
    const charging = CHARGING[endpoint];
    if (!route || !charging) return jsonResponse(404, { code: 'NOT_FOUND', message: `No KVS endpoint ${path}` });
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
    const batchOps = charging.batch ? 1 : 0;
    // Writes are charged by what they send, before anything is stored; reads by what they return, so they run first.
    if (charging.kind === 'write') meter.admit({ readUnits: 0, writeUnits: unitsFor(Buffer.byteLength(text)), batchOps });
    const pending = { reads: 0, writes: 0 };
    let response: Response;
    try {
      response = route.handle(parsed.data, {
        state: options.state,
        entities: options.entities,
        now: now(),
        countReads: (n) => (pending.reads += n),
        countWrites: (n) => (pending.writes += n),
      });
    } catch (error) {
      if (!(error instanceof KvsError)) throw error;
      response = errorResponse(error); // a missing key is still a read the store answered
    }
    if (charging.kind === 'read') meter.admit({ readUnits: unitsFor(await responseBytes(response)), writeUnits: 0, batchOps });
    reads += pending.reads;
    writes += pending.writes;
    return response;
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
    meter,
    readCount: () => reads,
    writeCount: () => writes,
    resetCounts: () => {
      reads = 0;
      writes = 0;
    },
  };
}
