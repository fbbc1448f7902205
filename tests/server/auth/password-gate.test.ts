import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PasswordGate } from '../../../server/auth/password-gate.ts';
import { AppError } from '../../../server/errors.ts';

const deferred = () => {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
};

describe('the password gate', () => {
  it('runs at most `concurrency` checks at once, queues a few, refuses the next with 503 and Retry-After', async () => {
    const gate = new PasswordGate(2, 3);
    const release = deferred();
    let running = 0;
    let most = 0;
    const work = async () => {
      running++;
      most = Math.max(most, running);
      await release.promise;
      running--;
      return true;
    };
    const accepted = Array.from({ length: 5 }, () => gate.run(false, work));
    assert.deepEqual(gate.load, { running: 2, waiting: 3 });
    assert.equal(gate.full(false), true);
    await assert.rejects(gate.run(false, work), (error: AppError) => error.status === 503 && error.retryAfterSeconds === 1);
    release.resolve();
    assert.deepEqual(await Promise.all(accepted), [true, true, true, true, true]);
    assert.equal(most, 2);
    assert.deepEqual(gate.load, { running: 0, waiting: 0 });
  });

  it('keeps a lane for browsers with a device cookie: a flood of strangers does not make them wait', async () => {
    const gate = new PasswordGate(1, 2);
    const flood = deferred();
    const strangers = Array.from({ length: 3 }, () => gate.run(false, () => flood.promise));
    assert.equal(gate.full(false), true);
    assert.equal(gate.full(true), false);
    assert.equal(await gate.run(true, async () => 'owner'), 'owner');
    flood.resolve();
    await Promise.all(strangers);
  });

  it('frees its place when a check fails', async () => {
    const gate = new PasswordGate(1, 0);
    await assert.rejects(gate.run(false, async () => Promise.reject(new Error('damaged hash'))), /damaged hash/);
    assert.equal(await gate.run(false, async () => 'next'), 'next');
  });
});

/** A clock whose time moves only when told, and a timer that records how long it was asked to wait. */
function fakeClock(random = 0) {
  let t = 0;
  const sleeps: number[] = [];
  return {
    sleeps,
    advance: (ms: number) => (t += ms),
    clock: { now: () => t, random: () => random, sleep: async (ms: number) => void sleeps.push(ms) },
  };
}

describe('the password gate, for a login that matches no account', () => {
  it('runs real checks until it has timed a few, then waits as long as one of them took, by a timer, taking no place', async () => {
    const f = fakeClock(0.99);
    const gate = new PasswordGate(1, 0, f.clock);
    let real = 0;
    const durations = [10, 20, 30, 40];
    const check = async () => {
      f.advance(durations[real++ % 4]);
      return false;
    };
    for (let i = 0; i < 4; i++) await gate.imitate(false, check);
    assert.equal(real, 4, 'the first ones are real: there is nothing to imitate yet');
    assert.deepEqual(f.sleeps, []);
    const loads: unknown[] = [];
    const imitated = new PasswordGate(1, 0, { ...f.clock, sleep: async (ms) => void (f.sleeps.push(ms), loads.push(imitated.load)) });
    for (let i = 0; i < 4; i++) await imitated.run(false, check);
    await imitated.imitate(false, check);
    assert.equal(real, 8, 'no real check for the imitation');
    assert.deepEqual(f.sleeps, [40], 'one of the timed durations (drawn at random)');
    assert.deepEqual(loads, [{ running: 0, waiting: 0 }], 'no place taken while it waits');
  });

  it('adds the wait for a turn when every place is taken, and is refused like a real check when the queue is full', async () => {
    const f = fakeClock(0);
    const gate = new PasswordGate(1, 2, f.clock);
    for (let i = 0; i < 4; i++)
      await gate.run(false, async () => {
        f.advance(40);
      });
    const release = deferred();
    const busy = [gate.run(false, () => release.promise), gate.run(false, () => release.promise)];
    assert.deepEqual(gate.load, { running: 1, waiting: 1 });
    await gate.imitate(false, () => Promise.resolve());
    // Half a check until the running one ends (one place: 1/2), one queued check ahead (1), then its own.
    assert.deepEqual(f.sleeps, [40 * (1 + 1 / 2) + 40]);
    assert.equal(gate.estimate(true), 40, 'the other lane is free: no wait');
    busy.push(gate.run(false, () => release.promise));
    await assert.rejects(gate.imitate(false, () => Promise.resolve()), (error: AppError) => error.status === 503);
    release.resolve();
    await Promise.all(busy);
  });

  it('refreshes its timings with one real check when the last is a minute old; the others meanwhile wait by the timer', async () => {
    const f = fakeClock(0);
    const gate = new PasswordGate(2, 10, f.clock);
    for (let i = 0; i < 4; i++)
      await gate.run(false, async () => {
        f.advance(40);
      });
    f.advance(61_000);
    const release = deferred();
    let real = 0;
    const slowCheck = async () => {
      real++;
      await release.promise;
      f.advance(90);
    };
    const refreshing = gate.imitate(false, slowCheck);
    await gate.imitate(false, slowCheck);
    assert.equal(real, 1, 'one real check at a time refreshes');
    assert.deepEqual(f.sleeps, [40]);
    release.resolve();
    await refreshing;
    await gate.imitate(false, slowCheck);
    assert.equal(real, 1, 'fresh again: imitated');
  });
});
