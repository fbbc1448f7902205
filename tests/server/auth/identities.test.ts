/**
 * The provider rules without a provider: mapping attributes to a user, the checks the
 * site document applies to providers (field named, nothing imported), find-or-create on
 * both databases, and the two shared tables (a login under way taken once, an id used once).
 */
import { describe, it, test } from 'node:test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readConfig } from '../../../server/config.ts';
import assert from 'node:assert/strict';
import { backends } from '../support/backends.ts';
import { sanitize } from '../support/harness.ts';
import { NOW, schoolDocument } from '../support/fixtures.ts';
import { selfSignedCertificate } from '../support/self-signed.ts';
import { importSiteDocument } from '../../../server/site-document/import.ts';
import { exportSiteDocument } from '../../../server/site-document/export.ts';
import { verifyPassword } from '../../../server/auth/passwords.ts';
import {
  findOrCreateUser,
  IdentityRefused,
  loginBase,
  mapAttributes,
  mappingSchema,
  parseProvider,
  type IdentityProviderInput,
} from '../../../server/auth/identities.ts';

const { certificate, privateKey } = selfSignedCertificate('idp.test');
const mapping = mappingSchema.parse({
  subject: 'FrEduCtId',
  displayName: ['givenName', 'sn'],
  profile: { attribute: 'FrEduCtPersonAffiliation', values: { eleve2d: 'eleve', resp2d: 'parent' } },
  niveau: { attribute: 'niveau' },
  groups: { attribute: 'classe', values: { '6A': '6a' } },
});
const saml = (over: Partial<IdentityProviderInput> = {}): IdentityProviderInput =>
  ({
    slug: 'educonnect',
    kind: 'saml',
    label: 'ÉduConnect',
    settings: { entryPoint: 'https://educonnect.example/sso', idpCert: certificate },
    mapping: { subject: 'FrEduCtId', displayName: ['givenName', 'sn'], profile: { attribute: 'FrEduCtPersonAffiliation', values: { eleve2d: 'eleve' } } },
    ...over,
  }) as IdentityProviderInput;

describe('mapping attributes', () => {
  test('profile from the first value that maps, niveau, known groups, display name; the subject from its attribute', () => {
    const user = mapAttributes(
      mapping,
      { FrEduCtId: 'ABC-1', FrEduCtPersonAffiliation: ['autre', 'resp2d'], givenName: 'Zoé', sn: ['Àlvarez'], niveau: '6EME', classe: ['6A', '4B'] },
      'transient-or-whatever',
      'nameID',
    );
    assert.deepEqual(user, { subject: 'ABC-1', displayName: 'Zoé Àlvarez', profile: 'parent', niveau: '6EME', groups: ['6a'], loginHint: 'Zoé Àlvarez' });
  });

  test('no subject, or a profile nothing maps to, is refused', () => {
    assert.throws(() => mapAttributes(mapping, { FrEduCtPersonAffiliation: 'eleve2d' }, 'name-id', 'nameID'), IdentityRefused);
    assert.throws(() => mapAttributes(mapping, { FrEduCtId: 'x', FrEduCtPersonAffiliation: 'resp1d' }, null, 'nameID'), /no profile for "resp1d"/);
  });

  test('the protocol subject (NameID, sub) by default; a default profile when configured', () => {
    const rules = mappingSchema.parse({ displayName: ['name'], profile: { default: 'invite' } });
    const user = mapAttributes(rules, { name: 'Visiteur' }, 'sub-42', 'sub');
    assert.equal(user.subject, 'sub-42');
    assert.equal(user.profile, 'invite');
    assert.throws(() => mapAttributes(rules, { name: 'Visiteur' }, null, 'nameID'), /no subject/);
  });

  test('the display name can never be the external id', () => {
    const result = mappingSchema.safeParse({ subject: 'displayName', displayName: ['displayName'], profile: { default: 'eleve' } });
    assert.equal(result.success, false);
    assert.deepEqual(result.error!.issues[0].path, ['subject']);
  });

  test('logins: ASCII, lower case, dots; a fallback when nothing is left', () => {
    assert.equal(loginBase('Élodie  Le Gall-Ñúñez', 'x'), 'elodie.le.gall.nunez');
    assert.equal(loginBase('李', 'educonnect'), 'educonnect');
  });
});

