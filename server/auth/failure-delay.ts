/**
 * Failed and refused logins are answered no sooner than a floor after they started (as
 * PAM's pam_faildelay does), with a timer: no CPU, and the connection is held meanwhile.
 *
 * - A script that retries as soon as it is answered (a flood of guesses, or of requests
 *   refused with 429 or 503) is slowed to one attempt per floor per connection, at no
 *   cost to the server: every attempt it does not make is work saved, here and in the
 *   database.
 * - A wrong password and a login that matches no account both answer at the floor when
 *   their check ends before it (the usual case): their timing is then the same, not only
 *   alike (password-gate.ts `imitate`).
 * - A success is never held: the floor costs a person who mistyped a second, no more.
 *
 * The number of answers held at once is bounded: past it they go at once (a timer each
 * is cheap, but not free, and sockets are finite). The bound is the same for every
 * login, so it tells nothing about which exist.
 */
import type { GateClock } from './password-gate.ts';

export class FailureDelay {
  private held = 0;

  constructor(
    private readonly floorMs: number,
    private readonly mostHeld: number,
    private readonly clock: Pick<GateClock, 'now' | 'sleep'>,
  ) {}

  /** Resolves `floorMs` after `startedAt` (the clock's milliseconds), or at once when too many are held. */
  async hold(startedAt: number): Promise<void> {
    const left = startedAt + this.floorMs - this.clock.now();
    if (left <= 0 || this.held >= this.mostHeld) return;
    this.held++;
    try {
      await this.clock.sleep(left);
    } finally {
      this.held--;
    }
  }

  /** Answers held now, for the tests. */
  get holding(): number {
    return this.held;
  }
}
