/** Writes a site back as a site document; importing it gives the same site. */
import type { Store } from '../store/index.ts';
import { pageKinds } from '../../contract/vocabulary.ts';
import { notFound } from '../errors.ts';
import type { SiteDocumentInput } from './schema.ts';

export async function exportSiteDocument(store: Store, slug: string): Promise<SiteDocumentInput> {
  const site = await store.sites.bySlug(slug);
  if (!site) throw notFound(`Site inconnu « ${slug} ».`);
  const [groups, users, rubriques, articles, events] = await Promise.all([
    store.users.groups(site.id),
    store.users.list(site.id),
    store.rubriques.list(site.id),
    store.articles.list(site.id),
    store.events.list(site.id),
  ]);
  const groupSlug = new Map(groups.map((g) => [g.id, g.slug]));
  const login = new Map(users.map((u) => [u.id, u.login]));
  const rubriqueSlug = new Map(rubriques.map((r) => [r.id, r.slug]));
  const pages: SiteDocumentInput['pages'] = {};
  for (const kind of pageKinds) pages[kind] = await store.pages.get(site.id, kind);
  const identityProviders = [];
  for (const provider of await store.identities.providers(site.id)) {
    const identities = (await store.identities.links(provider.id)).map((link) => ({ user: login.get(link.userId)!, subject: link.subject }));
    identityProviders.push({ slug: provider.slug, kind: provider.kind, label: provider.label, settings: provider.settings, mapping: provider.mapping, identities });
  }

  return {
    site: { slug: site.slug, name: site.name, peertubeHosts: site.peertubeHosts },
    groups: groups.map((g) => ({ slug: g.slug, name: g.name })),
    users: users.map((u) => ({
      login: u.login,
      passwordHash: u.passwordHash,
      displayName: u.displayName,
      profile: u.profile,
      niveau: u.niveau,
      fonction: u.fonction,
      groups: u.groups.map((id) => groupSlug.get(id)!),
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
    })),
    pages,
    ...(identityProviders.length > 0 ? { identityProviders: identityProviders as SiteDocumentInput['identityProviders'] } : {}),
  };
}
