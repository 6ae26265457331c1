/** A fresh KVS emulator on a hand-moved clock, behind `__forge_fetch__`, so the real @forge/kvs client talks to it. */
import { createKvsEmulator, emptyKvsState, type EntityDeclaration, type KvsEmulator, type KvsState } from '../../../local/kvs';

export interface KvsUnderTest {
  emulator: KvsEmulator;
  state: KvsState;
  /** moves the emulator's clock (TTLs and quota windows) forward */
  advance(ms: number): void;
  now(): number;
}

export function installKvs(entities: EntityDeclaration[] = []): KvsUnderTest {
  let clock = Date.parse('2026-08-03T09:00:00Z');
  const state = emptyKvsState();
  const emulator = createKvsEmulator({ state, entities, now: () => clock });
  (globalThis as unknown as { __forge_fetch__: unknown }).__forge_fetch__ = (descriptor: { type: string }, path: string, init: RequestInit) => {
    if (descriptor.type !== 'kvs') throw new Error(`unexpected descriptor ${JSON.stringify(descriptor)}`);
    return emulator.fetch(path, init);
  };
  return { emulator, state, advance: (ms) => void (clock += ms), now: () => clock };
}

/** A string value whose JSON form is exactly `bytes` long (the quotes count). */
export const valueOfBytes = (bytes: number): string => 'x'.repeat(bytes - 2);
