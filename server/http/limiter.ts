/**
 * Login attempts counted in a sliding window, in memory (per process: with several
 * instances the limits multiply by their number, still a brake on guessing).
 *
 * An attempt is counted when it starts, not when it fails, so a burst of parallel
 * guesses cannot all slip past the check; a success takes its own attempt back.
 * Keys are (client address, login) — a stranger cannot lock someone else out from
 * another address — plus the address alone, so one client cannot try login after login.
 */
export interface LoginLimits {
  perAccount: number;
  perClient: number;
  windowMs: number;
}

export const defaultLoginLimits: LoginLimits = { perAccount: 10, perClient: 50, windowMs: 15 * 60 * 1000 };

export class LoginLimiter {
  private readonly attempts = new Map<string, number[]>();
  private calls = 0;

  constructor(
    private readonly limits: LoginLimits,
    private readonly now: () => Date,
  ) {}

  private recent(key: string, since: number): number[] {
    const times = (this.attempts.get(key) ?? []).filter((t) => t > since);
    if (times.length === 0) this.attempts.delete(key);
    else this.attempts.set(key, times);
    return times;
  }

  /** Counts an attempt; false when the client must wait (nothing is counted then). */
  begin(client: string, login: string): boolean {
    const now = this.now().getTime();
    const since = now - this.limits.windowMs;
    if (++this.calls % 1000 === 0) for (const key of [...this.attempts.keys()]) this.recent(key, since);
    const account = `${client}|${login.toLowerCase()}`;
    if (this.recent(account, since).length >= this.limits.perAccount || this.recent(client, since).length >= this.limits.perClient) {
      return false;
    }
    this.attempts.set(account, [...(this.attempts.get(account) ?? []), now]);
    this.attempts.set(client, [...(this.attempts.get(client) ?? []), now]);
    return true;
  }

  /** A successful login: its account starts afresh, and the address gets its attempt back. */
  succeeded(client: string, login: string): void {
    this.attempts.delete(`${client}|${login.toLowerCase()}`);
    this.attempts.get(client)?.pop();
  }
}
