/**
 * From what an identity provider asserts to a Tuiles user. Each provider of a site has
 * settings (how to reach and trust it) and a mapping (which attributes or claims give
 * the profile, niveau, groups and display name, and which one is the STABLE external id:
 * a NameID, a stable attribute or `sub`, never the display name). The first login
 * creates the user, later ones reuse it and refresh what the provider is the source of.
 */
import { randomBytes, X509Certificate } from 'node:crypto';
import { z } from 'zod';
import { profiles, slug, type Profile } from '../../contract/vocabulary.ts';
import type { IdentityProviderRow, MappedFields, Site, Store } from '../store/index.ts';

/** http:// only towards this machine (tests, a provider beside the server); https everywhere else. */
const providerUrl = z
  .string()
  .url('adresse attendue')
  .refine((value) => {
    const url = new URL(value);
    return url.protocol === 'https:' || (url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname));
  }, 'adresse https:// attendue');

/** A certificate Node can read: PEM, or its base64 body alone (as IdP metadata gives it). */
const pem = z
  .string()
  .max(20_000)
  .refine((text) => {
    const body = text.includes('-----BEGIN') ? text : `-----BEGIN CERTIFICATE-----\n${text.replace(/\s+/g, '')}\n-----END CERTIFICATE-----`;
    try {
      new X509Certificate(body);
      return true;
    } catch {
      return false;
    }
  }, 'certificat X.509 attendu (PEM)');

export const samlSettingsSchema = z.strictObject({
  /** The IdP's SingleSignOnService (HTTP-Redirect binding). */
  entryPoint: providerUrl,
  /** The IdP's signing certificate(s): assertions must be signed by one of them. */
  idpCert: z.union([pem, z.array(pem).min(1).max(4)]),
  /** When set, the assertion's Issuer must be this entity id. */
  idpEntityId: z.string().min(1).max(500).optional(),
  /** Our entity id at this IdP; by default the metadata URL. */
  spEntityId: z.string().min(1).max(500).optional(),
  /** Also require the Response itself signed (assertions always are). */
  wantAuthnResponseSigned: z.boolean().default(false),
  clockSkewSeconds: z.number().int().min(0).max(300).default(30),
});

export const oidcSettingsSchema = z.strictObject({
  issuer: providerUrl,
  clientId: z.string().min(1).max(500),
  /** Absent: a public client (PKCE only). Exported with the site: guard exports like the database. */
  clientSecret: z.string().min(1).max(500).optional(),
  scope: z.string().regex(/(^|\s)openid(\s|$)/, 'le scope doit contenir « openid »').default('openid profile'),
  /** Read the userinfo endpoint too (many providers put only `sub` in the ID token). */
  userinfo: z.boolean().default(true),
});

const attributeName = z.string().min(1).max(300);
/** A provider never makes an administrator: admin accounts stay local, under the school's eye. */
const mappedProfile = z.enum(profiles.filter((p) => p !== 'admin') as [Exclude<Profile, 'admin'>, ...Exclude<Profile, 'admin'>[]], {
  message: `profil attendu : ${profiles.filter((p) => p !== 'admin').join(', ')} (jamais admin)`,
});

export const mappingSchema = z
  .strictObject({
    /** The stable external id: `nameID` (SAML), `sub` (OIDC) or an attribute/claim name. */
    subject: attributeName.optional(),
    /** Attributes joined by a space, e.g. [givenName, sn]. */
    displayName: z.array(attributeName).min(1).max(4),
    profile: z
      .strictObject({
        attribute: attributeName.optional(),
        /** Attribute value -> Tuiles profile; the first value of the user that maps wins. */
        values: z.record(z.string(), mappedProfile).default({}),
        /** When no value maps; absent: such a user is refused. */
        default: mappedProfile.optional(),
      })
      .refine((p) => p.attribute !== undefined || p.default !== undefined, 'attribute ou default'),
    niveau: z.strictObject({ attribute: attributeName, values: z.record(z.string(), z.string().max(50)).optional() }).optional(),
    /** Attribute values -> group slugs of the site (unknown ones ignored); without `values`, the value is the slug. */
    groups: z.strictObject({ attribute: attributeName, values: z.record(z.string(), slug).optional() }).optional(),
    /** Where the login comes from (default: the display name, made unique). */
    login: z.strictObject({ attribute: attributeName }).optional(),
  })
  .refine((m) => m.subject === undefined || !m.displayName.includes(m.subject), {
    message: "l'identifiant externe doit être stable : jamais le nom affiché",
    path: ['subject'],
  });

