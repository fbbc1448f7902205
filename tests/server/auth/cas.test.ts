/**
 * Tuiles as the CAS server PRONOTE trusts, over real HTTP: the app on 127.0.0.1, a FAKE
 * PRONOTE (tests/server/pronote/fake-pronote.ts) validating tickets the way PRONOTE
 * does, and this test as the other clients. Every CAS answer is parsed back as XML.
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { backends } from '../support/backends.ts';
import { testApp } from '../support/harness.ts';
import { served } from '../support/served.ts';
import { NOW, PASSWORD } from '../support/fixtures.ts';
import { readCasResponse, startFakePronote, type FakePronote } from '../pronote/fake-pronote.ts';

for (const backend of backends) {
  describe(`CAS server on ${backend.name}`, () => {
    let t: Awaited<ReturnType<typeof testApp>>;
    let http: Awaited<ReturnType<typeof served>>;
    let pronote: FakePronote;
    let admin: string;
    let pupil: string;
    const callbacks: URLSearchParams[] = [];
    let callbackUrl = '';
    let closeCallback: () => Promise<void>;

    const get = (path: string, cookie?: string) =>
      fetch(`${http.url}${path}`, { redirect: 'manual', headers: cookie ? { Cookie: cookie } : {} });
    const cas = async (path: string) => {
      const res = await get(path);
      assert.equal(res.status, 200);
      assert.match(res.headers.get('content-type')!, /xml/);
      return readCasResponse(await res.text());
    };
    const putJson = (path: string, body: unknown, cookie: string) =>
      t.request(`http://localhost${path}`, { method: 'PUT', headers: { 'Content-Type': 'application/json', Cookie: cookie }, body: JSON.stringify(body) });
    const settings = (profile: { mode: string; attribute?: string } = { mode: 'identite' }) =>
      putJson('/api/sites/college-test/settings/pronote', { url: pronote.url, sso: 'cas', version: '2025', serviceProfile: profile }, admin);
    /** A service ticket for the logged-in `cookie`, as /cas/login redirects with it. */
    const ticketFor = async (service: string, cookie: string) => {
      const res = await get(`/cas/login?service=${encodeURIComponent(service)}`, cookie);
      assert.equal(res.status, 302, `ticket for ${service}`);
      const location = new URL(res.headers.get('location')!);
      assert.equal(`${location.origin}${location.pathname}`, new URL(service).href.split('?')[0]);
      const ticket = location.searchParams.get('ticket')!;
      assert.match(ticket, /^ST-[A-Za-z0-9]{28}$/);
      return { ticket, location };
    };
    const validateUrl = (endpoint: string, ticket: string, service: string, extra = '') =>
      `/cas/${endpoint}?ticket=${encodeURIComponent(ticket)}&service=${encodeURIComponent(service)}${extra}`;

    before(async () => {
      t = await testApp(backend);
      http = await served(t.app);
      pronote = await startFakePronote(() => http.url);
      const callbackServer = createServer((request, response) => {
        callbacks.push(new URL(request.url!, 'http://x').searchParams);
        response.writeHead(200).end();
      });
      callbackServer.listen(0, '127.0.0.1');
      await once(callbackServer, 'listening');
      callbackUrl = `http://127.0.0.1:${(callbackServer.address() as AddressInfo).port}/pix/proxy-callback`;
      closeCallback = () => new Promise((resolve) => callbackServer.close(() => resolve()));
      admin = await t.login('admin');
      pupil = await t.login('eleve');
      assert.equal((await settings()).status, 200);
      assert.equal((await putJson('/api/sites/college-test/settings/cas-services', { services: [{ name: 'Pix', urlPattern: callbackUrl.replace('proxy-callback', '') }] }, admin)).status, 200);
      const eleve = (await t.store.users.byLogin('eleve'))[0];
      await t.store.pronote.setIdentity(eleve.id, { nom: 'Un', prenom: 'Élève', birthDate: '2014-05-06', postalCode: '12000', pronoteId: 'PRN-ELEVE-1' });
    });
    after(async () => {
      await pronote.close();
      await closeCallback();
      await http.close();
      await t.drop();
    });

    it('sends a logged-in pupil to Pronote with a service ticket, and Pronote greets them by the identity it validated', async () => {
      const { location } = await ticketFor(pronote.url, pupil);
      const res = await fetch(location);
      assert.equal(res.status, 200);
      assert.match(await res.text(), /Bonjour Élève Un/);
      const validation = pronote.validations.at(-1)!;
      assert.equal(validation.ok, true);
      assert.equal(validation.user, 'eleve');
      assert.deepEqual(validation.attributes, { nom: 'Un', prenom: 'Élève', dateNaissance: '06/05/2014', codePostal: '12000', categories: 'National_1' });
    });

    it('in the « identifiant PRONOTE » profile, releases the configured attribute instead of the identity', async () => {
      assert.equal((await settings({ mode: 'identifiant-pronote', attribute: 'idPronote' })).status, 200);
      try {
        const { ticket } = await ticketFor(pronote.url, pupil);
        const answer = await cas(validateUrl('p3/serviceValidate', ticket, pronote.url));
        assert.equal(answer.ok, true);
        assert.deepEqual(answer.attributes, { idPronote: 'PRN-ELEVE-1', categories: 'National_1' });
      } finally {
        await settings();
      }
    });

    it('gives each profile its PRONOTE category', async () => {
      for (const [login, category] of [['parent', 'National_2'], ['prof', 'National_3'], ['perso', 'National_4']] as const) {
        const { ticket } = await ticketFor(pronote.url, await t.login(login));
        const answer = await cas(validateUrl('serviceValidate', ticket, pronote.url));
        assert.equal(answer.user, login);
        assert.equal(answer.attributes.categories, category);
      }
    });

    it('shows an anonymous visitor the login form, then redirects with a ticket born of the password (renew)', async () => {
      const form = await get(`/cas/login?service=${encodeURIComponent(pronote.url)}`);
      assert.equal(form.status, 200);
      const page = await form.text();
      assert.match(page, /<label for="username">Identifiant<\/label>/);
      assert.match(page, /pour accéder à Pronote/);
      const lt = /name="lt" value="(LT-[A-Za-z0-9]+)"/.exec(page)![1];
      const post = (fields: Record<string, string>) =>
        fetch(`${http.url}/cas/login`, { method: 'POST', redirect: 'manual', body: new URLSearchParams(fields) });

      const wrong = await post({ username: 'eleve', password: 'faux', lt, service: pronote.url });
      assert.equal(wrong.status, 401);
      assert.match(await wrong.text(), /Identifiant ou mot de passe incorrect/);
      const replayedLt = await post({ username: 'eleve', password: PASSWORD, lt, service: pronote.url });
      assert.equal(replayedLt.status, 401, 'a login ticket serves once');
      assert.match(await replayedLt.text(), /Le formulaire a expiré/);

      const fresh = /name="lt" value="(LT-[A-Za-z0-9]+)"/.exec(await (await get(`/cas/login?service=${encodeURIComponent(pronote.url)}`)).text())![1];
      const ok = await post({ username: 'eleve', password: PASSWORD, lt: fresh, service: pronote.url });
      assert.equal(ok.status, 302);
      assert.match(ok.headers.get('set-cookie')!, /tuiles_session=/);
      const ticket = new URL(ok.headers.get('location')!).searchParams.get('ticket')!;
      const answer = await cas(validateUrl('serviceValidate', ticket, pronote.url, '&renew=true'));
      assert.equal(answer.ok, true);
      assert.equal(answer.user, 'eleve');
    });

    it('refuses renew=true for a ticket issued from the single sign-on session', async () => {
      const { ticket } = await ticketFor(pronote.url, pupil);
      assert.equal((await cas(validateUrl('serviceValidate', ticket, pronote.url, '&renew=true'))).code, 'INVALID_TICKET');
      const renewed = await get(`/cas/login?service=${encodeURIComponent(pronote.url)}&renew=true`, pupil);
      assert.equal(renewed.status, 200, 'renew asks for the password again');
      assert.match(await renewed.text(), /name="renew" value="true"/);
    });

    it('refuses a replayed ticket', async () => {
      const { ticket } = await ticketFor(pronote.url, pupil);
      assert.equal((await cas(validateUrl('serviceValidate', ticket, pronote.url))).ok, true);
      const again = await cas(validateUrl('serviceValidate', ticket, pronote.url));
      assert.equal(again.ok, false);
      assert.equal(again.code, 'INVALID_TICKET');
    });

    it('refuses a ticket presented for another service, and spends it', async () => {
      const { ticket } = await ticketFor(pronote.url, pupil);
      const other = callbackUrl.replace('proxy-callback', 'accueil');
      assert.equal((await cas(validateUrl('serviceValidate', ticket, other))).code, 'INVALID_SERVICE');
      assert.equal((await cas(validateUrl('serviceValidate', ticket, pronote.url))).code, 'INVALID_TICKET');
    });

    it('refuses an expired ticket (10 s)', async () => {
      const { ticket } = await ticketFor(pronote.url, pupil);
      t.setNow(new Date(NOW.getTime() + 10_500));
      try {
        assert.equal((await cas(validateUrl('serviceValidate', ticket, pronote.url))).code, 'INVALID_TICKET');
      } finally {
        t.setNow(NOW);
      }
      const { ticket: quick } = await ticketFor(pronote.url, pupil);
      t.setNow(new Date(NOW.getTime() + 9_000));
      try {
        assert.equal((await cas(validateUrl('serviceValidate', quick, pronote.url))).ok, true, 'still good at 9 s');
      } finally {
        t.setNow(NOW);
      }
    });

    it('gives no ticket to an unregistered service, nor to look-alikes of a registered one', async () => {
      const lookalikes = [
        'https://evil.example/pronote/',
        pronote.url.replace('/pronote/', '/pronote-bis/'),
        pronote.url.replace('127.0.0.1', '127.0.0.1.evil.example'),
        pronote.url.replace('http:', 'https:'),
        'javascript:alert(1)',
      ];
      for (const service of lookalikes) {
        for (const cookie of [pupil, undefined]) {
          const res = await get(`/cas/login?service=${encodeURIComponent(service)}`, cookie);
          assert.equal(res.status, 403, service);
          assert.equal(res.headers.get('location'), null);
          assert.match(await res.text(), /Service non autorisé/);
        }
      }
      const gateway = await get(`/cas/login?service=${encodeURIComponent('https://evil.example/')}&gateway=true`);
      assert.equal(gateway.status, 403, 'gateway is no open redirect');
    });

    it('sends an anonymous gateway request back to the service without a ticket', async () => {
      const res = await get(`/cas/login?service=${encodeURIComponent(pronote.url)}&gateway=true`);
      assert.equal(res.status, 302);
      assert.equal(res.headers.get('location'), pronote.url);
    });

    it('answers malformed requests with INVALID_REQUEST or INVALID_TICKET_SPEC', async () => {
      assert.equal((await cas('/cas/serviceValidate')).code, 'INVALID_REQUEST');
      assert.equal((await cas(`/cas/serviceValidate?ticket=ST-abc`)).code, 'INVALID_REQUEST');
      assert.equal((await cas(`/cas/p3/serviceValidate?service=${encodeURIComponent(pronote.url)}`)).code, 'INVALID_REQUEST');
      assert.equal((await cas(validateUrl('serviceValidate', 'XX-<script>', pronote.url))).code, 'INVALID_TICKET_SPEC');
      assert.equal((await cas(validateUrl('serviceValidate', 'ST-doesnotexist', pronote.url))).code, 'INVALID_TICKET');
      const proxy = readCasResponse(await (await get('/cas/proxy')).text());
      assert.equal(proxy.raw.proxyFailure['@code'], 'INVALID_REQUEST');
    });

    it('validates a ticket once when two validations race (atomic consumption)', async () => {
      const { ticket } = await ticketFor(pronote.url, pupil);
      const answers = await Promise.all([1, 2, 3, 4].map(() => cas(validateUrl('serviceValidate', ticket, pronote.url))));
      assert.equal(answers.filter((a) => a.ok).length, 1);
      assert.deepEqual(answers.filter((a) => !a.ok).map((a) => a.code), ['INVALID_TICKET', 'INVALID_TICKET', 'INVALID_TICKET']);
    });

    it('issues a proxy-granting ticket through the pgtUrl callback, then proxy tickets Pronote validates', async () => {
      const pix = callbackUrl.replace('proxy-callback', 'accueil');
      const { ticket } = await ticketFor(pix, pupil);
      const answer = await cas(validateUrl('serviceValidate', ticket, pix, `&pgtUrl=${encodeURIComponent(callbackUrl)}`));
      assert.equal(answer.ok, true);
      const iou = answer.raw.authenticationSuccess.proxyGrantingTicket;
      assert.match(iou, /^PGTIOU-/);
      const call = callbacks.find((p) => p.get('pgtIou') === iou)!;
      assert.ok(call, 'the callback received the PGT with its IOU');
      const pgt = call.get('pgtId')!;
      assert.match(pgt, /^PGT-/);

      const proxied = readCasResponse(await (await get(`/cas/proxy?pgt=${pgt}&targetService=${encodeURIComponent(pronote.url)}`)).text());
      const pt = proxied.raw.proxySuccess.proxyTicket;
      assert.match(pt, /^PT-/);
      assert.equal((await cas(validateUrl('serviceValidate', pt, pronote.url))).code, 'INVALID_TICKET', 'serviceValidate refuses proxy tickets');
      const proxy2 = readCasResponse(await (await get(`/cas/proxy?pgt=${pgt}&targetService=${encodeURIComponent(pronote.url)}`)).text()).raw.proxySuccess.proxyTicket;
      const validated = await cas(validateUrl('proxyValidate', proxy2, pronote.url));
      assert.equal(validated.ok, true);
      assert.equal(validated.user, 'eleve');
      assert.equal(validated.raw.authenticationSuccess.proxies.proxy, callbackUrl);

      const unknownTarget = readCasResponse(await (await get(`/cas/proxy?pgt=${pgt}&targetService=${encodeURIComponent('https://evil.example/')}`)).text());
      assert.equal(unknownTarget.raw.proxyFailure['@code'], 'UNAUTHORIZED_SERVICE');
      const unknownPgt = readCasResponse(await (await get(`/cas/proxy?pgt=PGT-nope&targetService=${encodeURIComponent(pronote.url)}`)).text());
      assert.equal(unknownPgt.raw.proxyFailure['@code'], 'INVALID_TICKET');
    });

    it('refuses a proxy callback that is not registered', async () => {
      const { ticket } = await ticketFor(pronote.url, pupil);
      const answer = await cas(validateUrl('serviceValidate', ticket, pronote.url, `&pgtUrl=${encodeURIComponent('http://127.0.0.1:9/ailleurs')}`));
      assert.equal(answer.code, 'UNAUTHORIZED_SERVICE_PROXY');
      const https = await ticketFor(pronote.url, pupil);
      assert.equal((await cas(validateUrl('serviceValidate', https.ticket, pronote.url, `&pgtUrl=${encodeURIComponent('http://example.org/cb')}`))).code, 'INVALID_PROXY_CALLBACK');
    });

    it('logs out: the session ends, its proxy-granting tickets die, and only a registered service is redirected to', async () => {
      const cookie = await t.login('eleve');
      const pix = callbackUrl.replace('proxy-callback', 'accueil');
      const { ticket } = await ticketFor(pix, cookie);
      const iou = (await cas(validateUrl('serviceValidate', ticket, pix, `&pgtUrl=${encodeURIComponent(callbackUrl)}`))).raw.authenticationSuccess.proxyGrantingTicket;
      const pgt = callbacks.find((p) => p.get('pgtIou') === iou)!.get('pgtId')!;

      const out = await get(`/cas/logout?service=${encodeURIComponent(pronote.url)}`, cookie);
      assert.equal(out.status, 302);
      assert.equal(out.headers.get('location'), pronote.url);
      assert.equal((await get('/api/me', cookie)).status, 401);
      const dead = readCasResponse(await (await get(`/cas/proxy?pgt=${pgt}&targetService=${encodeURIComponent(pronote.url)}`)).text());
      assert.equal(dead.raw.proxyFailure['@code'], 'INVALID_TICKET');
      const elsewhere = await get(`/cas/logout?service=${encodeURIComponent('https://evil.example/')}`);
      assert.equal(elsewhere.status, 200);
      assert.match(await elsewhere.text(), /Vous êtes déconnecté/);
    });

    it('keeps the Pronote settings to site admins, and names the field at fault', async () => {
      const path = '/api/sites/college-test/settings/pronote';
      assert.equal((await t.request(`http://localhost${path}`)).status, 401);
      assert.equal((await t.getJson(`http://localhost${path}`, pupil)).res.status, 403);
      const { res, body } = await t.getJson(`http://localhost${path}`, admin);
      assert.equal(res.status, 200);
      assert.equal(body.settings.url, pronote.url);
      assert.equal(body.settings.sso, 'cas');
      const bad = await putJson(path, { url: 'javascript:alert(1)', serviceProfile: { mode: 'identite', attribute: 'a b' } }, admin);
      assert.equal(bad.status, 400);
      const fields = ((await bad.json()) as any).error.fields;
      assert.ok(fields.url);
      assert.ok(fields['serviceProfile.attribute']);
      assert.equal((await putJson(path, { url: pronote.url }, pupil)).status, 403);
    });

    it('stops giving Pronote tickets once the SSO is switched off', async () => {
      assert.equal((await putJson('/api/sites/college-test/settings/pronote', { url: pronote.url, sso: 'none' }, admin)).status, 200);
      try {
        assert.equal((await get(`/cas/login?service=${encodeURIComponent(pronote.url)}`, pupil)).status, 403);
      } finally {
        await settings();
      }
    });
  });
}
