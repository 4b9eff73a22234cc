/**
 * Login rate limit: at most `maxFailures` failed attempts per login and per
 * client address within `windowMs`; further attempts get 429 until the window
 * passes. In memory: one server process holds its own counts.
 */
export class LoginLimiter {
  private failures = new Map<string, number[]>();

  constructor(private maxFailures = 5, private windowMs = 15 * 60_000) {}

  private recent(key: string, now: number) {
    const list = (this.failures.get(key) ?? []).filter((t) => now - t < this.windowMs);
    if (list.length) this.failures.set(key, list);
    else this.failures.delete(key);
    return list;
  }

  /** Seconds to wait before the next attempt, or 0 when allowed. */
  retryAfter(keys: string[], now: number): number {
    let wait = 0;
    for (const key of keys) {
      const list = this.recent(key, now);
      if (list.length >= this.maxFailures) wait = Math.max(wait, Math.ceil((list[0] + this.windowMs - now) / 1000));
    }
    return wait;
  }

  fail(keys: string[], now: number) {
    for (const key of keys) this.failures.set(key, [...this.recent(key, now), now]);
  }

  succeed(keys: string[]) {
    for (const key of keys) this.failures.delete(key);
  }
}
