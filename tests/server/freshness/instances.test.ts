/**
 * Two real server processes on one fresh PostgreSQL database: a page saved through one
 * is served by the other at once, although each keeps shared anonymous copies for
 * five minutes (TUILES_PUBLIC_MAX_AGE=300). Needs PostgreSQL (TUILES_TEST_PG_URL).
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { backends } from '../support/backends.ts';
import { sanitize } from '../support/harness.ts';
import { NOW, PASSWORD, schoolDocument } from '../support/fixtures.ts';
import { importSiteDocument } from '../../../server/site-document/import.ts';
import { startInstance, loginOn, putPage, waitUntilServed, type Instance } from '../../../bench/servers.ts';

const SITE = 'college-test';
const postgres = backends.find((b) => b.name === 'postgres');

describe('several instances on one PostgreSQL', { skip: postgres ? false : 'TUILES_TEST_PG_URL is not set' }, () => {
  let db: Awaited<ReturnType<NonNullable<typeof postgres>['fresh']>>;
  let a: Instance;
  let b: Instance;
  before(async () => {
    db = await postgres!.fresh();
    await importSiteDocument(db.store, schoolDocument(), { now: NOW, sanitize });
    const env = { DATABASE_URL: db.url, TUILES_PUBLIC_MAX_AGE: '300' };
    [a, b] = await Promise.all([startInstance(env), startInstance(env)]);
  });
  after(async () => {
    await Promise.all([a?.close(), b?.close()]);
    await db?.drop();
  });

  const marker = (title: string) => (body: any) => body.page.tiles.some((t: any) => t.config?.title === title);
  const tilesWith = (title: string) => [{ id: 'mot', type: 'text', config: { title, html: `<p>${title}</p>` } }];

  it('serves on B, at once, a page saved through A (B had the old page in its shared copies)', async () => {
    const cookie = await loginOn(a.url, 'admin', PASSWORD);
    // B keeps the current homepage as a shared anonymous copy, for 300 s.
    const first = await fetch(`${b.url}/api/sites/${SITE}/pages/public-home`);
    assert.match(first.headers.get('cache-control')!, /max-age=300/);
    const version = (await (await fetch(`${a.url}/api/sites/${SITE}/pages/public-home/source`, { headers: { Cookie: cookie } })).json()).version;

    let next = await putPage(a.url, SITE, cookie, version, tilesWith('Premier mot'));
    // The listener may still be connecting right after start: the first round may wait a little.
    await waitUntilServed(b.url, SITE, marker('Premier mot'), 5_000);

    const delays: number[] = [];
    for (let i = 0; i < 5; i++) {
      // B serves its shared copy before each save...
      await fetch(`${b.url}/api/sites/${SITE}/pages/public-home`);
      next = await putPage(a.url, SITE, cookie, next, tilesWith(`Mot ${i}`));
      // ...and the saved page right after, far before the copy would expire.
      delays.push(await waitUntilServed(b.url, SITE, marker(`Mot ${i}`), 2_000));
    }
    assert.ok(Math.max(...delays) < 1_000, `B served the new page within ${delays.map((d) => d.toFixed(0)).join(', ')} ms`);

    // And the other way round: a save through B reaches A's shared copies.
    await fetch(`${a.url}/api/sites/${SITE}/pages/public-home`);
    const cookieB = await loginOn(b.url, 'admin', PASSWORD);
    await putPage(b.url, SITE, cookieB, next, tilesWith('Retour'));
    assert.ok((await waitUntilServed(a.url, SITE, marker('Retour'), 2_000)) < 1_000);
  });
});
