import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { AddressCeiling } from '../../../server/auth/address-ceiling.ts';

describe('the per-address ceiling (in memory)', () => {
  it('lets `max` attempts through in a minute, then says how long until the oldest leaves the window', () => {
    const ceiling = new AddressCeiling(3);
    assert.equal(ceiling.take('10.0.0.1', 0).ok, true);
    assert.equal(ceiling.take('10.0.0.1', 20_000).ok, true);
    assert.equal(ceiling.take('10.0.0.1', 20_500).ok, true);
    assert.deepEqual(ceiling.take('10.0.0.1', 30_000), { ok: false, retryAfterSeconds: 30 });
    assert.equal(ceiling.take('10.0.0.2', 30_000).ok, true, 'another address has its own count');
    assert.equal(ceiling.take('10.0.0.1', 60_000).ok, true, 'the first attempt has left the window');
    assert.equal(ceiling.take('10.0.0.1', 60_001).ok, false);
  });

  it('gives a place back (a success, or an attempt that never ran)', () => {
    const ceiling = new AddressCeiling(2);
    const first = ceiling.take('10.0.0.1', 1_000);
    assert.ok(first.ok);
    ceiling.take('10.0.0.1', 1_000);
    assert.equal(ceiling.take('10.0.0.1', 2_000).ok, false);
    ceiling.giveBack('10.0.0.1', first);
    assert.equal(ceiling.take('10.0.0.1', 2_000).ok, true);
    assert.equal(ceiling.take('10.0.0.1', 2_000).ok, false);
  });

  it('ignores a give-back once the attempt has left the window', () => {
    const ceiling = new AddressCeiling(1);
    const old = ceiling.take('10.0.0.1', 0);
    assert.ok(old.ok);
    assert.equal(ceiling.take('10.0.0.1', 61_000).ok, true);
    ceiling.giveBack('10.0.0.1', old);
    assert.equal(ceiling.take('10.0.0.1', 61_000).ok, false, 'the newer attempt still counts');
  });

  it('remembers a bounded number of addresses, forgetting the least recently seen, and drops idle ones', () => {
    const ceiling = new AddressCeiling(1, 60_000, 3);
    for (const address of ['a', 'b', 'c']) ceiling.take(address, 0);
    assert.equal(ceiling.take('a', 1_000).ok, false, 'a is seen again: the most recent now');
    ceiling.take('d', 1_000);
    assert.equal(ceiling.size, 3);
    assert.equal(ceiling.take('b', 2_000).ok, true, 'b, the least recently seen, was forgotten');
    assert.equal(ceiling.take('a', 2_000).ok, false, 'a was kept');
    ceiling.take('e', 200_000);
    assert.equal(ceiling.size, 1, 'after a window, addresses with nothing left in it are dropped');
  });
});
