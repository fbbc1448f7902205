/**
 * Login through a SAML 2.0 identity provider, end to end over real HTTP on 127.0.0.1:
 * Tuiles (the service provider) and a local test IdP built with samlify, signing with a
 * self-signed certificate made in the test. The IdP plays EduConnect: attributes under
 * their OIDs, FrEduCtPersonAffiliation eleve2d / resp2d, FrEduCtId as the stable id.
 *
 * samlify checks the XML it parses against a schema validator it does not ship; this
 * TEST IdP sets one that accepts everything (`setSchemaValidator(() => 'skipped')`).
 * Tuiles itself validates with node-saml, which needs none.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import * as samlify from 'samlify';
import { backends } from '../support/backends.ts';
import { listen, sessionCookie, ssoTuiles } from '../support/sso-server.ts';
import { selfSignedCertificate } from '../support/self-signed.ts';
import type { IdentityProviderInput } from '../../../server/auth/identities.ts';

samlify.setSchemaValidator({ validate: async () => 'skipped' });

const OID = {
  affiliation: 'urn:oid:1.3.6.1.4.1.20326.10.999.1.7',
  id: 'urn:oid:1.3.6.1.4.1.20326.10.999.1.57',
  niveau: 'urn:oid:1.3.6.1.4.1.20326.10.999.1.73',
  givenName: 'urn:oid:2.5.4.42',
  sn: 'urn:oid:2.5.4.4',
  classe: 'urn:oid:1.3.6.1.4.1.20326.10.999.1.99',
};
const SITE = 'college-test';

/** What the test IdP will assert next, and how it bends the rules when a test asks. */
interface NextLogin {
  nameId: string;
  attributes: Record<string, string[]>;
  inResponseTo?: string;
  notOnOrAfter?: Date;
  assertionId?: string;
  destination?: string;
}

const escapeXml = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
const newId = () => `_${randomBytes(16).toString('hex')}`;

async function startIdp(tuilesMetadata: () => Promise<string>) {
  const key = selfSignedCertificate('idp.test');
  const otherKey = selfSignedCertificate('idp.test'); // the same name, another key: a forger
  const running = await listen(async (request) => {
    const url = new URL(request.url);
    if (url.pathname !== '/sso') return new Response('not found', { status: 404 });
    const sp = samlify.ServiceProvider({ metadata: await tuilesMetadata() });
    const parsed = await idp.parseLoginRequest(sp, 'redirect', { query: Object.fromEntries(url.searchParams) });
    const context = await respond(sp, parsed.extract.request!.id as string);
    // The form an IdP answers with, posted by the browser to the SP's ACS.
    return new Response(
      `<form method="post" action="${escapeXml(context.entityEndpoint)}"><input type="hidden" name="SAMLResponse" value="${context.context}"></form>`,
      { headers: { 'Content-Type': 'text/html' } },
    );
  });
  const entityID = `${running.origin}/metadata`;
  const settingsOf = (k: { privateKey: string; certificate: string }) => ({
    entityID,
    privateKey: k.privateKey,
    signingCert: k.certificate,
    singleSignOnService: [{ Binding: samlify.Constants.namespace.binding.redirect, Location: `${running.origin}/sso` }],
    nameIDFormat: ['urn:oasis:names:tc:SAML:2.0:nameid-format:persistent'],
  });
  const idp = samlify.IdentityProvider(settingsOf(key));
  const forger = samlify.IdentityProvider(settingsOf(otherKey));
  const state: { next: NextLogin; signer: typeof idp } = { next: undefined as unknown as NextLogin, signer: idp };

  async function respond(sp: ReturnType<typeof samlify.ServiceProvider>, requestId: string | null) {
    const next = state.next;
    const now = new Date();
    const until = next.notOnOrAfter ?? new Date(now.getTime() + 5 * 60_000);
    const id = newId();
    const attributeStatement =
      '<saml:AttributeStatement>' +
      Object.entries(next.attributes)
        .map(
          ([name, values]) =>
            `<saml:Attribute Name="${escapeXml(name)}" NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:uri">` +
            values.map((v) => `<saml:AttributeValue xsi:type="xs:string">${escapeXml(v)}</saml:AttributeValue>`).join('') +
            '</saml:Attribute>',
        )
        .join('') +
      '</saml:AttributeStatement>';
    const values: Record<string, string> = {
      ID: id,
      AssertionID: next.assertionId ?? newId(),
      Destination: next.destination ?? sp.entityMeta.getAssertionConsumerService('post') as string,
      Audience: sp.entityMeta.getEntityID(),
      SubjectRecipient: sp.entityMeta.getAssertionConsumerService('post') as string,
      Issuer: entityID,
      IssueInstant: now.toISOString(),
      StatusCode: 'urn:oasis:names:tc:SAML:2.0:status:Success',
      ConditionsNotBefore: new Date(now.getTime() - 60_000).toISOString(),
      ConditionsNotOnOrAfter: until.toISOString(),
      SubjectConfirmationDataNotOnOrAfter: until.toISOString(),
      NameIDFormat: 'urn:oasis:names:tc:SAML:2.0:nameid-format:persistent',
      NameID: next.nameId,
      InResponseTo: next.inResponseTo ?? requestId ?? '',
      AuthnStatement: `<saml:AuthnStatement AuthnInstant="${now.toISOString()}" SessionIndex="${newId()}"><saml:AuthnContext><saml:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml:AuthnContextClassRef></saml:AuthnContext></saml:AuthnStatement>`,
      AttributeStatement: attributeStatement,
    };
    const requestInfo = { extract: requestId ? { request: { id: requestId } } : {} };
    return (await state.signer.createLoginResponse(sp, requestInfo, 'post', {}, {
      customTagReplacement: (template: string) => ({ id, context: template.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '') }),
    })) as { context: string; entityEndpoint: string };
  }

  return { ...running, entityID, certificate: key.certificate, state, idp, forger, respond };
}

const pupil = (id = 'educonnect-eleve-1'): NextLogin => ({
  nameId: `persistent-${id}`,
  attributes: {
    [OID.id]: [id],
    [OID.affiliation]: ['eleve2d'],
    [OID.givenName]: ['Léa'],
    [OID.sn]: ['Durand'],
    [OID.niveau]: ['6EME'],
    [OID.classe]: ['6A', 'latin'],
  },
});

const provider = (idpOrigin: string, certificate: string): IdentityProviderInput => ({
  slug: 'educonnect',
  kind: 'saml',
  label: 'ÉduConnect',
  settings: { entryPoint: `${idpOrigin}/sso`, idpCert: certificate, idpEntityId: `${idpOrigin}/metadata` },
  mapping: {
    subject: OID.id,
    displayName: [OID.givenName, OID.sn],
    profile: { attribute: OID.affiliation, values: { eleve1d: 'eleve', eleve2d: 'eleve', resp1d: 'parent', resp2d: 'parent' } },
    niveau: { attribute: OID.niveau, values: { '6EME': '6e', '5EME': '5e' } },
    groups: { attribute: OID.classe, values: { '6A': '6a' } },
  },
});

for (const backend of backends) {
  describe(`SAML login through a local IdP (${backend.name})`, () => {
    let tuiles: Awaited<ReturnType<typeof ssoTuiles>>;
    let idp: Awaited<ReturnType<typeof startIdp>>;

    before(async () => {
      let metadataUrl = '';
      idp = await startIdp(async () => (await fetch(metadataUrl)).text());
      tuiles = await ssoTuiles(backend, () => [provider(idp.origin, idp.certificate)]);
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
