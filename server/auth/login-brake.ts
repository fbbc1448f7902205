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
 *   right passwords never reaches it. This one is counted in this process's memory
 *   (address-ceiling.ts: it guards the process's work, and kept in the database it was
 *   the costliest write of a flood); with several instances each has its own.
 */
import { availableParallelism } from 'node:os';
import type { Store } from '../store/index.ts';
import type { Counter } from '../store/login-attempts.ts';
import { AddressCeiling, type Taken } from './address-ceiling.ts';

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
  /** Failed or refused attempts are answered no sooner than this after they began (auth/failure-delay.ts). */
  failureFloorMs: number;
  /** Answers held at once for that floor, at most; past it they go at once. */
  failuresHeld: number;
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
  // As PAM's pam_faildelay (2 s there): a script that retries at once is slowed to one
  // attempt a second per connection; a person who mistyped hardly notices.
  failureFloorMs: 1_000,
  failuresHeld: 2_000,
};

const MINUTE = 60_000;
/** How often one instance sweeps expired attempts (every instance does, harmlessly)... */
const SWEEP_EVERY_MS = MINUTE;
/** ...at most this many rows at a time (a short write, even after a long flood)... */
const SWEEP_BATCH = 2_000;
/** ...and again after this long while a sweep still finds a full batch. */
const SWEEP_AGAIN_MS = 1_000;

/** An attempt let through: what it was counted on, to give back on success or when it never ran. */
export interface Counted {
  ok: true;
  keys: { name: string; account: string; client: string; device: string | null };
  /** The row recorded on each counter in the database, by key. */
  ids: Map<string, number>;
  /** Its place under the address ceiling (none with a device cookie). */
  address: Taken | null;
}
export type Attempt = Counted | { ok: false; retryAfterSeconds: number };

export class LoginBrake {
  private nextSweep = 0;
  private readonly ceiling: AddressCeiling;

  constructor(
    private readonly store: Pick<Store, 'loginAttempts'>,
    private readonly limits: LoginLimits,
    private readonly now: () => Date,
  ) {
    this.ceiling = new AddressCeiling(limits.perAddressPerMinute, MINUTE);
  }

  /**
   * Counts an attempt, or says how many seconds to wait (nothing is counted then).
   * `device`: the id of a valid device cookie for this login, if the browser sent one.
   */
  async begin(client: string, login: string, device: string | null = null): Promise<Attempt> {
    const now = this.now();
    await this.sweep(now);
    const name = `login|${login.toLowerCase()}`;
    const keys = { name, account: `${client}|${name}`, client, device: device ? `device|${device}` : null };
    // The address ceiling first: in memory, it refuses a flood before any query.
    const address = keys.device ? null : this.ceiling.take(client, now.getTime());
    if (address && !address.ok) return address;
    const counters: Counter[] = keys.device
      ? [{ key: keys.device, max: this.limits.perAccount, windowMs: this.limits.windowMs }]
      : [
          { key: keys.account, max: this.limits.perAccount, windowMs: this.limits.windowMs },
          { key: keys.name, max: this.limits.perLogin, windowMs: this.limits.windowMs },
        ];
    let taken: Awaited<ReturnType<Store['loginAttempts']['take']>>;
    try {
      taken = await this.store.loginAttempts.take(counters, keys.name, now);
    } catch (error) {
      if (address) this.ceiling.giveBack(client, address);
      throw error;
    }
    // Refused: counted nowhere, the address's place included.
    if (!taken.ok && address) this.ceiling.giveBack(client, address);
    return taken.ok ? { ok: true, keys, ids: taken.ids, address } : taken;
  }

  /** A successful login: its account (or device) starts afresh; the login and the address get this attempt back. */
  async succeeded(attempt: Counted): Promise<void> {
    const { keys } = attempt;
    if (keys.device) return this.store.loginAttempts.clear(keys.device);
    if (attempt.address) this.ceiling.giveBack(keys.client, attempt.address);
    await this.store.loginAttempts.clear(keys.account);
    await this.store.loginAttempts.giveBack(attempt.ids.has(keys.name) ? [attempt.ids.get(keys.name)!] : []);
  }

  /** An attempt that never reached the password check (the server was too busy): given back on every counter. */
  async cancelled(attempt: Counted): Promise<void> {
    if (attempt.address) this.ceiling.giveBack(attempt.keys.client, attempt.address);
    await this.store.loginAttempts.giveBack([...attempt.ids.values()]);
  }

  /** Deletes expired attempts once a minute, a batch at a time: a long flood leaves many. */
  private async sweep(now: Date): Promise<void> {
    if (now.getTime() < this.nextSweep) return;
    this.nextSweep = now.getTime() + SWEEP_EVERY_MS;
    const deleted = await this.store.loginAttempts.sweep(new Date(now.getTime() - Math.max(this.limits.windowMs, MINUTE)), SWEEP_BATCH);
    if (deleted >= SWEEP_BATCH) this.nextSweep = now.getTime() + SWEEP_AGAIN_MS;
  }
}
