import { slugify } from '../../../../../src/domain/ids';
import { isReservedId } from '../../../../../src/domain/reserved-ids';
import type { Stream } from '../../../../../src/domain/programme';

/** The colours offered for streams: distinct design-system accents that read on white. */
export const STREAM_PALETTE = ['#0c66e4', '#1f845a', '#c9372c', '#6e5dc6', '#b38600', '#227d9b', '#ae4787', '#e56910', '#5b7f24', '#626f86'] as const;

/**
 * A stream while it is edited. Text stays exactly as typed (bad input is marked, never cleared); `isNew`
 * streams take their id from the name, saved streams keep theirs so tags and snapshots stay attached.
 */
export interface StreamDraft {
  /** React key, stable across renames and moves. */
  key: string;
  id: string;
  isNew: boolean;
  name: string;
  jql: string;
  ownerAccountId: string;
  colour: string;
}

const MAX_ID_LENGTH = 40;

/** `CRM & Service` → `crm-and-service`; at most 40 characters; '' when the name has no letter or digit. */
export function streamIdFromName(name: string): string {
  return slugify(name.replace(/ß/g, 'ss')).slice(0, MAX_ID_LENGTH).replace(/-+$/g, '');
}

/**
 * A new stream's id: from its name, with `-2`, `-3` … when a stream above already uses it — or when the name alone
 * would give an id the server refuses for naming a built-in of JavaScript objects ("Constructor" → `constructor-2`).
 */
export function uniqueStreamId(name: string, taken: ReadonlySet<string>): string {
  const base = streamIdFromName(name);
  const unavailable = (id: string) => taken.has(id) || isReservedId(id);
  if (base === '' || !unavailable(base)) return base;
  for (let n = 2; ; n += 1) {
    const suffix = `-${n}`;
    const candidate = `${base.slice(0, MAX_ID_LENGTH - suffix.length).replace(/-+$/g, '')}${suffix}`;
    if (!unavailable(candidate)) return candidate;
  }
}

/** Recomputes the ids of new streams, in order, so two new streams never share one. */
export function withDerivedIds(streams: StreamDraft[]): StreamDraft[] {
  const taken = new Set(streams.filter((s) => !s.isNew).map((s) => s.id));
  return streams.map((stream) => {
    if (!stream.isNew) return stream;
    const id = uniqueStreamId(stream.name, taken);
    if (id !== '') taken.add(id);
    return id === stream.id ? stream : { ...stream, id };
  });
}

export function draftFromStream(stream: Stream): StreamDraft {
  return { key: `saved-${stream.id}`, id: stream.id, isNew: false, name: stream.name, jql: stream.jql, ownerAccountId: stream.ownerAccountId ?? '', colour: stream.colour };
}

/** The first palette colour no stream uses yet (cycling when all are taken). */
export function nextColour(used: readonly string[]): string {
  const lower = new Set(used.map((c) => c.toLowerCase()));
  return STREAM_PALETTE.find((c) => !lower.has(c)) ?? STREAM_PALETTE[used.length % STREAM_PALETTE.length] ?? STREAM_PALETTE[0];
}

/** Moves the stream at `index` one place up (-1) or down (+1); out of range leaves the list as it is. */
export function moveStream<T>(streams: readonly T[], index: number, delta: -1 | 1): T[] {
  const target = index + delta;
  if (index < 0 || index >= streams.length || target < 0 || target >= streams.length) return [...streams];
  const next = [...streams];
  const [moved] = next.splice(index, 1);
  if (moved !== undefined) next.splice(target, 0, moved);
  return next;
}

export const isHexColour = (value: string) => /^#[0-9a-fA-F]{6}$/.test(value);
