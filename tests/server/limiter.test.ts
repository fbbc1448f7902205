import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { LoginLimiter } from '../../server/http/limiter.ts';

describe('the login limiter', () => {
  const limits = { perAccount: 3, perClient: 5, windowMs: 60_000 };

  it('stops a fourth attempt on the same account from the same address', () => {
    const limiter = new LoginLimiter(limits, () => new Date(0));
    assert.deepEqual([1, 2, 3, 4].map(() => limiter.begin('1.2.3.4', 'admin')), [true, true, true, false]);
  });

  it('does not lock the account out for someone at another address', () => {
    const limiter = new LoginLimiter(limits, () => new Date(0));
    for (let i = 0; i < 4; i++) limiter.begin('6.6.6.6', 'admin');
    assert.equal(limiter.begin('1.2.3.4', 'admin'), true);
  });

  it('stops one address trying login after login', () => {
    const limiter = new LoginLimiter(limits, () => new Date(0));
    const results = ['a', 'b', 'c', 'd', 'e', 'f'].map((login) => limiter.begin('6.6.6.6', login));
    assert.deepEqual(results, [true, true, true, true, true, false]);
  });

  it('forgets attempts once the window has passed, and after a success', () => {
    let now = 0;
    const limiter = new LoginLimiter(limits, () => new Date(now));
    for (let i = 0; i < 3; i++) limiter.begin('1.2.3.4', 'eleve');
    assert.equal(limiter.begin('1.2.3.4', 'eleve'), false);
    now = 61_000;
    assert.equal(limiter.begin('1.2.3.4', 'eleve'), true);
    limiter.succeeded('1.2.3.4', 'eleve');
    assert.equal(limiter.begin('1.2.3.4', 'eleve'), true);
    assert.equal(limiter.begin('1.2.3.4', 'Eleve'), true, 'logins compare without case');
  });

  it('does not count successful logins against the address', () => {
    const limiter = new LoginLimiter(limits, () => new Date(0));
    for (let i = 0; i < 20; i++) {
      assert.equal(limiter.begin('10.0.0.1', `user${i}`), true);
      limiter.succeeded('10.0.0.1', `user${i}`);
    }
  });
});
