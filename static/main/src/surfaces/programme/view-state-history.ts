import { view } from '@forge/bridge';
import { useEffect, useRef, useState } from 'react';
import { decodeViewState, encodeViewState } from './url-state';
import { sameView, type ViewState } from './view-state';

/** The part of a history location the page reads. */
export interface ModuleLocation {
  pathname: string;
  search?: string;
}

interface PageHistory {
  location: ModuleLocation;
  push(path: string): void;
  replace(path: string): void;
  listen(listener: (update: unknown, action?: unknown) => void): () => void;
}

/** History libraries call listeners with a location (v4) or with `{ location, action }` (v5): read either. */
function locationOf(update: unknown): ModuleLocation | null {
  if (typeof update !== 'object' || update === null) return null;
  const candidate = 'location' in update ? (update as { location: unknown }).location : update;
  if (typeof candidate !== 'object' || candidate === null || typeof (candidate as ModuleLocation).pathname !== 'string') return null;
  const search = (candidate as ModuleLocation).search;
  return { pathname: (candidate as ModuleLocation).pathname, search: typeof search === 'string' ? search : '' };
}

export function viewOfLocation(location: ModuleLocation | undefined): ViewState {
  return decodeViewState(location?.pathname ?? '/', location?.search ?? '');
}

/**
 * The page's view kept in the module path: every change pushes a history entry (so the URL can be shared), and the
 * browser's back and forward restore the view they land on. Outside a page module (no history) the view still works,
 * it is just not in the URL.
 */
export function useViewHistory(initial: ViewState): [ViewState, (next: ViewState) => void] {
  const [current, setCurrent] = useState(initial);
  const currentRef = useRef(initial);
  const historyRef = useRef<PageHistory | null>(null);

  useEffect(() => {
    let stop: (() => void) | undefined;
    let cancelled = false;
    view
      .createHistory()
      .then((created) => {
        if (cancelled) return;
        const history = created as unknown as PageHistory;
        historyRef.current = history;
        stop = history.listen((update) => {
          const location = locationOf(update);
          if (!location) return;
          const next = viewOfLocation(location);
          // Our own pushes land here too: only a different view (back, forward) changes the page.
          if (sameView(next, currentRef.current)) return;
          currentRef.current = next;
          setCurrent(next);
        });
      })
      .catch(() => undefined); // no history in this module: the view simply stays out of the URL
    return () => {
      cancelled = true;
      stop?.();
    };
  }, []);

  const change = (next: ViewState) => {
    if (sameView(next, currentRef.current)) return;
    // Typing in the text filter rewrites the current entry, so back does not step through every letter.
    const typing = sameView({ ...next, filter: { ...next.filter, text: currentRef.current.filter.text } }, currentRef.current);
    currentRef.current = next;
    setCurrent(next);
    historyRef.current?.[typing ? 'replace' : 'push'](encodeViewState(next));
  };
  return [current, change];
}
