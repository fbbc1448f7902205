/**
 * Login through a SAML 2.0 identity provider, end to end over real HTTP on 127.0.0.1:
 * Tuiles (the service provider) and a local test IdP built with samlify, signing with a
 * self-signed certificate made in the test (support/saml-idp.ts). The IdP plays
 * EduConnect: attributes under their OIDs, FrEduCtPersonAffiliation eleve2d / resp2d,
 * FrEduCtId as the stable id.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as samlify from 'samlify';
import { backends } from '../support/backends.ts';
import { sessionCookie, ssoTuiles } from '../support/sso-server.ts';
import { educonnectProvider, newId, OID, pupil, startIdp, type NextLogin } from '../support/saml-idp.ts';
import { selfSignedCertificate } from '../support/self-signed.ts';

const SITE = 'college-test';

for (const backend of backends) {
  describe(`SAML login through a local IdP (${backend.name})`, () => {
    let tuiles: Awaited<ReturnType<typeof ssoTuiles>>;
    let idp: Awaited<ReturnType<typeof startIdp>>;

    before(async () => {
      let metadataUrl = '';
      idp = await startIdp(async () => (await fetch(metadataUrl)).text());
      tuiles = await ssoTuiles(backend, () => [educonnectProvider(idp.origin, idp.certificate)]);
      metadataUrl = `${tuiles.origin}/auth/saml/${SITE}/educonnect/metadata`;
    });
    after(async () => {
      await tuiles.close();
      await idp.close();
    });

    /** The browser's part: start at Tuiles, follow to the IdP, get its form back. */
    async function toIdp(next: NextLogin, origin = tuiles.origin) {
      idp.state.next = next;
      const start = await fetch(`${origin}/auth/saml/${SITE}/educonnect/login`, { redirect: 'manual' });
      assert.equal(start.status, 302);
      const location = start.headers.get('location')!;
      assert.ok(location.startsWith(`${idp.origin}/sso?SAMLRequest=`), location);
      const form = await (await fetch(location)).text();
      return { action: form.match(/action="([^"]+)"/)![1], samlResponse: form.match(/name="SAMLResponse" value="([^"]+)"/)![1] };
    }
    /** The browser posts the IdP's form: a cross-origin form POST, as in real life. */
    const post = (action: string, samlResponse: string) =>
      fetch(action, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: idp.origin },
        body: new URLSearchParams({ SAMLResponse: samlResponse }),
      });
    const me = (cookie: string) => fetch(`${tuiles.origin}/api/me`, { headers: { Cookie: cookie } });
    const userCount = async () => (await tuiles.store.users.list((await tuiles.store.sites.bySlug(SITE))!.id)).length;

    /** Refused, no session, the user told why, and the server's log naming the check that caught it. */
    async function assertRefused(res: Response, text: RegExp, reason: RegExp) {
      assert.equal(res.status, 401);
      assert.equal(sessionCookie(res), null, 'no session');
      assert.match(await res.text(), text);
      assert.match(tuiles.first.logs.at(-1) ?? '', reason);
    }

    test('the login form lists the provider; the SP metadata names the ACS and wants signed assertions', async () => {
      const list = await (await fetch(`${tuiles.origin}/api/sites/${SITE}/identity-providers`)).json();
      assert.deepEqual(list, [{ slug: 'educonnect', kind: 'saml', label: 'ÉduConnect', loginUrl: `/auth/saml/${SITE}/educonnect/login` }]);
      assert.equal((await fetch(`${tuiles.origin}/api/sites/nowhere/identity-providers`)).status, 404);
      const metadata = await (await fetch(`${tuiles.origin}/auth/saml/${SITE}/educonnect/metadata`)).text();
      assert.match(metadata, new RegExp(`entityID="${tuiles.origin}/auth/saml/${SITE}/educonnect/metadata"`));
      assert.match(metadata, new RegExp(`Location="${tuiles.origin}/auth/saml/${SITE}/educonnect/acs"`));
      assert.match(metadata, /WantAssertionsSigned="true"/);
    });

    test('a first login creates the user with the mapped profile, niveau, groups and name; a second reuses it; logout ends the session', async () => {
      const before = await userCount();
      const { action, samlResponse } = await toIdp(pupil());
      const res = await post(action, samlResponse);
      assert.equal(res.status, 303);
      assert.equal(res.headers.get('location'), `/moi?site=${SITE}`);
      const cookie = sessionCookie(res)!;
      assert.ok(cookie);
      const who = await (await me(cookie)).json();
      assert.equal(who.displayName, 'Léa Durand');
      assert.equal(who.profile, 'eleve');
      assert.equal(who.niveau, '6e');
      assert.equal(who.login, 'lea.durand');
      assert.equal(who.site.slug, SITE);
      assert.equal(await userCount(), before + 1);
      const [user] = await tuiles.store.users.byLogin('lea.durand');
      const groups = await tuiles.store.users.groups(user.siteId);
      assert.deepEqual(user.groups, [groups.find((g) => g.slug === '6a')!.id], 'known class mapped, unknown value ignored');
      // No password opens this account.
      const password = await fetch(`${tuiles.origin}/api/auth/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ login: 'lea.durand', password: user.passwordHash }),
      });
      assert.equal(password.status, 401);

      // Next year: same FrEduCtId, another NameID and niveau; the same account, refreshed.
      const again = pupil();
      again.nameId = 'persistent-rotated';
      again.attributes[OID.niveau] = ['5EME'];
      const second = await post(...Object.values(await toIdp(again)) as [string, string]);
      assert.equal(second.status, 303);
      const who2 = await (await me(sessionCookie(second)!)).json();
      assert.equal(who2.login, 'lea.durand');
      assert.equal(who2.niveau, '5e');
      assert.equal(await userCount(), before + 1);

      const logout = await fetch(`${tuiles.origin}/api/auth/logout`, { method: 'POST', headers: { Cookie: sessionCookie(second)! } });
      assert.equal(logout.status, 204);
      assert.equal((await me(sessionCookie(second)!)).status, 401);
    });

    test('a parent (resp2d) gets the parent profile; a homonym gets another login', async () => {
      const parent = pupil('educonnect-parent-1');
      parent.attributes[OID.affiliation] = ['resp2d'];
      const res = await post(...Object.values(await toIdp(parent)) as [string, string]);
      const who = await (await me(sessionCookie(res)!)).json();
      assert.equal(who.profile, 'parent');
      assert.equal(who.login, 'lea.durand2');
    });

    test('an affiliation the mapping does not know is refused, no account made', async () => {
      const before = await userCount();
      const stranger = pupil('educonnect-other');
      stranger.attributes[OID.affiliation] = ['autre'];
      await assertRefused(await post(...Object.values(await toIdp(stranger)) as [string, string]), /profil n&#39;est pas accepté/, /no profile for "autre"/);
      assert.equal(await userCount(), before);
    });

    test('an assertion altered after signing is refused', async () => {
      const before = await userCount();
      const { action, samlResponse } = await toIdp(pupil('educonnect-forged'));
      const xml = Buffer.from(samlResponse, 'base64').toString('utf8');
      assert.ok(xml.includes('eleve2d'));
      const altered = Buffer.from(xml.replace('eleve2d', 'resp2d')).toString('base64');
      await assertRefused(await post(action, altered), /pas valable/, /Invalid signature/);
      assert.equal(await userCount(), before);
    });

    test('an assertion signed by another key is refused', async () => {
      idp.state.signer = idp.forger;
      try {
        await assertRefused(await post(...Object.values(await toIdp(pupil('educonnect-forger'))) as [string, string]), /pas valable/, /Invalid signature/);
      } finally {
        idp.state.signer = idp.idp;
      }
    });

    test('the same response posted twice is refused the second time', async () => {
      const { action, samlResponse } = await toIdp(pupil());
      assert.equal((await post(action, samlResponse)).status, 303);
      await assertRefused(await post(action, samlResponse), /pas valable/, /InResponseTo is not valid/);
    });

    test('an assertion id already used is refused even inside a fresh response (database replay table)', async () => {
      const first = pupil();
      first.assertionId = newId();
      assert.equal((await post(...Object.values(await toIdp(first)) as [string, string])).status, 303);
      await assertRefused(await post(...Object.values(await toIdp(first)) as [string, string]), /déjà servi/, /replayed saml:\d+:assertion:/);
    });

    test('an unsolicited response, or one answering a request this server never made, is refused', async () => {
      // IdP-initiated: no AuthnRequest, no InResponseTo.
      const sp = samlify.ServiceProvider({ metadata: await (await fetch(`${tuiles.origin}/auth/saml/${SITE}/educonnect/metadata`)).text() });
      idp.state.next = pupil();
      const unsolicited = await idp.respond(sp, null);
      await assertRefused(await post(unsolicited.entityEndpoint, unsolicited.context), /pas valable/, /InResponseTo is missing/);
      const wrong = pupil();
      wrong.inResponseTo = newId();
      await assertRefused(await post(...Object.values(await toIdp(wrong)) as [string, string]), /pas valable/, /InResponseTo is not valid/);
    });

    test('an expired assertion is refused', async () => {
      const expired = pupil();
      expired.notOnOrAfter = new Date(Date.now() - 10 * 60_000);
      await assertRefused(await post(...Object.values(await toIdp(expired)) as [string, string]), /expiré/, /No valid subject confirmation|expired/);
    });

    test('a response meant for another destination is refused', async () => {
      const elsewhere = pupil();
      elsewhere.destination = 'https://autre-ent.example/acs';
      await assertRefused(await post(...Object.values(await toIdp(elsewhere)) as [string, string]), /pas valable/, /Destination https:\/\/autre-ent/);
    });

    test('over https, the response must answer the request this browser started (login CSRF refused)', async () => {
      const https = { 'X-Forwarded-Proto': 'https' };
      const startIn = async () => {
        idp.state.next = pupil();
        const start = await fetch(`${tuiles.origin}/auth/saml/${SITE}/educonnect/login`, { redirect: 'manual', headers: https });
        const set = start.headers.getSetCookie().find((c) => c.startsWith('tuiles_saml_request='))!;
        assert.match(set, /SameSite=None/i);
        assert.match(set, /Secure/);
        const form = await (await fetch(start.headers.get('location')!)).text();
        return { cookie: set.split(';')[0], action: form.match(/action="([^"]+)"/)![1], samlResponse: form.match(/name="SAMLResponse" value="([^"]+)"/)![1] };
      };
      const postFrom = (action: string, samlResponse: string, cookie?: string) =>
        fetch(action, {
          method: 'POST',
          redirect: 'manual',
          headers: { ...https, 'Content-Type': 'application/x-www-form-urlencoded', Origin: idp.origin, ...(cookie ? { Cookie: cookie } : {}) },
          body: new URLSearchParams({ SAMLResponse: samlResponse }),
        });
      // The attacker's own valid response, posted from the victim's browser (which started its own login, or none).
      const attacker = await startIn();
      const victim = await startIn();
      await assertRefused(await postFrom(attacker.action, attacker.samlResponse), /pas été commencée dans ce navigateur/, /not this browser's request/);
      await assertRefused(await postFrom(attacker.action, attacker.samlResponse, victim.cookie), /pas été commencée dans ce navigateur/, /not this browser's request/);
      // In the browser that started it, the same response is accepted.
      const res = await postFrom(attacker.action, attacker.samlResponse, attacker.cookie);
      assert.equal(res.status, 303, tuiles.first.logs.at(-1));
      assert.ok(sessionCookie(res));
    });

    test('a login started on one instance completes on another; the replay is refused on the first', async () => {
      const other = await tuiles.instance();
      const { action, samlResponse } = await toIdp(pupil(), other.origin);
      const onFirst = action; // the public origin: the first instance's
      const onOther = action.replace(tuiles.origin, other.origin);
      const res = await post(onOther, samlResponse);
      assert.equal(res.status, 303, other.logs.join('\n'));
      assert.ok(sessionCookie(res));
      await assertRefused(await post(onFirst, samlResponse), /pas valable/, /InResponseTo is not valid/);
    });
  });
}

describe('SAML with the service provider\'s own key pair (signed AuthnRequests, encrypted assertions)', () => {
  const backend = backends[0];
  let tuiles: Awaited<ReturnType<typeof ssoTuiles>>;
  let idp: Awaited<ReturnType<typeof startIdp>>;
  const spKeys = selfSignedCertificate('tuiles.test');

  before(async () => {
    let metadataUrl = '';
    idp = await startIdp(async () => (await fetch(metadataUrl)).text(), { strict: true });
    tuiles = await ssoTuiles(backend, () => [educonnectProvider(idp.origin, idp.certificate)], {
      samlKeys: { privateKey: spKeys.privateKey, certificate: spKeys.certificate },
    });
    metadataUrl = `${tuiles.origin}/auth/saml/${SITE}/educonnect/metadata`;
  });
  after(async () => {
    await tuiles.close();
    await idp.close();
  });

  test('the metadata publishes the certificate; the request is signed; the encrypted assertion is read', async () => {
    const metadata = await (await fetch(`${tuiles.origin}/auth/saml/${SITE}/educonnect/metadata`)).text();
    const body = spKeys.certificate.replace(/-----[A-Z ]+-----|\s/g, '');
    assert.ok(metadata.replace(/\s/g, '').includes(body), 'certificate in the metadata');
    assert.match(metadata, /use="encryption"/);
    assert.match(metadata, /AuthnRequestsSigned="true"/);

    idp.state.next = pupil('chiffre-1');
    const start = await fetch(`${tuiles.origin}/auth/saml/${SITE}/educonnect/login`, { redirect: 'manual' });
    const location = new URL(start.headers.get('location')!);
    assert.ok(location.searchParams.get('Signature') && location.searchParams.get('SigAlg'));
    // The strict IdP verified that signature before answering.
    const form = await (await fetch(location)).text();
    const samlResponse = form.match(/name="SAMLResponse" value="([^"]+)"/)![1];
    const xml = Buffer.from(samlResponse, 'base64').toString('utf8');
    assert.match(xml, /EncryptedAssertion/);
    assert.ok(!xml.includes('Durand'), 'nothing readable on the way');
    const res = await fetch(form.match(/action="([^"]+)"/)![1], {
      method: 'POST',
      redirect: 'manual',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: idp.origin },
      body: new URLSearchParams({ SAMLResponse: samlResponse }),
    });
    assert.equal(res.status, 303, tuiles.first.logs.join('\n'));
    const who = await (await fetch(`${tuiles.origin}/api/me`, { headers: { Cookie: sessionCookie(res)! } })).json();
    assert.equal(who.displayName, 'Léa Durand');
  });

  test('a request whose signature was tampered with is refused by the IdP', async () => {
    const start = await fetch(`${tuiles.origin}/auth/saml/${SITE}/educonnect/login`, { redirect: 'manual' });
    const location = new URL(start.headers.get('location')!);
    location.searchParams.set('RelayState', 'ailleurs');
    const res = await fetch(location);
    assert.equal(res.ok, false);
  });
});
