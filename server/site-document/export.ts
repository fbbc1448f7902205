/** Writes a site back as a site document; importing it gives the same site. */
import type { Store, UserIdentity } from '../store/index.ts';
import { pageKinds } from '../../contract/vocabulary.ts';
import { notFound } from '../errors.ts';
import type { SiteDocumentInput } from './schema.ts';
import { targetsOut } from '../annonces/wire.ts';

export async function exportSiteDocument(store: Store, slug: string): Promise<SiteDocumentInput> {
  const site = await store.sites.bySlug(slug);
  if (!site) throw notFound(`Site inconnu « ${slug} ».`);
  const [groups, users, rubriques, articles, events, identities, pronote, casServices] = await Promise.all([
    store.users.groups(site.id),
    store.users.list(site.id),
    store.rubriques.list(site.id),
    store.articles.list(site.id),
    store.events.list(site.id),
    store.pronote.identities(site.id),
    store.pronote.settings(site.id),
    store.cas.services(site.id),
  ]);
  const identityOf = new Map(identities.map((i) => [i.userId, i]));
  const groupSlug = new Map(groups.map((g) => [g.id, g.slug]));
  const login = new Map(users.map((u) => [u.id, u.login]));
  const rubriqueSlug = new Map(rubriques.map((r) => [r.id, r.slug]));
  const pages: SiteDocumentInput['pages'] = {};
  const known = { rubriques: new Set(rubriques.map((r) => r.slug)), articles: new Set(articles.map((a) => a.id)) };
  for (const kind of pageKinds) pages[kind] = withoutDeletedContent(await store.pages.get(site.id, kind), known);
  // In creation order, so an import makes them again in the same order.
  const annonces = (await store.annonces.list(site.id)).sort((a, b) => a.id - b.id);
  const readers = await Promise.all(annonces.map((a) => store.annonces.readers(a.id)));
  const annoncesFonctions = await store.annonces.fonctions(site.id);
  const media = await store.media.list(site.id);
  const identityProviders = [];
  for (const provider of await store.identities.providers(site.id)) {
    const identities = (await store.identities.links(provider.id)).map((link) => ({ user: login.get(link.userId)!, subject: link.subject }));
    identityProviders.push({ slug: provider.slug, kind: provider.kind, label: provider.label, settings: provider.settings, mapping: provider.mapping, identities });
  }

  return {
    site: { slug: site.slug, name: site.name, peertubeHosts: site.peertubeHosts, annoncesFonctions },
    groups: groups.map((g) => ({ slug: g.slug, name: g.name })),
    users: users.map((u) => ({
      login: u.login,
      passwordHash: u.passwordHash,
      displayName: u.displayName,
      profile: u.profile,
      niveau: u.niveau,
      fonction: u.fonction,
      email: u.email ?? null,
      groups: u.groups.map((id) => groupSlug.get(id)!),
      ...identityFields(identityOf.get(u.id)),
    })),
    rubriques: rubriques.map((r) => ({
      slug: r.slug,
      title: r.title,
      parent: r.parentId === null ? null : rubriqueSlug.get(r.parentId)!,
      visibility: r.visibility,
      services: r.services,
      rights: r.rights.map((right) => {
        if ('profile' in right) return { profile: right.profile, role: right.role };
        if ('groupId' in right) return { group: groupSlug.get(right.groupId)!, role: right.role };
        return { user: login.get(right.userId)!, role: right.role };
      }),
    })),
    articles: articles.map((a) => ({
      id: a.id,
      rubrique: rubriqueSlug.get(a.rubriqueId)!,
      title: a.title,
      summary: a.summary,
      body: a.body,
      status: a.status,
      publishedAt: a.publishedAt,
      updatedAt: a.updatedAt,
      author: a.authorId === null ? null : login.get(a.authorId)!,
      illustration: a.illustration,
    })),
    events: events.map((e) => ({
      id: e.id,
      rubrique: rubriqueSlug.get(e.rubriqueId)!,
      title: e.title,
      summary: e.summary,
      location: e.location,
      start: e.start,
      end: e.end,
      allDay: e.allDay,
      ...(e.authorId ? { author: login.get(e.authorId)! } : {}),
    })),
    pages,
    annonces: annonces.map((a, i) => ({
      kind: a.kind,
      title: a.title,
      body: a.body,
      link: a.link,
      illustration: a.illustration,
      start: a.start,
      end: a.end,
      targets: targetsOut(a, groups),
      email: a.email,
      author: a.authorId === null ? null : login.get(a.authorId)!,
      createdAt: a.createdAt,
      readBy: readers[i].map((id) => login.get(id)!),
    })),
    ...(pronote ? { pronote } : {}),
    casServices: casServices.map((s) => ({ name: s.name, urlPattern: s.urlPattern })),
    ...(identityProviders.length > 0 ? { identityProviders: identityProviders as SiteDocumentInput['identityProviders'] } : {}),
    ...(media.length > 0
      ? {
          media: media.map((m) => ({
            id: m.id,
            usage: m.usage,
            alt: m.alt,
            format: m.format as 'jpeg',
            width: m.width,
            height: m.height,
            focus: m.focus,
            animated: m.animated,
            variants: m.variants,
            bytes: m.bytes,
            author: m.authorId === null ? null : (login.get(m.authorId) ?? null),
            createdAt: m.createdAt,
          })),
        }
      : {}),
  };
}

/** Only the identity fields a user has: documents of sites without Pronote stay as they were. */
function identityFields(identity: UserIdentity | undefined): Partial<Record<keyof UserIdentity, string>> {
  if (!identity) return {};
  return Object.fromEntries(Object.entries(identity).filter(([key, value]) => key !== 'userId' && value !== null && ['nom', 'prenom', 'birthDate', 'postalCode', 'pronoteId'].includes(key)));
}

/**
 * Tiles as saved may still name a rubrique or an article deleted since (reading skips
 * them); the document leaves those names out, so that it imports as it exported.
 */
function withoutDeletedContent<T extends { config: unknown }>(tiles: T[], known: { rubriques: Set<string>; articles: Set<string> }): T[] {
  return tiles.map((tile) => {
    const config = { ...(tile.config as Record<string, unknown>) };
    if (Array.isArray(config.rubriques)) config.rubriques = config.rubriques.filter((slug: string) => known.rubriques.has(slug));
    if (Array.isArray(config.articles)) config.articles = config.articles.filter((id: string) => known.articles.has(id));
    if (typeof config.article === 'string' && !known.articles.has(config.article)) config.article = null;
    return { ...tile, config };
  });
}