export type SamlSettings = z.output<typeof samlSettingsSchema>;
export type OidcSettings = z.output<typeof oidcSettingsSchema>;
export type Mapping = z.output<typeof mappingSchema>;

/** Which user of the site each external subject is (an export keeps them, so an import does not duplicate users). */
const links = z.array(z.strictObject({ user: z.string().min(1).max(100), subject: z.string().min(1).max(500) })).max(100_000).default([]);

/** A provider as the site document and the database hold it. */
export const identityProviderSchema = z.discriminatedUnion('kind', [
  z.strictObject({ slug, kind: z.literal('saml'), label: z.string().min(1).max(100), settings: samlSettingsSchema, mapping: mappingSchema, identities: links }),
  z.strictObject({ slug, kind: z.literal('oidc'), label: z.string().min(1).max(100), settings: oidcSettingsSchema, mapping: mappingSchema, identities: links }),
]);
export type IdentityProviderInput = z.input<typeof identityProviderSchema>;

export type ParsedProvider =
  | (IdentityProviderRow & { kind: 'saml'; config: SamlSettings; rules: Mapping })
  | (IdentityProviderRow & { kind: 'oidc'; config: OidcSettings; rules: Mapping });

/** A stored provider with its settings checked again (the database may be older than the rules). */
export function parseProvider(row: IdentityProviderRow): ParsedProvider | null {
  const parsed = identityProviderSchema.safeParse({ slug: row.slug, kind: row.kind, label: row.label, settings: row.settings, mapping: row.mapping });
  if (!parsed.success) return null;
  return { ...row, kind: parsed.data.kind, config: parsed.data.settings, rules: parsed.data.mapping } as ParsedProvider;
}

export type Attributes = Record<string, unknown>;

/** Why a login through a provider is refused: said to the user in French, logged in full. */
export class IdentityRefused extends Error {
  constructor(
    readonly userMessage: string,
    detail: string,
  ) {
    super(detail);
  }
}

const valuesOf = (attributes: Attributes, name: string): string[] => {
  const value = attributes[name];
  const list = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  return list.filter((v): v is string | number => typeof v === 'string' || typeof v === 'number').map(String).map((v) => v.trim()).filter(Boolean);
};

export interface MappedUser {
  subject: string;
  displayName: string;
  profile: Profile;
  niveau: string | null;
  /** Group slugs (checked against the site's groups when applied). */
  groups: string[];
  loginHint: string;
}

