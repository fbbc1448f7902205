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
