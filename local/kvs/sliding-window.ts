/**
 * Amounts recorded at instants, summed over the last `spanMs`. A sliding window, not a fixed one: the docs do
 * not say how Forge aligns its minute, and whatever a sliding window admits every fixed window admits too, so
 * the local site is never kinder than the cloud (a fixed window would let 2× the quota through across a boundary).
 */
export class SlidingWindow {
  private entries: Array<{ at: number; amount: number }> = [];
  private head = 0;
  private sum = 0;

  constructor(private readonly spanMs: number) {}

  total(now: number): number {
    this.forget(now);
    return this.sum;
  }

  add(now: number, amount: number): void {
    this.forget(now);
    this.entries.push({ at: now, amount });
    this.sum += amount;
  }

  /** Milliseconds until `amount` more fits under `limit`; Infinity when it never will (`amount` > `limit`). */
  waitMs(now: number, amount: number, limit: number): number {
    this.forget(now);
    let excess = this.sum + amount - limit;
    if (excess <= 0) return 0;
    for (let i = this.head; i < this.entries.length; i++) {
      const entry = this.entries[i]!;
      excess -= entry.amount;
      if (excess <= 0) return entry.at + this.spanMs - now;
    }
    return Infinity;
  }

  clear(): void {
    this.entries = [];
    this.head = 0;
    this.sum = 0;
  }

  private forget(now: number): void {
    while (this.head < this.entries.length && this.entries[this.head]!.at <= now - this.spanMs) {
      this.sum -= this.entries[this.head]!.amount;
      this.head += 1;
    }
    // Compact now and then so a long run does not keep every request it ever saw.
    if (this.head > 1024 && this.head * 2 > this.entries.length) {
      this.entries = this.entries.slice(this.head);
      this.head = 0;
    }
  }
}
