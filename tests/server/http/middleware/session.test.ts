import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { backends } from '../../support/backends.ts';
import { testApp } from '../../support/harness.ts';
import { parse } from 'hono/utils/cookie';
import { BASE, PUBLIC_HOME, finish, type TestApp } from '../requests.ts';
import { cookieOf } from '../../../../server/http/middleware/request-headers.ts';

for (const backend of backends) {
  describe(`the session middleware on ${backend.name}`, () => {
    let t: TestApp;
    beforeEach(async () => {
      t = await testApp(backend);
    });
    afterEach(() => finish(t));

    it('treats an unknown session cookie as anonymous', async () => {
      const me = await t.getJson(`${BASE}/api/me`, 'tuiles_session=forged');
      assert.equal(me.res.status, 401);
      const page = await t.request(PUBLIC_HOME, { headers: { Cookie: 'tuiles_session=forged' } });
      assert.match(page.headers.get('cache-control')!, /^public/);
    });

    it('finds the session cookie among others, and not under a name that only looks like it', async () => {
      const session = await t.login('eleve');
      const token = session.split('=')[1];
      for (const header of [
        `theme=sombre; ${session}; lang=fr`,
        `xtuiles_session=forged;${session}`,
        `tuiles_session_old=forged;  ${session}  `,
        `${session}; tuiles_session=forged`,
        `tuiles_session="${token}"`,
        `tuiles_session =${token}`,
        `tuiles_session=a\\b; ${session}`,
      ]) {
        assert.equal((await t.getJson(`${BASE}/api/me`, header)).res.status, 200, header);
      }
      for (const header of ['xtuiles_session=' + token, 'tuiles_session_old=' + token, 'tuiles_session', `tuiles_session=`, `tuiles_session=${token}\\`]) {
        assert.equal((await t.getJson(`${BASE}/api/me`, header)).res.status, 401, header);
      }
    });
  });
}

describe('cookieOf, the session cookie reader', () => {
  it('reads a cookie as hono/cookie parses it, for the forms browsers send', () => {
    const headers = [
      'tuiles_session=abc',
      'a=1; tuiles_session=abc; b=2',
      'a=1;tuiles_session=abc;b=2',
      '  tuiles_session =abc',
      'tuiles_session=  abc  ; x=1',
      'tuiles_session="abc"',
      'tuiles_session=""',
      'tuiles_session="',
      'tuiles_session=',
      'tuiles_session',
      'xtuiles_session=abc',
      'tuiles_session2=abc; tuiles_session=def',
      'tuiles_session=first; tuiles_session=second',
      'a=b=c; tuiles_session=x=y',
      'tuiles_session=a"b; tuiles_session=second',
      'tuiles_session=a\\b',
      'tuiles_session=a,b c',
      'tuiles_session=\u00e9t\u00e9; tuiles_session=ok',
      ';;; tuiles_session=abc;;',
      '\ttuiles_session=abc',
      '',
    ];
    for (const header of headers) {
      assert.equal(cookieOf(header, 'tuiles_session'), parse(header, 'tuiles_session').tuiles_session, JSON.stringify(header));
    }
    assert.equal(cookieOf(undefined, 'tuiles_session'), undefined);
  });
});
