/**
 * Brakes on password guessing, counted in the database (store/login-attempts.ts) so
 * that several instances on one PostgreSQL share them; expired attempts are swept.
 *
 * An attempt is counted when it starts, not when it fails, so a burst of parallel
 * guesses cannot all slip past the check; a success takes its attempts back.
 * Counters:
 * - per (client address, login): the everyday brake. A stranger elsewhere cannot lock
 *   someone out with it, and a school behind one proxy address is not one big account.
 * - per login, from any address: a higher ceiling against guessing one account from
 *   many addresses. Reaching it slows that account down for the window, no more...
 * - ...and not for a browser that has already logged in as that user: an attempt that
 *   presents a valid device cookie for the login (auth/device-cookie.ts, OWASP's
 *   "device cookies") is counted on that device alone, so a stranger's guesses cannot
 *   lock the account's owner out.
 * - per client address, over one minute: a ceiling against floods, high enough for a
 *   whole school behind one proxy (TUILES_LOGIN_PER_ADDRESS_PER_MINUTE, default 300).
 *   There is deliberately no longer per-address lockout: one script would lock the
 *   whole school out. Successful logins give their place back, so a morning rush of
 *   right passwords never reaches it.
 */
import { availableParallelism } from 'node:os';
import type { Store } from '../store/index.ts';
import type { Counter } from '../store/login-attempts.ts';

export interface LoginLimits {
  /** Attempts per (address, login), and per trusted device, in the window. */
  perAccount: number;
  /** Attempts per login from any address without a device cookie, in the window. */
  perLogin: number;
  windowMs: number;
  /** Attempts per address in one minute, whatever the login (trusted devices aside). */
  perAddressPerMinute: number;
  /** Password checks run at once by this process (each takes a thread and ~50 ms of CPU). */
  hashConcurrency: number;
  /** Checks that may wait for a turn, per lane, before the next is told to come back later. */
  hashQueue: number;
}

export const defaultLoginLimits: LoginLimits = {
  perAccount: 10,
  perLogin: 100,
  windowMs: 15 * 60 * 1000,
  perAddressPerMinute: 300,
  // Half the cores at most, and at most 2: the other half keeps serving everything else
  // (and Node's thread pool keeps free threads) however many logins arrive.
  hashConcurrency: Math.max(1, Math.min(2, Math.floor(availableParallelism() / 2))),
  // About a second of checks waiting at most, so an answer, 401 or 503, comes soon.
  hashQueue: 16,
};

const MINUTE = 60_000;
/** How often one instance sweeps expired attempts (every instance does, harmlessly). */
const SWEEP_EVERY_MS = MINUTE;

/** An attempt let through: what it was counted on, to give back on success or when it never ran. */
export interface Counted {
  ok: true;
  keys: { name: string; account: string; address: string; device: string | null };
  /** The row recorded on each counter, by key. */
  ids: Map<string, number>;
}
export type Attempt = Counted | { ok: false; retryAfterSeconds: number };

export class LoginBrake {
  private lastSweep = 0;

  constructor(
    private readonly store: Pick<Store, 'loginAttempts'>,
    private readonly limits: LoginLimits,
    private readonly now: () => Date,
  ) {}

  /**
   * Counts an attempt, or says how many seconds to wait (nothing is counted then).
   * `device`: the id of a valid device cookie for this login, if the browser sent one.
   */
  async begin(client: string, login: string, device: string | null = null): Promise<Attempt> {
    const now = this.now();
    if (now.getTime() - this.lastSweep >= SWEEP_EVERY_MS) {
      this.lastSweep = now.getTime();
      await this.store.loginAttempts.sweep(new Date(now.getTime() - Math.max(this.limits.windowMs, MINUTE)));
    }
    const name = `login|${login.toLowerCase()}`;
    const keys = { name, account: `${client}|${name}`, address: `address|${client}`, device: device ? `device|${device}` : null };
    const counters: Counter[] = keys.device
      ? [{ key: keys.device, max: this.limits.perAccount, windowMs: this.limits.windowMs }]
      : [
          { key: keys.address, max: this.limits.perAddressPerMinute, windowMs: MINUTE },
          { key: keys.account, max: this.limits.perAccount, windowMs: this.limits.windowMs },
          { key: keys.name, max: this.limits.perLogin, windowMs: this.limits.windowMs },
        ];
    const taken = await this.store.loginAttempts.take(counters, keys.name, now);
    return taken.ok ? { ok: true, keys, ids: taken.ids } : taken;
  }

  /** A successful login: its account (or device) starts afresh; the login and the address get this attempt back. */
  async succeeded(attempt: Counted): Promise<void> {
    const { keys } = attempt;
    if (keys.device) return this.store.loginAttempts.clear(keys.device);
    await this.store.loginAttempts.clear(keys.account);
    await this.store.loginAttempts.giveBack([keys.name, keys.address].flatMap((key) => attempt.ids.get(key) ?? []));
  }

  /** An attempt that never reached the password check (the server was too busy): given back on every counter. */
  async cancelled(attempt: Counted): Promise<void> {
    await this.store.loginAttempts.giveBack([...attempt.ids.values()]);
  }
}
