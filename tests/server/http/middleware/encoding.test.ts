import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { negotiateEncoding } from '../../../../server/http/middleware/encoding.ts';

describe('Accept-Encoding negotiation', () => {
  const cases: [string | undefined, readonly string[], string | null][] = [
    [undefined, ['gzip'], null],
    ['', ['gzip'], null],
    ['gzip', ['gzip'], 'gzip'],
    ['GZIP', ['gzip'], 'gzip'],
    ['gzip;q=0', ['gzip'], null],
    ['gzip; q=0.000', ['gzip'], null],
    ['deflate, br', ['gzip'], null],
    ['*', ['gzip'], 'gzip'],
    ['*;q=0', ['gzip'], null],
    ['*, gzip;q=0', ['gzip'], null],
    ['identity;q=1, gzip;q=0.5', ['gzip'], null],
    ['identity;q=0.2, gzip;q=0.5', ['gzip'], 'gzip'],
    ['gzip, deflate, br', ['br', 'gzip'], 'br'],
    ['gzip, br;q=0.9', ['br', 'gzip'], 'gzip'],
    ['br;q=0, gzip', ['br', 'gzip'], 'gzip'],
    ['gzip, br', ['br', 'gzip'], 'br'],
    ['gzip;q=0.8, *;q=0.9', ['br', 'gzip'], 'br'],
    ['gzip;q=nonsense', ['gzip'], null],
  ];
  for (const [header, available, expected] of cases) {
    it(`${JSON.stringify(header)} with ${available.join('+')} -> ${expected ?? 'plain'}`, () => {
      assert.equal(negotiateEncoding(header, available), expected);
    });
  }
});
