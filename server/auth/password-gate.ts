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
 */
import { unavailable } from '../errors.ts';

interface Lane {
  running: number;
  waiting: (() => void)[];
}

export class PasswordGate {
  private readonly lanes = { trusted: { running: 0, waiting: [] } as Lane, other: { running: 0, waiting: [] } as Lane };

  constructor(
    private readonly concurrency: number,
    private readonly queue: number,
  ) {}

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
    try {
      return await work();
    } finally {
      // The next in line takes this turn over (running stays the same), or it is freed.
      const next = lane.waiting.shift();
      if (next) next();
      else lane.running--;
    }
  }

  /** Checks running and waiting, for the tests and the bench. */
  get load() {
    const { trusted, other } = this.lanes;
    return { running: trusted.running + other.running, waiting: trusted.waiting.length + other.waiting.length };
  }
}
