import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { LoginBrake, type Attempt, type LoginLimits } from '../../../server/auth/login-brake.ts';
import { backends } from '../support/backends.ts';

const ok = (r: { ok: boolean }) => r.ok;
/** The attempt as let through (the tests below only pass those on). */
const counted = (a: Attempt) => {
  assert.ok(a.ok, 'the attempt was let through');
  return a;
};
const limits: LoginLimits = { perAccount: 3, perLogin: 5, windowMs: 60_000, perAddressPerMinute: 1000, hashConcurrency: 2, hashQueue: 16, failureFloorMs: 0, failuresHeld: 0 };

for (const backend of backends) {
  describe(`the login brake on ${backend.name}`, () => {
    let db: Awaited<ReturnType<typeof backend.fresh>>;
    let now = 0;
    const brake = (l: LoginLimits = limits) => new LoginBrake(db.store, l, () => new Date(now));
    beforeEach(async () => {
      db = await backend.fresh();
      now = 0;
    });
    afterEach(() => db.drop());

    it('stops a fourth attempt on the same login from the same address, saying how long to wait', async () => {
      const limiter = brake();
      const first = [];
      for (let i = 0; i < 3; i++) first.push(ok(await limiter.begin('1.2.3.4', 'admin')));
      assert.deepEqual(first, [true, true, true]);
      now = 10_000;
      assert.deepEqual(await limiter.begin('1.2.3.4', 'admin'), { ok: false, retryAfterSeconds: 50 });
    });

    it('does not lock the account out for someone at another address', async () => {
      const limiter = brake();
      for (let i = 0; i < 4; i++) await limiter.begin('6.6.6.6', 'admin');
      assert.equal(ok(await limiter.begin('1.2.3.4', 'admin')), true);
    });

    it('lets a whole school behind one proxy address log in, whatever one pupil tries', async () => {
      const limiter = brake();
      for (let i = 0; i < 200; i++) await limiter.begin('10.0.0.1', `nobody${i}`);
      assert.equal(ok(await limiter.begin('10.0.0.1', 'admin')), true);
    });

    it('slows down guessing one login from many addresses', async () => {
      const limiter = brake();
      const results = [];
      for (let i = 0; i < 6; i++) results.push(ok(await limiter.begin(`10.0.0.${i}`, 'eleve')));
      assert.deepEqual(results, [true, true, true, true, true, false]);
    });

    it('forgets attempts once the window has passed, and after a success', async () => {
      const limiter = brake();
      for (let i = 0; i < 3; i++) await limiter.begin('1.2.3.4', 'eleve');
      assert.equal(ok(await limiter.begin('1.2.3.4', 'eleve')), false);
      now = 61_000;
      const right = counted(await limiter.begin('1.2.3.4', 'eleve'));
      await limiter.succeeded(right);
      assert.equal(ok(await limiter.begin('1.2.3.4', 'eleve')), true);
      assert.equal(ok(await limiter.begin('1.2.3.4', 'Eleve')), true, 'logins compare without case');
    });

    it('does not count successful logins against the login', async () => {
      const limiter = brake();
      for (let i = 0; i < 20; i++) {
        await limiter.succeeded(counted(await limiter.begin(`10.0.0.${i}`, 'prof')));
      }
    });

    it('counts in the database: a second brake on the same database (another instance) sees the first one\'s attempts', async () => {
      const a = brake();
      const b = brake();
      await a.begin('1.2.3.4', 'eleve');
      await b.begin('1.2.3.4', 'eleve');
      await a.begin('1.2.3.4', 'eleve');
      assert.equal(ok(await b.begin('1.2.3.4', 'eleve')), false);
      assert.equal(ok(await a.begin('1.2.3.4', 'eleve')), false);
    });

    it('lets no burst of parallel attempts past the limit', async () => {
      const limiter = brake({ ...limits, perAccount: 10, perLogin: 100 });
      const results = await Promise.all(Array.from({ length: 30 }, () => limiter.begin('1.2.3.4', 'perso')));
      assert.equal(results.filter(ok).length, 10);
    });

    it('lets the owner in from a browser with a device cookie while strangers have locked the login (10 addresses x 10 guesses)', async () => {
      const limiter = brake({ ...limits, perAccount: 10, perLogin: 100 });
      for (let a = 0; a < 10; a++) for (let i = 0; i < 10; i++) await limiter.begin(`10.0.0.${a}`, 'eleve');
      assert.equal(ok(await limiter.begin('10.0.0.11', 'eleve')), false, 'the login itself is braked');
      await limiter.succeeded(counted(await limiter.begin('10.0.0.11', 'eleve', 'device-of-the-owner')));
      assert.equal(ok(await limiter.begin('10.0.0.11', 'eleve')), false, 'still braked without the cookie');
    });

    it('brakes guessing through a device cookie on that device alone', async () => {
      const limiter = brake();
      for (let i = 0; i < 3; i++) assert.equal(ok(await limiter.begin('1.2.3.4', 'eleve', 'stolen-device')), true);
      assert.equal(ok(await limiter.begin('1.2.3.4', 'eleve', 'stolen-device')), false);
      assert.equal(ok(await limiter.begin('1.2.3.4', 'eleve', 'another-device')), true);
      assert.equal(ok(await limiter.begin('1.2.3.4', 'eleve')), true, 'the address and login counters were not touched');
    });

    it('puts a per-minute ceiling on one address, and lifts it after the minute', async () => {
      const limiter = brake({ ...limits, perAddressPerMinute: 20 });
      for (let i = 0; i < 20; i++) assert.equal(ok(await limiter.begin('10.0.0.1', `pupil${i}`)), true);
      const refused = await limiter.begin('10.0.0.1', 'pupil-21');
      assert.deepEqual(refused, { ok: false, retryAfterSeconds: 60 });
      assert.equal(ok(await limiter.begin('10.0.0.2', 'pupil-21')), true, 'another address is not concerned');
      now = 60_001;
      assert.equal(ok(await limiter.begin('10.0.0.1', 'pupil-21')), true);
    });

    it('does not count successful logins against the address ceiling', async () => {
      const limiter = brake({ ...limits, perAddressPerMinute: 5 });
      for (let i = 0; i < 30; i++) {
        await limiter.succeeded(counted(await limiter.begin('10.0.0.1', `pupil${i}`)));
      }
    });

    it('gives back an attempt that never reached the password check', async () => {
      const limiter = brake();
      for (let i = 0; i < 3; i++) {
        await limiter.cancelled(counted(await limiter.begin('1.2.3.4', 'eleve')));
      }
      assert.equal(await db.store.loginAttempts.count('login|eleve'), 0);
      assert.equal(ok(await limiter.begin('1.2.3.4', 'eleve')), true);
    });

    it('sweeps expired attempts from the table', async () => {
      const limiter = brake();
      for (let i = 0; i < 3; i++) await limiter.begin('1.2.3.4', `x${i}`);
      assert.equal(await db.store.loginAttempts.count('1.2.3.4|login|x0'), 1);
      now = 10 * 60_000;
      await brake().begin('5.6.7.8', 'y');
      assert.equal(await db.store.loginAttempts.count('1.2.3.4|login|x0'), 0);
      assert.equal(await db.store.loginAttempts.count('login|x0'), 0);
      assert.equal(await db.store.loginAttempts.count('login|y'), 1);
    });

    it('sweeps a batch at a time, the oldest first, so that a long flood costs no long write', async () => {
      for (let i = 0; i < 5; i++) await db.store.loginAttempts.take([{ key: `k${i}`, max: 10, windowMs: 60_000 }], `k${i}`, new Date(i * 1000));
      assert.equal(await db.store.loginAttempts.sweep(new Date(10_000), 3), 3);
      assert.deepEqual(await Promise.all([0, 1, 2, 3, 4].map((i) => db.store.loginAttempts.count(`k${i}`))), [0, 0, 0, 1, 1]);
      assert.equal(await db.store.loginAttempts.sweep(new Date(10_000), 3), 2);
    });

    it('counts the per-address ceiling in this process: no row per attempt, and each instance has its own', async () => {
      const a = brake({ ...limits, perAddressPerMinute: 3 });
      const b = brake({ ...limits, perAddressPerMinute: 3 });
      for (let i = 0; i < 3; i++) assert.equal(ok(await a.begin('10.0.0.1', `pupil${i}`)), true);
      assert.equal(ok(await a.begin('10.0.0.1', 'pupil-4')), false);
      assert.equal(await db.store.loginAttempts.count('address|10.0.0.1'), 0);
      assert.equal(ok(await b.begin('10.0.0.1', 'pupil-4')), true, 'another instance counts its own');
    });

    it('does not take a place under the address ceiling for an attempt the login brakes refuse', async () => {
      const limiter = brake({ ...limits, perAccount: 1, perAddressPerMinute: 3 });
      await limiter.begin('10.0.0.1', 'eleve');
      for (let i = 0; i < 5; i++) assert.equal(ok(await limiter.begin('10.0.0.1', 'eleve')), false);
      assert.equal(ok(await limiter.begin('10.0.0.1', 'prof')), true);
      assert.equal(ok(await limiter.begin('10.0.0.1', 'cpe')), true);
      assert.equal(ok(await limiter.begin('10.0.0.1', 'cdi')), false, 'three attempts let through: the ceiling');
    });
  });
}
