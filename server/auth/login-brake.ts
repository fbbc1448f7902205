/**
 * Login attempts counted in a sliding window, in memory (per process: with several
 * instances the limits multiply by their number, still a brake on guessing).
 *
 * An attempt is counted when it starts, not when it fails, so a burst of parallel
 * guesses cannot all slip past the check; a success takes its attempts back.
 * Two counters:
 * - per (client address, login): the everyday brake. A stranger elsewhere cannot lock
 *   someone out with it, and a school behind one proxy address is not one big account.
 * - per login, from any address: a higher ceiling against guessing one account from
 *   many addresses. Reaching it slows that account down for the window, no more.
 * There is deliberately no per-address ceiling: behind a reverse proxy every pupil
 * shares one address, and one script would lock the whole school out.
 */
export interface LoginLimits {
  perAccount: number;
  perLogin: number;
  windowMs: number;
}

export const defaultLoginLimits: LoginLimits = { perAccount: 10, perLogin: 100, windowMs: 15 * 60 * 1000 };

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

  /**
   * Counts an attempt, or says how many seconds to wait (nothing is counted then).
   */
  begin(client: string, login: string): { ok: true } | { ok: false; retryAfterSeconds: number } {
    const now = this.now().getTime();
    const since = now - this.limits.windowMs;
    if (++this.calls % 1000 === 0) for (const key of [...this.attempts.keys()]) this.recent(key, since);
    const name = `login|${login.toLowerCase()}`;
    const account = `${client}|${name}`;
    for (const [key, max] of [[account, this.limits.perAccount], [name, this.limits.perLogin]] as const) {
      const times = this.recent(key, since);
      if (times.length >= max) {
        return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((times[times.length - max] + this.limits.windowMs - now) / 1000)) };
      }
    }
    for (const key of [account, name]) this.attempts.set(key, [...(this.attempts.get(key) ?? []), now]);
    return { ok: true };
  }

  /** A successful login: its account starts afresh, and the login gets its attempt back. */
  succeeded(client: string, login: string): void {
    const name = `login|${login.toLowerCase()}`;
    this.attempts.delete(`${client}|${name}`);
    this.attempts.get(name)?.pop();
  }
}
