/**
 * Counts events per key (an address, a learner) in fixed windows of time and says when a key
 * has had its fill: wrong room codes per address, requests per learner.
 */
export class WindowLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** The key's count in its current window, a window that has passed counting as empty. */
  private current(key: string) {
    const at = this.now();
    const window = this.windows.get(key);
    if (window && at - window.start < this.windowMs) return window;
    const fresh = { start: at, count: 0 };
    this.windows.set(key, fresh);
    // Forget old keys now and then, so a stream of addresses cannot grow the map for ever.
    if (this.windows.size > 10_000) this.sweep(at);
    return fresh;
  }

  /** Whether the key has used up its window. */
  isSpent(key: string): boolean {
    return this.current(key).count >= this.max;
  }

  /** Counts one event; false when the key had already used up its window. */
  hit(key: string): boolean {
    const window = this.current(key);
    if (window.count >= this.max) return false;
    window.count += 1;
    return true;
  }

  /** Seconds until the key's window ends, for a Retry-After header. */
  retryAfterSeconds(key: string): number {
    const window = this.current(key);
    return Math.max(1, Math.ceil((window.start + this.windowMs - this.now()) / 1000));
  }

  private sweep(at: number): void {
    for (const [key, window] of this.windows) {
      if (at - window.start >= this.windowMs) this.windows.delete(key);
    }
  }
}