/** Applies a provider's mapping to what it asserted; `subject` is the protocol's own id (NameID, `sub`). */
export function mapAttributes(mapping: Mapping, attributes: Attributes, protocolSubject: string | null, defaultSubject: string): MappedUser {
  const subjectName = mapping.subject ?? defaultSubject;
  const subject = subjectName === defaultSubject ? protocolSubject : (valuesOf(attributes, subjectName)[0] ?? null);
  if (!subject) throw new IdentityRefused("Le fournisseur d'identité n'a pas donné d'identifiant.", `no subject (${subjectName})`);

  let profile: Profile | undefined;
  if (mapping.profile.attribute) {
    for (const value of valuesOf(attributes, mapping.profile.attribute)) {
      profile = Object.hasOwn(mapping.profile.values, value) ? mapping.profile.values[value] : undefined;
      if (profile) break;
    }
  }
  profile ??= mapping.profile.default;
  if (!profile) {
    const seen = mapping.profile.attribute ? valuesOf(attributes, mapping.profile.attribute).join(', ') : '';
    throw new IdentityRefused("Votre profil n'est pas accepté sur ce portail.", `no profile for "${seen}"`);
  }

  const displayName = mapping.displayName
    .map((name) => valuesOf(attributes, name)[0] ?? '')
    .filter(Boolean)
    .join(' ')
    .slice(0, 200);

  let niveau: string | null = null;
  if (mapping.niveau) {
    const raw = valuesOf(attributes, mapping.niveau.attribute)[0];
    niveau = raw === undefined ? null : mapping.niveau.values ? (Object.hasOwn(mapping.niveau.values, raw) ? mapping.niveau.values[raw] : null) : raw.slice(0, 50);
  }

  const groups = mapping.groups
    ? valuesOf(attributes, mapping.groups.attribute).flatMap((value) => {
        const values = mapping.groups!.values;
        if (!values) return [value];
        return Object.hasOwn(values, value) ? [values[value]] : [];
      })
    : [];

  const loginHint = (mapping.login ? valuesOf(attributes, mapping.login.attribute)[0] : undefined) ?? displayName;
  return { subject, displayName: displayName || 'Utilisateur', profile, niveau, groups: [...new Set(groups)], loginHint };
}

/** `Élodie Martin` -> `elodie.martin`: ASCII, lower case, dots. */
export function loginBase(hint: string, fallback: string): string {
  const base = hint
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '.')
    .replace(/^\.+|\.+$/g, '')
    .slice(0, 40);
  return base || fallback;
}

/**
 * A scrypt-shaped hash of random bytes: no password matches it, and it survives an
 * export and import of the site like any other hash.
 */
export const unusablePasswordHash = () =>
  `scrypt$16384$8$1$${randomBytes(16).toString('base64')}$${randomBytes(32).toString('base64')}`;

/**
 * The Tuiles user of this external identity: found by (provider, subject) and refreshed,
 * or created with a login derived from its name. Two instances creating the same user at
 * once: the unique (provider, subject) lets one win, the other reads its user.
 */
export async function findOrCreateUser(store: Store, site: Site, provider: IdentityProviderRow, mapped: MappedUser, now: Date): Promise<number> {
  const siteGroups = new Map((await store.users.groups(site.id)).map((g) => [g.slug, g.id]));
  const fields: MappedFields = {
    displayName: mapped.displayName,
    profile: mapped.profile,
    niveau: mapped.niveau,
    groups: mapped.groups.flatMap((s) => (siteGroups.has(s) ? [siteGroups.get(s)!] : [])),
  };
  try {
    return await store.transaction(async (tx) => {
      const existing = await tx.identities.userOf(provider.id, mapped.subject);
      if (existing !== null) {
        await tx.identities.refreshUser(existing, fields);
        return existing;
      }
      const base = loginBase(mapped.loginHint, provider.slug);
      const candidates = [base, ...Array.from({ length: 19 }, (_, i) => `${base}${i + 2}`)];
      const taken = await tx.identities.takenLogins(site.id, candidates);
      const login = candidates.find((c) => !taken.has(c)) ?? `${base}.${randomBytes(4).toString('hex')}`;
      const user = await tx.users.create(site.id, {
        login,
        passwordHash: unusablePasswordHash(),
        displayName: fields.displayName,
        profile: fields.profile,
        niveau: fields.niveau,
        fonction: null,
        groups: fields.groups,
      });
      await tx.identities.link(user.id, provider.id, mapped.subject, now);
      return user.id;
    });
  } catch (error) {
    // Lost a race with another instance creating the same identity: use its user.
    const winner = await store.identities.userOf(provider.id, mapped.subject);
    if (winner !== null) return winner;
    throw error;
  }
}
