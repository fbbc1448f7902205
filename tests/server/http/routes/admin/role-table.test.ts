/**
 * Every authoring route, for every kind of caller: anonymous, a stranger (the admin of
 * another school), a member with no right, each of the five roles on `actus`, and the
 * site admin; on their own content and on another author's. Each row lists the status
 * each caller gets, in the order of ACTORS:
 *
 *   anon stranger nobody visit redac redacpub modo gest admin
 *
 * 401: not logged in; 403: not a member of the site, or sees the thing but may not do
 * that; 404: may not see the thing (an other author's draft, a pending article to a
 * non-modérateur, a private rubrique), answered exactly like a missing one; 409: the
 * article is not in a state for it. Every refused call leaves the site's export as it was.
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { backends } from '../../../support/backends.ts';
import { sanitize, testApp } from '../../../support/harness.ts';
import { NOW, daysAhead } from '../../../support/fixtures.ts';
import { ACTORS, LOGIN, SITE, articleFor, authoringDocument, otherSiteDocument, type Actor, type Status, type Whose } from '../../../support/authoring-fixtures.ts';
import { importSiteDocument } from '../../../../../server/site-document/import.ts';
import { exportSiteDocument } from '../../../../../server/site-document/export.ts';

interface Row {
  name: string;
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  path: (actor: Actor) => string;
  body?: (actor: Actor) => unknown;
  expect: string;
}

const base = `/api/sites/${SITE}`;
const rows: Row[] = [];
const article = (key: string, whose: Whose, status: Status, verb: string, method: Row['method'], expect: string, body?: (a: Actor) => unknown) =>
  rows.push({
    name: `${method} articles/:id${verb ? `/${verb}` : ''} on ${whose === 'own' ? 'their own' : "another author's"} ${status} article${body ? ` ${JSON.stringify(body('redac'))}` : ''}`,
    method,
    path: (a) => `${base}/articles/${articleFor(key, whose, status, a)}${verb ? `/${verb}` : ''}`,
    body,
    expect,
  });

//                                                              anon strgr nobody visit redac rpub modo gest admin
rows.push({ name: 'POST articles in actus', method: 'POST', path: () => `${base}/articles`, body: () => ({ rubrique: 'actus', title: 'Nouveau', body: '<p>x</p>' }),
                                                     expect: '401 403 403 403 201 201 201 201 201' });
rows.push({ name: 'POST articles in a private rubrique they cannot read', method: 'POST', path: () => `${base}/articles`, body: () => ({ rubrique: 'parents', title: 'Nouveau' }),
                                                     expect: '401 403 404 404 404 404 404 404 201' });
const edit = (a: Actor) => ({ title: `Modifié par ${a}` });
article('edit', 'own', 'draft', '', 'PATCH',         '401 403 403 403 200 200 200 200 200', edit);
article('edit', 'own', 'pending', '', 'PATCH',       '401 403 403 403 200 200 200 200 200', edit);
article('edit', 'own', 'published', '', 'PATCH',     '401 403 403 403 403 200 200 200 200', edit);
article('edit', 'other', 'draft', '', 'PATCH',       '401 403 404 404 404 404 404 404 404', edit);
article('edit', 'other', 'pending', '', 'PATCH',     '401 403 404 404 404 404 200 200 200', edit);
article('edit', 'other', 'published', '', 'PATCH',   '401 403 403 403 403 403 200 200 200', edit);
// Moving needs the right on both rubriques: cdi is public, nobody but the admin writes there.
article('move', 'own', 'draft', '', 'PATCH',         '401 403 403 403 403 403 403 403 200', () => ({ rubrique: 'cdi' }));
article('hide', 'own', 'draft', '', 'PATCH',         '401 403 403 403 404 404 404 404 200', () => ({ rubrique: 'parents' }));
article('source', 'own', 'draft', 'source', 'GET',   '401 403 200 200 200 200 200 200 200');
article('source', 'other', 'draft', 'source', 'GET', '401 403 404 404 404 404 404 404 404');
article('source', 'other', 'pending', 'source', 'GET', '401 403 404 404 404 404 200 200 200');
article('submit', 'own', 'draft', 'submit', 'POST',  '401 403 403 403 200 200 200 200 200');
article('submit', 'own', 'pending', 'submit', 'POST', '401 403 403 403 409 409 409 409 409');
article('submit', 'other', 'draft', 'submit', 'POST', '401 403 404 404 404 404 404 404 404');
article('submit', 'other', 'pending', 'submit', 'POST', '401 403 404 404 404 404 403 403 403');
article('publish', 'own', 'draft', 'publish', 'POST', '401 403 403 403 403 200 200 200 200');
article('publish', 'own', 'pending', 'publish', 'POST', '401 403 403 403 403 200 200 200 200');
article('publish', 'own', 'published', 'publish', 'POST', '401 403 403 403 403 409 409 409 409');
article('publish', 'other', 'pending', 'publish', 'POST', '401 403 404 404 404 404 200 200 200');
article('publish', 'other', 'published', 'publish', 'POST', '401 403 403 403 403 403 409 409 409');
article('unpub', 'own', 'published', 'unpublish', 'POST', '401 403 403 403 403 200 200 200 200');
article('unpub', 'own', 'draft', 'unpublish', 'POST', '401 403 403 403 403 409 409 409 409');
article('unpub', 'other', 'published', 'unpublish', 'POST', '401 403 403 403 403 403 200 200 200');
article('delete', 'own', 'draft', '', 'DELETE',      '401 403 403 403 204 204 204 204 204');
article('delete', 'own', 'published', '', 'DELETE',  '401 403 403 403 403 403 204 204 204');
article('delete', 'other', 'draft', '', 'DELETE',    '401 403 404 404 404 404 404 404 404');
article('delete', 'other', 'pending', '', 'DELETE',  '401 403 404 404 404 404 204 204 204');
article('delete', 'other', 'published', '', 'DELETE', '401 403 403 403 403 403 204 204 204');
rows.push({ name: 'GET articles (the authoring list)', method: 'GET', path: () => `${base}/articles?status=pending`,
                                                     expect: '401 403 200 200 200 200 200 200 200' });
rows.push({ name: 'GET moderation', method: 'GET', path: () => `${base}/moderation`,
                                                     expect: '401 403 200 200 200 200 200 200 200' });

const eventBody = () => ({ rubrique: 'actus', title: 'Sortie', start: daysAhead(4), end: daysAhead(4) });
rows.push({ name: 'POST events in actus', method: 'POST', path: () => `${base}/events`, body: eventBody,
                                                     expect: '401 403 403 403 201 201 201 201 201' });
rows.push({ name: 'POST events in a private rubrique they cannot read', method: 'POST', path: () => `${base}/events`, body: () => ({ ...eventBody(), rubrique: 'classe-6a' }),
                                                     expect: '401 403 404 404 404 404 404 404 201' });
rows.push({ name: 'PATCH their own event', method: 'PATCH', path: (a) => `${base}/events/evedit-own-${a}`, body: () => ({ location: 'Gymnase' }),
                                                     expect: '401 403 403 403 200 200 200 200 200' });
rows.push({ name: "PATCH another author's event", method: 'PATCH', path: (a) => `${base}/events/evedit-other-${a}`, body: () => ({ location: 'Gymnase' }),
                                                     expect: '401 403 403 403 403 403 200 200 200' });
rows.push({ name: 'DELETE their own event', method: 'DELETE', path: (a) => `${base}/events/evdel-own-${a}`,
                                                     expect: '401 403 403 403 204 204 204 204 204' });
rows.push({ name: "DELETE another author's event", method: 'DELETE', path: (a) => `${base}/events/evdel-other-${a}`,
                                                     expect: '401 403 403 403 403 403 204 204 204' });
rows.push({ name: 'PATCH an event of a private rubrique they cannot read', method: 'PATCH', path: () => `${base}/events/e-profs`, body: () => ({ location: 'Ailleurs' }),
                                                     expect: '401 403 404 404 404 404 404 404 200' });

rows.push({ name: 'GET rubriques', method: 'GET', path: () => `${base}/rubriques`,
                                                     expect: '401 403 200 200 200 200 200 200 200' });
rows.push({ name: 'POST rubriques under actus', method: 'POST', path: () => `${base}/rubriques`, body: (a) => ({ slug: `sous-${a}`, title: 'Sous', parent: 'actus', visibility: 'public' }),
                                                     expect: '401 403 403 403 403 403 403 201 201' });
rows.push({ name: 'POST rubriques at the root', method: 'POST', path: () => `${base}/rubriques`, body: (a) => ({ slug: `neuve-${a}`, title: 'Neuve', visibility: 'public' }),
                                                     expect: '401 403 403 403 403 403 403 403 201' });
rows.push({ name: 'PATCH a sub-rubrique of actus', method: 'PATCH', path: (a) => `${base}/rubriques/club-${a}`, body: () => ({ visibility: 'private' }),
                                                     expect: '401 403 403 403 403 403 403 200 200' });
rows.push({ name: 'PATCH actus itself (the rubrique above the gestionnaire)', method: 'PATCH', path: () => `${base}/rubriques/actus`, body: () => ({ title: 'Actualités' }),
                                                     expect: '401 403 403 403 403 403 403 403 200' });
rows.push({ name: 'PATCH a private rubrique they cannot read', method: 'PATCH', path: () => `${base}/rubriques/parents`, body: () => ({ title: 'Parents' }),
                                                     expect: '401 403 404 404 404 404 404 404 200' });
rows.push({ name: 'PUT rights of a sub-rubrique of actus', method: 'PUT', path: (a) => `${base}/rubriques/club-${a}/rights`, body: () => [{ user: 'redac', role: 'moderateur' }],
                                                     expect: '401 403 403 403 403 403 403 200 200' });
rows.push({ name: 'PUT rights of actus itself', method: 'PUT', path: () => `${base}/rubriques/actus/rights`, body: () => [{ user: 'gest', role: 'gestionnaire' }],
                                                     expect: '401 403 403 403 403 403 403 403 200' });
rows.push({ name: 'DELETE a sub-rubrique of actus', method: 'DELETE', path: (a) => `${base}/rubriques/club-${a}?confirm=club-${a}`,
                                                     expect: '401 403 403 403 403 403 403 204 204' });
rows.push({ name: 'DELETE a root rubrique', method: 'DELETE', path: (a) => `${base}/rubriques/racine-${a}?confirm=racine-${a}`,
                                                     expect: '401 403 403 403 403 403 403 403 204' });
rows.push({ name: 'GET audit', method: 'GET', path: () => `${base}/audit`,
                                                     expect: '401 403 403 403 403 403 403 403 200' });

const articleKeys = [...new Set(rows.flatMap((r) => /\/articles\/([a-z]+)-(own|other)-/.exec(r.path('redac'))?.[1] ?? []))];
const eventKeys = ['evedit', 'evdel'];

for (const backend of backends) {
  describe(`the role table of the authoring routes on ${backend.name}`, () => {
    let t: Awaited<ReturnType<typeof testApp>>;
    const cookies = new Map<Actor, string | undefined>();
    before(async () => {
      t = await testApp(backend, authoringDocument(articleKeys, eventKeys));
      await importSiteDocument(t.store, otherSiteDocument(), { now: NOW, sanitize });
      for (const actor of ACTORS) cookies.set(actor, actor === 'anon' ? undefined : await t.login(LOGIN[actor]));
    });
    after(() => t.drop());

    const exported = async () => JSON.stringify(await exportSiteDocument(t.store, SITE));
    const auditCount = async () => (await t.store.audit.page(1, null, 100_000)).length;

    for (const row of rows) {
      it(`${row.name}: ${row.expect}`, async () => {
        const expected = row.expect.split(/\s+/).map(Number);
        assert.equal(expected.length, ACTORS.length, 'one status per actor');
        const got: number[] = [];
        let snapshot = await exported();
        for (const [i, actor] of ACTORS.entries()) {
          const auditBefore = await auditCount();
          const body = row.body?.(actor);
          const cookie = cookies.get(actor);
          const headers: Record<string, string> = { ...(cookie ? { Cookie: cookie } : {}), ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) };
          const res = await t.request(`http://localhost${row.path(actor)}`, { method: row.method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
          got.push(res.status);
          const text = await res.text();
          if (res.status >= 400) {
            const error = JSON.parse(text).error;
            assert.equal(typeof error?.message, 'string', `${actor}: error shape ${text}`);
            assert.equal(await exported(), snapshot, `${row.name} refused to ${actor} (${res.status}) must change nothing`);
            assert.equal(await auditCount(), auditBefore, `${row.name} refused to ${actor} logs nothing`);
          } else if (row.method !== 'GET') {
            assert.equal(await auditCount(), auditBefore + 1, `${row.name} by ${actor} is in the audit log`);
            snapshot = await exported();
          }
          // Like a missing one: nothing of the target in the answer.
          if (res.status === 404) assert.doesNotMatch(text, /own|other|Club|Racine|Conseil|Parents Un/, `a 404 names nothing: ${text}`);
          if (expected[i] !== res.status) assert.fail(`${row.name} for ${actor}: ${res.status} ${text.slice(0, 300)}`);
        }
        assert.deepEqual(got, expected);
      });
    }
  });
}
