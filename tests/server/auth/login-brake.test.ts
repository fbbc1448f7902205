import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { LoginLimiter } from '../../../server/auth/login-brake.ts';

const ok = (r: { ok: boolean }) => r.ok;

describe('the login limiter', () => {
  const limits = { perAccount: 3, perLogin: 5, windowMs: 60_000 };

  it('stops a fourth attempt on the same login from the same address, saying how long to wait', () => {
    let now = 0;
    const limiter = new LoginLimiter(limits, () => new Date(now));
    assert.deepEqual([1, 2, 3].map(() => ok(limiter.begin('1.2.3.4', 'admin'))), [true, true, true]);
    now = 10_000;
    assert.deepEqual(limiter.begin('1.2.3.4', 'admin'), { ok: false, retryAfterSeconds: 50 });
  });

  it('does not lock the account out for someone at another address', () => {
    const limiter = new LoginLimiter(limits, () => new Date(0));
    for (let i = 0; i < 4; i++) limiter.begin('6.6.6.6', 'admin');
    assert.equal(ok(limiter.begin('1.2.3.4', 'admin')), true);
  });

  it('lets a whole school behind one proxy address log in, whatever one pupil tries', () => {
    const limiter = new LoginLimiter(limits, () => new Date(0));
    for (let i = 0; i < 200; i++) limiter.begin('10.0.0.1', `nobody${i}`);
    assert.equal(ok(limiter.begin('10.0.0.1', 'admin')), true);
  });

  it('slows down guessing one login from many addresses', () => {
    const limiter = new LoginLimiter(limits, () => new Date(0));
    const results = Array.from({ length: 6 }, (_, i) => ok(limiter.begin(`10.0.0.${i}`, 'eleve')));
    assert.deepEqual(results, [true, true, true, true, true, false]);
  });

  it('forgets attempts once the window has passed, and after a success', () => {
    let now = 0;
    const limiter = new LoginLimiter(limits, () => new Date(now));
    for (let i = 0; i < 3; i++) limiter.begin('1.2.3.4', 'eleve');
    assert.equal(ok(limiter.begin('1.2.3.4', 'eleve')), false);
    now = 61_000;
    assert.equal(ok(limiter.begin('1.2.3.4', 'eleve')), true);
    limiter.succeeded('1.2.3.4', 'eleve');
    assert.equal(ok(limiter.begin('1.2.3.4', 'eleve')), true);
    assert.equal(ok(limiter.begin('1.2.3.4', 'Eleve')), true, 'logins compare without case');
  });

  it('does not count successful logins against the login', () => {
    const limiter = new LoginLimiter(limits, () => new Date(0));
    for (let i = 0; i < 20; i++) {
      assert.equal(ok(limiter.begin(`10.0.0.${i}`, 'prof')), true);
      limiter.succeeded(`10.0.0.${i}`, 'prof');
    }
  });
});
