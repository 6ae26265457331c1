/**
 * When the local site is written to disk.
 *
 * - A change somebody waits for (`whenSaved`, called before an HTTP response acknowledges it) is written at once.
 *   Writes are group commits: callers that arrive while a write runs share the next one, so concurrent requests
 *   cost one write, not one each.
 * - Every other change (scheduled triggers, queue consumers working after their request was answered) is written
 *   within `maxDelayMs`. That timer starts with the first unsaved change and is never pushed back, so a steady
 *   stream of changes cannot postpone the write indefinitely (a restarting debounce timer could, and lost data).
 *
 * `write` must capture the state synchronously before its first await: the scheduler counts that write as
 * covering every change noted before it was called.
 */
export interface SaveSchedulerOptions {
  write: () => Promise<void>;
  maxDelayMs: number;
  /** a timer-started write failed (nobody awaits it); the changes stay unsaved and are retried after `retryDelayMs` */
  onBackgroundError: (error: unknown) => void;
  retryDelayMs?: number;
}

export interface SaveScheduler {
  /** a change was made; it reaches disk within maxDelayMs at the latest */
  noteChange(): void;
  /** resolves once every change noted so far is on disk; rejects when the write failed */
  whenSaved(): Promise<void>;
  /** changes noted but not yet known to be on disk */
  unsavedChanges(): number;
}

export function createSaveScheduler(options: SaveSchedulerOptions): SaveScheduler {
  let noted = 0;
  let saved = 0;
  let running: Promise<void> | undefined;
  let deadline: NodeJS.Timeout | undefined;

  const startWrite = (): Promise<void> => {
    if (deadline) clearTimeout(deadline);
    deadline = undefined;
    const covers = noted;
    running = options
      .write()
      .then(() => {
        saved = Math.max(saved, covers);
      })
      .finally(() => {
        running = undefined;
      });
    return running;
  };

  const saveUpTo = async (target: number): Promise<void> => {
    // A running write may have captured its state before the change we wait for: then one more write follows.
    while (saved < target) await (running ?? startWrite());
  };

  const arm = (delayMs: number): void => {
    deadline = setTimeout(() => {
      deadline = undefined;
      saveUpTo(noted).catch((error: unknown) => {
        options.onBackgroundError(error);
        if (!deadline && saved < noted) arm(options.retryDelayMs ?? 5_000);
      });
    }, delayMs);
    // A pending timer must not keep a finished process (or a test run) alive; shutdown awaits whenSaved().
    deadline.unref();
  };

  return {
    noteChange() {
      noted += 1;
      if (!deadline) arm(options.maxDelayMs);
    },
    whenSaved: () => saveUpTo(noted),
    unsavedChanges: () => noted - saved,
  };
}