for (const backend of backends) {
  describe(`identity providers on ${backend.name}`, () => {
    const breakers: [string, string, IdentityProviderInput][] = [
      ['a certificate that is not one', 'identityProviders[0].settings.idpCert', saml({ settings: { entryPoint: 'https://idp.example/sso', idpCert: 'MIIBnot-a-cert' } } as any)],
      ['an IdP over plain http elsewhere than this machine', 'identityProviders[0].settings.entryPoint', saml({ settings: { entryPoint: 'http://idp.example/sso', idpCert: certificate } } as any)],
      ['an OIDC scope without openid', 'identityProviders[0].settings.scope', { slug: 'acad', kind: 'oidc', label: 'Académie', settings: { issuer: 'https://acad.example', clientId: 'c', scope: 'profile' }, mapping: { displayName: ['name'], profile: { default: 'enseignant' } } }],
      ['an unknown profile in the value table', 'identityProviders[0].mapping.profile.values.eleve2d', saml({ mapping: { displayName: ['sn'], profile: { attribute: 'a', values: { eleve2d: 'directeur' } } } } as any)],
      ['a mapping that would make administrators', 'identityProviders[0].mapping.profile.default', saml({ mapping: { displayName: ['sn'], profile: { default: 'admin' } } } as any)],
      ['a link to an unknown user', 'identityProviders[0].identities[0].user', saml({ identities: [{ user: 'fantome', subject: 'S-1' }] })],
      ['a subject linked twice', 'identityProviders[0].identities[1]', saml({ identities: [{ user: 'eleve', subject: 'S-1' }, { user: 'eleve2', subject: 'S-1' }] })],
      ['an unknown kind', 'identityProviders[0].kind', { ...saml(), kind: 'cas' } as any],
    ];
    for (const [name, path, provider] of breakers) {
      it(`refuses ${name}, naming ${path}, importing nothing`, async () => {
        const db = await backend.fresh();
        try {
          await assert.rejects(importSiteDocument(db.store, { ...schoolDocument(), identityProviders: [provider] }, { now: NOW, sanitize }), (error: any) => {
            assert.ok(error.fields?.[path], `${path} in ${JSON.stringify(error.fields)}`);
            return true;
          });
          assert.equal(await db.store.sites.count(), 0);
        } finally {
          await db.drop();
        }
      });
    }

    it('refuses two providers of one slug', async () => {
      const db = await backend.fresh();
      try {
        await assert.rejects(importSiteDocument(db.store, { ...schoolDocument(), identityProviders: [saml(), saml()] }, { now: NOW, sanitize }), (error: any) => {
          assert.match(error.fields['identityProviders[1]'], /en double/);
          return true;
        });
      } finally {
        await db.drop();
      }
    });

    it('imports providers in order; find-or-create makes one user per (provider, subject), with no usable password', async () => {
      const db = await backend.fresh();
      try {
        const oidc: IdentityProviderInput = { slug: 'acad', kind: 'oidc', label: 'Académie', settings: { issuer: 'https://acad.example', clientId: 'c' }, mapping: { displayName: ['name'], profile: { default: 'enseignant' } } };
        const { site } = await importSiteDocument(db.store, { ...schoolDocument(), identityProviders: [saml(), oidc] }, { now: NOW, sanitize });
        const rows = await db.store.identities.providers(site.id);
        assert.deepEqual(rows.map((r) => [r.slug, r.kind]), [['educonnect', 'saml'], ['acad', 'oidc']]);
        const educonnect = parseProvider(rows[0])!;
        assert.equal(educonnect.kind === 'saml' && educonnect.config.clockSkewSeconds, 30, 'defaults applied');

        const mapped = { subject: 'S-1', displayName: 'Élève Un', profile: 'eleve' as const, niveau: '6e', groups: ['6a', 'inconnu'], loginHint: 'Élève Un' };
        const id = await findOrCreateUser(db.store, site, educonnect, mapped, NOW);
        const again = await findOrCreateUser(db.store, site, educonnect, { ...mapped, niveau: '5e', groups: [] }, NOW);
        assert.equal(again, id);
        const user = (await db.store.users.byId(id))!;
        assert.equal(user.login, 'eleve.un');
        assert.equal(user.niveau, '5e', 'refreshed from the provider');
        assert.deepEqual(user.groups, []);
        assert.equal(await verifyPassword('', user.passwordHash), false);
        // Same subject at another provider: another person.
        const other = await findOrCreateUser(db.store, site, parseProvider(rows[1])!, mapped, NOW);
        assert.notEqual(other, id);
        assert.equal((await db.store.users.byId(other))!.login, 'eleve.un2');
        // Two instances creating the same identity at once: one user.
        const [a, b] = await Promise.all([
          findOrCreateUser(db.store, site, educonnect, { ...mapped, subject: 'S-2' }, NOW),
          findOrCreateUser(db.store, site, educonnect, { ...mapped, subject: 'S-2' }, NOW),
        ]);
        assert.equal(a, b);
        // A re-import with --replace rebuilds the site: its providers are those the document lists (none here).
        await importSiteDocument(db.store, schoolDocument(), { now: NOW, sanitize, replace: true });
        const replaced = (await db.store.sites.bySlug(site.slug))!;
        assert.deepEqual(await db.store.identities.providers(replaced.id), []);
      } finally {
        await db.drop();
      }
    });

    it('an export keeps providers and links: re-imported, the same person finds the same account', async () => {
      const db = await backend.fresh();
      const copy = await backend.fresh();
      try {
        await importSiteDocument(db.store, { ...schoolDocument(), identityProviders: [saml({ identities: [{ user: 'eleve', subject: 'S-9' }] })] }, { now: NOW, sanitize });
        const exported = await exportSiteDocument(db.store, 'college-test');
        assert.deepEqual(exported.identityProviders?.[0].identities, [{ user: 'eleve', subject: 'S-9' }]);
        const { site } = await importSiteDocument(copy.store, exported, { now: NOW, sanitize });
        assert.deepEqual(await exportSiteDocument(copy.store, 'college-test'), exported);
        const provider = parseProvider((await copy.store.identities.providers(site.id))[0])!;
        const mapped = { subject: 'S-9', displayName: 'Élève Un', profile: 'eleve' as const, niveau: '6e', groups: ['6a'], loginHint: 'x' };
        const id = await findOrCreateUser(copy.store, site, provider, mapped, NOW);
        assert.equal((await copy.store.users.byId(id))!.login, 'eleve');
      } finally {
        await db.drop();
        await copy.drop();
      }
    });

    it('a login under way is taken once and expires; an id is accepted once until it expires', async () => {
      const db = await backend.fresh();
      try {
        const { site } = await importSiteDocument(db.store, { ...schoolDocument(), identityProviders: [saml()] }, { now: NOW, sanitize });
        const [provider] = await db.store.identities.providers(site.id);
        const later = (ms: number) => new Date(NOW.getTime() + ms);
        const ids = db.store.identities;
        await ids.putPending('oidc:s1', provider.id, { nonce: 'n' }, NOW, later(600_000));
        const taken = await Promise.all([ids.takePending('oidc:s1', NOW), ids.takePending('oidc:s1', NOW)]);
        assert.deepEqual(taken.filter(Boolean), [{ providerId: provider.id, data: { nonce: 'n' } }]);
        await ids.putPending('oidc:s2', provider.id, {}, NOW, later(600_000));
        assert.equal(await ids.takePending('oidc:s2', later(600_001)), null, 'expired');

        const used = await Promise.all([ids.markUsed('saml:1:assertion:A', NOW, later(60_000)), ids.markUsed('saml:1:assertion:A', NOW, later(60_000))]);
        assert.deepEqual(used.sort(), [false, true]);
        assert.equal(await ids.markUsed('saml:1:assertion:A', later(30_000), later(90_000)), false, 'still remembered');
        assert.equal(await ids.markUsed('saml:1:assertion:A', later(60_000), later(120_000)), true, 'forgotten once expired');
      } finally {
        await db.drop();
      }
    });
  });
}

describe('the SAML service provider key pair from the environment', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tuiles-saml-keys-'));
  const file = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };
  const key = file('sp.key', privateKey);
  const cert = file('sp.crt', certificate);
  const otherCert = file('other.crt', selfSignedCertificate('autre').certificate);

  test('read and checked at start; both files or neither; the certificate must be the key\'s', () => {
    assert.equal(readConfig({}).samlKeys, undefined);
    assert.deepEqual(readConfig({ TUILES_SAML_SP_KEY_FILE: key, TUILES_SAML_SP_CERT_FILE: cert }).samlKeys, { privateKey, certificate });
    assert.throws(() => readConfig({ TUILES_SAML_SP_KEY_FILE: key }), /TUILES_SAML_SP_CERT_FILE must be set/);
    assert.throws(() => readConfig({ TUILES_SAML_SP_KEY_FILE: key, TUILES_SAML_SP_CERT_FILE: otherCert }), /is not the certificate of/);
    assert.throws(() => readConfig({ TUILES_SAML_SP_KEY_FILE: join(dir, 'absent'), TUILES_SAML_SP_CERT_FILE: cert }), /TUILES_SAML_SP_KEY_FILE cannot be read/);
  });
});
