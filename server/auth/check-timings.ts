/**
 * How long this process's password checks take (the scrypt work alone, without the wait
 * for a turn): the last few durations, kept so that a login matching no account can be
 * answered after a wait drawn from the same distribution instead of a decoy scrypt
 * (password-gate.ts `imitate`). Per process on purpose: it is this process's CPU that a
 * real check would use.
 */
export interface TimingClock {
  /** Milliseconds on a monotonic clock (performance.now). */
  now(): number;
  /** A number in [0, 1) (Math.random). */
  random(): number;
}

export const systemClock: TimingClock = { now: () => performance.now(), random: () => Math.random() };

export class CheckTimings {
  private readonly durations: number[] = [];
  private next = 0;
  private lastAt = -Infinity;

  constructor(
    private readonly clock: TimingClock = systemClock,
    /** Durations remembered: enough to draw from their spread, few enough to follow the machine's load. */
    private readonly size = 32,
    /** Fewer samples than this: not yet an estimate (the first checks are real ones). */
    private readonly enough = 4,
    /** Without a new sample for this long, the estimate is stale (the machine's load changes). */
    private readonly staleAfterMs = 60_000,
  ) {}

  record(durationMs: number): void {
    if (this.durations.length < this.size) this.durations.push(durationMs);
    else this.durations[this.next] = durationMs;
    this.next = (this.next + 1) % this.size;
    this.lastAt = this.clock.now();
  }

  /** Whether enough checks were timed to imitate one. */
  get ready(): boolean {
    return this.durations.length >= this.enough;
  }

  /** Whether the last timing is old: one real check should refresh the estimate. */
  get stale(): boolean {
    return this.clock.now() - this.lastAt > this.staleAfterMs;
  }

  /** One of the recent durations, at random: the same spread as the real checks, jitter included. */
  draw(): number {
    if (this.durations.length === 0) return 0;
    return this.durations[Math.floor(this.clock.random() * this.durations.length)];
  }

  mean(): number {
    if (this.durations.length === 0) return 0;
    return this.durations.reduce((sum, d) => sum + d, 0) / this.durations.length;
  }
}
