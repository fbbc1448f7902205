/**
 * A local SAML 2.0 identity provider for tests, built with samlify: it answers the SP's
 * AuthnRequest (HTTP-Redirect) with a signed Response in an HTML form (HTTP-POST), like
 * a real IdP, asserting what the test put in `state.next`, and can bend the rules a test
 * asks it to (InResponseTo, NotOnOrAfter, assertion id, Destination, another signing key).
 * It signs with a self-signed certificate made at start.
 *
 * samlify checks the XML it parses against a schema validator it does not ship; this
 * TEST IdP sets one that accepts everything (`setSchemaValidator(() => 'skipped')`).
 * Tuiles itself validates with node-saml, which needs none.
 */
import { randomBytes } from 'node:crypto';
import * as samlify from 'samlify';
import { listen } from './sso-server.ts';
import { selfSignedCertificate } from './self-signed.ts';
import type { IdentityProviderInput } from '../../../server/auth/identities.ts';

samlify.setSchemaValidator({ validate: async () => 'skipped' });

/** EduConnect's attribute names (OIDs). */
export const OID = {
  affiliation: 'urn:oid:1.3.6.1.4.1.20326.10.999.1.7',
  id: 'urn:oid:1.3.6.1.4.1.20326.10.999.1.57',
  niveau: 'urn:oid:1.3.6.1.4.1.20326.10.999.1.73',
  givenName: 'urn:oid:2.5.4.42',
  sn: 'urn:oid:2.5.4.4',
  classe: 'urn:oid:1.3.6.1.4.1.20326.10.999.1.99',
};
/** What the test IdP will assert next, and how it bends the rules when a test asks. */
export interface NextLogin {
  nameId: string;
  attributes: Record<string, string[]>;
  inResponseTo?: string;
  notOnOrAfter?: Date;
  assertionId?: string;
  destination?: string;
}

const escapeXml = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
export const newId = () => `_${randomBytes(16).toString('hex')}`;

/**
 * `strict`: the IdP EduConnect-like settings: AuthnRequests must be signed (checked
 * against the SP metadata's certificate) and assertions are encrypted for the SP.
 */
export async function startIdp(tuilesMetadata: () => Promise<string>, options: { strict?: boolean } = {}) {
  const key = selfSignedCertificate('idp.test');
  const otherKey = selfSignedCertificate('idp.test'); // the same name, another key: a forger
  const running = await listen(async (request) => {
    const url = new URL(request.url);
    if (url.pathname !== '/sso') return new Response('not found', { status: 404 });
    const sp = samlify.ServiceProvider({ metadata: await tuilesMetadata() });
    // What the SP signed: the raw query without the signature (HTTP-Redirect binding).
    const octetString = url.search.slice(1).split('&').filter((part) => !part.startsWith('Signature=')).join('&');
    const parsed = await idp.parseLoginRequest(sp, 'redirect', { query: Object.fromEntries(url.searchParams), octetString });
    const context = await respond(sp, parsed.extract.request!.id as string);
    // The form an IdP answers with, posted by the browser to the SP's ACS.
    return new Response(
      `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>IdP de test</title></head><body>` +
        `<form method="post" action="${escapeXml(context.entityEndpoint)}"><input type="hidden" name="SAMLResponse" value="${context.context}"><button>Continuer</button></form>` +
        `<script>document.forms[0].submit()</script></body></html>`,
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
    wantAuthnRequestsSigned: options.strict ?? false,
    isAssertionEncrypted: options.strict ?? false,
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

/** A pupil as EduConnect asserts one. */
export const pupil = (id = 'educonnect-eleve-1'): NextLogin => ({
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

/** EduConnect as a site document declares it, trusting the test IdP. */
export const educonnectProvider = (idpOrigin: string, certificate: string): IdentityProviderInput => ({
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
