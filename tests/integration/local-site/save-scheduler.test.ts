/** When the local site reaches disk: within a bounded delay under a steady stream, and at once for a waiting request. */
import { createSaveScheduler } from '../../../local/site/save-scheduler';

/** A write that records which change it covers; `hold` keeps the next writes running until released. */
function recordingWriter() {
  const writes: Array<{ at: number; covers: number }> = [];
  let current = 0;
  let gate: Promise<void> | undefined;
  let open: (() => void) | undefined;
  return {
    writes,
    setCurrent: (n: number) => (current = n),
    hold() {
      gate = new Promise((resolve) => (open = resolve));
    },
    release() {
      open?.();
      gate = undefined;
    },
    write: async () => {
      const covers = current; // captured before the first await, as the store serialises
      await gate;
      writes.push({ at: Date.now(), covers });
    },
  };
}

describe('save scheduler', () => {
  afterEach(() => jest.useRealTimers());

  it('writes a steady stream of changes within the bound, not only after the stream stops', async () => {
    jest.useFakeTimers({ now: 0 });
    const writer = recordingWriter();
    const scheduler = createSaveScheduler({ write: writer.write, maxDelayMs: 300, onBackgroundError: (error) => { throw error; } });
    const notedAt: number[] = [];
    // One change every 50 ms for 3 s: a debounce that restarts on every change would write nothing meanwhile.
    for (let change = 1; change <= 60; change++) {
      writer.setCurrent(change);
      notedAt[change] = Date.now();
      scheduler.noteChange();
      await jest.advanceTimersByTimeAsync(50);
    }
    const duringStream = writer.writes.filter((w) => w.at <= 3000);
    expect(duringStream.length).toBeGreaterThanOrEqual(9);
    // Every change is covered by a write at most 300 ms after it was made.
    for (let change = 1; change <= 55; change++) {
      const coveredBy = writer.writes.find((w) => w.covers >= change);
      expect(coveredBy).toBeDefined();
      expect(coveredBy!.at - notedAt[change]!).toBeLessThanOrEqual(300);
    }
    await jest.advanceTimersByTimeAsync(300);
    expect(writer.writes.at(-1)?.covers).toBe(60);
    expect(scheduler.unsavedChanges()).toBe(0);
  });

  it('writes at once for a waiting caller, and callers arriving during a write share the next one', async () => {
    const writer = recordingWriter();
    const scheduler = createSaveScheduler({ write: writer.write, maxDelayMs: 60_000, onBackgroundError: (error) => { throw error; } });
    writer.setCurrent(1);
    scheduler.noteChange();
    writer.hold();
    const first = scheduler.whenSaved();
    // Three more changes, each with a waiting request, while the first write is still running.
    const waiting = [2, 3, 4].map((change) => {
      writer.setCurrent(change);
      scheduler.noteChange();
      return scheduler.whenSaved();
    });
    writer.release();
    await Promise.all([first, ...waiting]);
    expect(writer.writes.map((w) => w.covers)).toEqual([1, 4]);
    expect(scheduler.unsavedChanges()).toBe(0);
  });

  it('rejects a waiting caller when the write fails, and the next caller writes again', async () => {
    let failNext = true;
    let written = 0;
    const scheduler = createSaveScheduler({
      write: async () => {
        if (failNext) {
          failNext = false;
          throw new Error('disk full');
        }
        written += 1;
      },
      maxDelayMs: 60_000,
      onBackgroundError: () => undefined,
    });
    scheduler.noteChange();
    await expect(scheduler.whenSaved()).rejects.toThrow('disk full');
    expect(scheduler.unsavedChanges()).toBe(1);
    await scheduler.whenSaved();
    expect(written).toBe(1);
    expect(scheduler.unsavedChanges()).toBe(0);
  });

  it('retries a failed background write without a further change', async () => {
    jest.useFakeTimers({ now: 0 });
    const errors: unknown[] = [];
    let attempts = 0;
    const scheduler = createSaveScheduler({
      write: async () => {
        attempts += 1;
        if (attempts === 1) throw new Error('disk full');
      },
      maxDelayMs: 100,
      retryDelayMs: 1_000,
      onBackgroundError: (error) => errors.push(error),
    });
    scheduler.noteChange();
    await jest.advanceTimersByTimeAsync(100);
    expect(errors).toHaveLength(1);
    expect(scheduler.unsavedChanges()).toBe(1);
    await jest.advanceTimersByTimeAsync(1_000);
    expect(attempts).toBe(2);
    expect(scheduler.unsavedChanges()).toBe(0);
  });
});
