/**
 * The per-address flood ceiling of the login brake (login-brake.ts): attempts per client
 * address over the last minute, whatever the login, counted in this process's memory.
 *
 * In memory, not in the database, because it is the counter every attempt of a flood
 * writes to: kept in the database it was one more row per attempt and, for one busy
 * address (a school's proxy, a flood's source), a count over all of that address's rows
 * in the minute. It guards this process's work (as the password gate does), not an
 * account: the brakes against guessing (per account, per login) stay in the database,
 * shared by every instance. With several instances behind a load balancer, each counts
 * its own: one address gets up to the ceiling on each instance (README, "Several
 * instances").
 *
 * Attempts are counted per second (a short list per address); an attempt counts as made
 * at the start of its second, so it leaves the window up to a second early. The number
 * of addresses remembered is bounded: past it the least recently seen is forgotten (a flood from that
 * many addresses is the password gate's business, not this ceiling's).
 */
export interface Taken {
  ok: true;
  /** The second the attempt was counted in, to give it back. */
  second: number;
}

interface Counts {
  /** [second, attempts] pairs, oldest first, none empty. */
  seconds: [number, number][];
  total: number;
}

export class AddressCeiling {
  private readonly addresses = new Map<string, Counts>();
  private lastPrune = 0;

  constructor(
    private readonly max: number,
    private readonly windowMs = 60_000,
    private readonly maxAddresses = 50_000,
  ) {}

  /** Counts one attempt from `address`, or says how many seconds until there is room. */
  take(address: string, nowMs: number): Taken | { ok: false; retryAfterSeconds: number } {
    const second = Math.floor(nowMs / 1000);
    this.prune(nowMs);
    let counts = this.current(address, nowMs);
    if (counts) {
      // Last seen, last forgotten: the map keeps insertion order.
      this.addresses.delete(address);
    } else {
      if (this.addresses.size >= this.maxAddresses) this.addresses.delete(this.addresses.keys().next().value!);
      counts = { seconds: [], total: 0 };
    }
    this.addresses.set(address, counts);
    if (counts.total >= this.max) {
      const freeAt = counts.seconds[0][0] * 1000 + this.windowMs;
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((freeAt - nowMs) / 1000)) };
    }
    const last = counts.seconds[counts.seconds.length - 1];
    if (last?.[0] === second) last[1]++;
    else counts.seconds.push([second, 1]);
    counts.total++;
    return { ok: true, second };
  }

  /** Takes back an attempt counted by `take` (a success, or an attempt that never ran). */
  giveBack(address: string, taken: Taken): void {
    const counts = this.addresses.get(address);
    const entry = counts?.seconds.find(([s]) => s === taken.second);
    if (!counts || !entry) return; // already out of the window
    entry[1]--;
    counts.total--;
    if (entry[1] === 0) counts.seconds.splice(counts.seconds.indexOf(entry), 1);
  }

  /** Addresses remembered, for the tests. */
  get size(): number {
    return this.addresses.size;
  }

  /** This address's counts within the window (older seconds dropped), if any. */
  private current(address: string, nowMs: number): Counts | undefined {
    const counts = this.addresses.get(address);
    if (!counts) return undefined;
    let drop = 0;
    while (drop < counts.seconds.length && counts.seconds[drop][0] * 1000 + this.windowMs <= nowMs) {
      counts.total -= counts.seconds[drop][1];
      drop++;
    }
    if (drop > 0) counts.seconds.splice(0, drop);
    return counts;
  }

  /** Once a window, forgets the addresses with nothing left in it. */
  private prune(nowMs: number): void {
    if (nowMs - this.lastPrune < this.windowMs) return;
    this.lastPrune = nowMs;
    for (const address of [...this.addresses.keys()]) {
      const counts = this.current(address, nowMs)!;
      if (counts.total === 0) this.addresses.delete(address);
    }
  }
}
