import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { FailureDelay } from '../../../server/auth/failure-delay.ts';

describe('the failure floor', () => {
  const clockAt = (now: number, sleeps: number[], pending?: (() => void)[]) => ({
    now: () => now,
    sleep: (ms: number) => {
      sleeps.push(ms);
      return pending ? new Promise<void>((resolve) => pending.push(resolve)) : Promise.resolve();
    },
  });

  it('holds a failure until the floor after it began, by a timer', async () => {
    const sleeps: number[] = [];
    await new FailureDelay(1_000, 10, clockAt(300, sleeps)).hold(0);
    assert.deepEqual(sleeps, [700]);
  });

  it('does not hold an answer that is already past the floor (a slow check under load)', async () => {
    const sleeps: number[] = [];
    await new FailureDelay(1_000, 10, clockAt(1_500, sleeps)).hold(0);
    assert.deepEqual(sleeps, []);
  });

  it('holds a bounded number at once; past it, answers at once', async () => {
    const sleeps: number[] = [];
    const pending: (() => void)[] = [];
    const delay = new FailureDelay(1_000, 2, clockAt(0, sleeps, pending));
    const held = [delay.hold(0), delay.hold(0)];
    assert.equal(delay.holding, 2);
    await delay.hold(0);
    assert.deepEqual(sleeps, [1_000, 1_000], 'the third was not held');
    for (const release of pending) release();
    await Promise.all(held);
    assert.equal(delay.holding, 0);
  });
});
