/**
 * Bounds the password work of this process. Each scrypt check takes a libuv thread and
 * ~50 ms of CPU; left unbounded, a flood of logins queued hundreds of them on Node's four
 * threads and everything else that needs one (file reads, compression) waited seconds.
 * Here at most `concurrency` checks run at once; a short queue waits for a turn; past it
 * the caller is told to come back (503 with Retry-After): the event loop never stalls.
 *
 * Two lanes: a browser that proves, with a device cookie, that it has logged in as
 * that user before waits in its own lane, so a flood of strangers' guesses does not
 * delay the people who use the site every day.
 *
 * Per process on purpose: it protects this process's CPU. With several instances each
 * bounds its own; the attempts themselves are counted in the database (login-brake.ts).
 *
 * A login that matches no account does not take a turn: `imitate` answers it as late as
 * a real check entering the same lane now would end (the wait for a turn, estimated from
 * the lane's queue, plus a duration drawn from the last real checks), with a timer and no
 * CPU. So a flood of made-up logins never takes the places real logins need, and the
 * answer still comes as late as for a wrong password on a real account. What is given up:
 * an imitation delays no other check, so someone timing a real account's check while
 * sending a login at the same moment could in principle tell whether that login took a
 * place; the noise of a shared server and the failure floor (failure-delay.ts, which
 * answers both at the same moment under light load) leave little of it, and giving the
 * imitations places would give the flood the gate back.
 */
import { setTimeout as delay } from 'node:timers/promises';
import { unavailable } from '../errors.ts';
import { CheckTimings, systemClock, type TimingClock } from './check-timings.ts';

interface Lane {
  running: number;
  waiting: (() => void)[];
}

export interface GateClock extends TimingClock {
  /** Resolves after `ms` milliseconds (a timer: no CPU meanwhile). */
  sleep(ms: number): Promise<void>;
}

export const systemGateClock: GateClock = { ...systemClock, sleep: (ms) => delay(ms) };

export class PasswordGate {
  private readonly lanes = { trusted: { running: 0, waiting: [] } as Lane, other: { running: 0, waiting: [] } as Lane };
  private readonly timings: CheckTimings;
  private refreshing = false;

  constructor(
    private readonly concurrency: number,
    private readonly queue: number,
    private readonly clock: GateClock = systemGateClock,
  ) {
    this.timings = new CheckTimings(clock);
  }

  /** Whether a check in this lane would be refused now: callers answer 503 before doing any work. */
  full(trusted: boolean): boolean {
    const lane = trusted ? this.lanes.trusted : this.lanes.other;
    return lane.running >= this.concurrency && lane.waiting.length >= this.queue;
  }

  /** Runs `work` when its lane has room; throws 503 when the lane's queue is full. */
  async run<T>(trusted: boolean, work: () => Promise<T>): Promise<T> {
    const lane = trusted ? this.lanes.trusted : this.lanes.other;
    if (lane.running >= this.concurrency) {
      if (lane.waiting.length >= this.queue) throw unavailable(1);
      await new Promise<void>((resolve) => lane.waiting.push(resolve));
    } else {
      lane.running++;
    }
    const started = this.clock.now();
    try {
      return await work();
    } finally {
      this.timings.record(this.clock.now() - started);
      // The next in line takes this turn over (running stays the same), or it is freed.
      const next = lane.waiting.shift();
      if (next) next();
      else lane.running--;
    }
  }

  /**
   * For a login that matches no account: returns when a real check entering this lane
   * now would have ended, having used a timer and no place in the gate; throws 503 when
   * the lane is full, as `run` would. `realCheck` (a check against a decoy hash) runs
   * instead while this process has not yet timed enough real checks, and once in a
   * while when the last timing is old, so the estimate follows the machine's load.
   */
  async imitate(trusted: boolean, realCheck: () => Promise<unknown>): Promise<void> {
    if (!this.timings.ready) {
      await this.run(trusted, realCheck);
      return;
    }
    if (this.timings.stale && !this.refreshing) {
      this.refreshing = true;
      try {
        await this.run(trusted, realCheck);
      } finally {
        this.refreshing = false;
      }
      return;
    }
    if (this.full(trusted)) throw unavailable(1);
    await this.clock.sleep(this.estimate(trusted));
  }

  /**
   * How long a check entering this lane now would take, in milliseconds: one of the last
   * real durations, plus the wait for a turn when every place is taken (the running
   * checks are on average partly done: with c places the first frees after 1/(c+1) of a
   * check; each queued check ahead then adds 1/c).
   */
  estimate(trusted: boolean): number {
    const lane = trusted ? this.lanes.trusted : this.lanes.other;
    const wait = lane.running < this.concurrency ? 0 : this.timings.mean() * (lane.waiting.length / this.concurrency + 1 / (this.concurrency + 1));
    return wait + this.timings.draw();
  }

  /** Checks running and waiting, for the tests and the bench. */
  get load() {
    const { trusted, other } = this.lanes;
    return { running: trusted.running + other.running, waiting: trusted.waiting.length + other.waiting.length };
  }
}
