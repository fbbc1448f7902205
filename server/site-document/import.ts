/**
 * Imports a site document, all or nothing: every value and every reference is checked
 * before the first write, and the writes run in one transaction.
 */
import type { Store, Site, Right } from '../store/index.ts';
import type { Tile } from '../../contract/tiles/index.ts';
import type { PageKind } from '../../contract/vocabulary.ts';
import { frenchErrors } from '../../contract/french-errors.ts';
import { checkPageTiles, storedConfig } from '../tiles/registry.ts';
import { hashPassword } from '../auth/passwords.ts';
import { SANITIZER_VERSION, type Sanitize } from '../content/sanitize.ts';
import { conflict, fieldsOf, invalid } from '../errors.ts';
import { siteDocumentSchema, type SiteDocument } from './schema.ts';

export interface ImportOptions {
  now: Date;
  sanitize: Sanitize;
  /** Replace a site of the same slug instead of refusing. */
  replace?: boolean;
}

export interface ImportResult {
  site: Site;
  counts: { groups: number; users: number; rubriques: number; articles: number; events: number; tiles: number; annonces?: number };
}

/** Every reference checked against what the document defines; errors keyed by JSON path. */
function checkReferences(doc: SiteDocument): { fields: Record<string, string>; pages: Partial<Record<PageKind, Tile[]>> } {
  const fields: Record<string, string> = {};
  const duplicates = (items: { key: string }[], label: string, path: string) => {
    const seen = new Set<string>();
    items.forEach(({ key }, i) => {
      if (seen.has(key)) fields[`${path}[${i}]`] = `${label} « ${key} » en double`;
      seen.add(key);
    });
  };
  duplicates(doc.groups.map((g) => ({ key: g.slug })), 'groupe', 'groups');
  duplicates(doc.users.map((u) => ({ key: u.login })), 'identifiant', 'users');
  duplicates(doc.rubriques.map((r) => ({ key: r.slug })), 'rubrique', 'rubriques');
  duplicates(doc.articles.map((a) => ({ key: a.id })), 'article', 'articles');
  duplicates(doc.events.map((e) => ({ key: e.id })), 'événement', 'events');
  duplicates(doc.identityProviders.map((p) => ({ key: p.slug })), "fournisseur d'identité", 'identityProviders');

  const groups = new Set(doc.groups.map((g) => g.slug));
  const logins = new Set(doc.users.map((u) => u.login));
  const rubriques = new Map(doc.rubriques.map((r) => [r.slug, r]));
  const articles = new Map(doc.articles.map((a) => [a.id, a]));

  doc.identityProviders.forEach((provider, i) => {
    duplicates(provider.identities.map((link) => ({ key: link.subject })), 'identifiant externe', `identityProviders[${i}].identities`);
    provider.identities.forEach((link, j) => {
      if (!logins.has(link.user)) fields[`identityProviders[${i}].identities[${j}].user`] = `utilisateur inconnu « ${link.user} »`;
    });
  });
  doc.users.forEach((u, i) =>
    u.groups.forEach((g, j) => {
      if (!groups.has(g)) fields[`users[${i}].groups[${j}]`] = `groupe inconnu « ${g} »`;
    }),
  );
  const defined = new Set<string>();
  doc.rubriques.forEach((r, i) => {
    if (r.parent && !defined.has(r.parent)) {
      fields[`rubriques[${i}].parent`] = rubriques.has(r.parent)
        ? `la rubrique parente « ${r.parent} » doit précéder ses sous-rubriques`
        : `rubrique parente inconnue « ${r.parent} »`;
    }
    defined.add(r.slug);
    r.rights.forEach((right, j) => {
      if ('group' in right && !groups.has(right.group)) fields[`rubriques[${i}].rights[${j}].group`] = `groupe inconnu « ${right.group} »`;
      if ('user' in right && !logins.has(right.user)) fields[`rubriques[${i}].rights[${j}].user`] = `utilisateur inconnu « ${right.user} »`;
    });
  });
  doc.media.forEach((m, i) => {
    if (m.author && !logins.has(m.author)) fields[`media[${i}].author`] = `utilisateur inconnu « ${m.author} »`;
  });
  doc.articles.forEach((a, i) => {
    if (!rubriques.has(a.rubrique)) fields[`articles[${i}].rubrique`] = `rubrique inconnue « ${a.rubrique} »`;
    if (a.author && !logins.has(a.author)) fields[`articles[${i}].author`] = `utilisateur inconnu « ${a.author} »`;
  });
  doc.events.forEach((e, i) => {
    if (!rubriques.has(e.rubrique)) fields[`events[${i}].rubrique`] = `rubrique inconnue « ${e.rubrique} »`;
    if (e.end < e.start) fields[`events[${i}].end`] = 'la fin précède le début';
    if (e.author && !logins.has(e.author)) fields[`events[${i}].author`] = `utilisateur inconnu « ${e.author} »`;
  });

  doc.annonces.forEach((a, i) => {
    a.targets.forEach((t, j) => {
      if (t.group !== undefined && !groups.has(t.group)) fields[`annonces[${i}].targets[${j}].group`] = `groupe inconnu « ${t.group} »`;
    });
    if (a.link && !/^https?:\/\//i.test(a.link) && !articles.has(a.link)) fields[`annonces[${i}].link`] = `article inconnu « ${a.link} »`;
    if (a.author && !logins.has(a.author)) fields[`annonces[${i}].author`] = `utilisateur inconnu « ${a.author} »`;
    a.readBy.forEach((login, j) => {
      if (!logins.has(login)) fields[`annonces[${i}].readBy[${j}]`] = `utilisateur inconnu « ${login} »`;
    });
  });

  const site = { id: 0, slug: doc.site.slug, name: doc.site.name, peertubeHosts: doc.site.peertubeHosts };
  const pages: Partial<Record<PageKind, Tile[]>> = {};
  for (const [kind, tiles] of Object.entries(doc.pages) as [PageKind, SiteDocument['pages'][PageKind]][]) {
    pages[kind] = checkPageTiles(tiles ?? [], site, kind, { rubriques, articles }, (i) => `pages.${kind}[${i}]`, fields);
  }
  return { fields, pages };
}

export async function importSiteDocument(store: Store, input: unknown, options: ImportOptions): Promise<ImportResult> {
  const parsed = siteDocumentSchema.safeParse(input, { error: frenchErrors });
  if (!parsed.success) {
    throw invalid(fieldsOf(parsed.error.issues, '(document)'), 'Document de site invalide : rien n\'a été importé.');
  }
  const doc = parsed.data;
  const { fields, pages } = checkReferences(doc);
  if (Object.keys(fields).length > 0) throw invalid(fields, 'Document de site invalide : rien n\'a été importé.');

  const passwordHashes = await Promise.all(doc.users.map((u) => u.passwordHash ?? hashPassword(u.password!)));
  const peertubeHosts = doc.site.peertubeHosts;

  return store.transaction(async (tx) => {
    const existing = await tx.sites.bySlug(doc.site.slug);
    if (existing && !options.replace) throw conflict(`Le site « ${doc.site.slug} » existe déjà (--replace pour le remplacer).`);
    if (existing) await tx.sites.delete(existing.id);

    const site = await tx.sites.create({ slug: doc.site.slug, name: doc.site.name, peertubeHosts }, options.now);
    // Everything below is cleaned on its way in by this sanitizer.
    await tx.sites.markSanitized(site.id, SANITIZER_VERSION);
    const groupIds = new Map<string, number>();
    for (const group of doc.groups) groupIds.set(group.slug, (await tx.users.createGroup(site.id, group)).id);
    const userIds = new Map<string, number>();
    for (const [i, user] of doc.users.entries()) {
      const created = await tx.users.create(site.id, {
        login: user.login,
        passwordHash: passwordHashes[i],
        displayName: user.displayName,
        profile: user.profile,
        niveau: user.niveau ?? null,
        fonction: user.fonction ?? null,
        email: user.email ?? null,
        groups: user.groups.map((g) => groupIds.get(g)!),
      });
      userIds.set(user.login, created.id);
      const identity = { nom: user.nom, prenom: user.prenom, birthDate: user.birthDate, postalCode: user.postalCode, pronoteId: user.pronoteId };
      if (Object.values(identity).some((v) => v != null)) {
        await tx.pronote.setIdentity(created.id, Object.fromEntries(Object.entries(identity).map(([k, v]) => [k, v ?? null])));
      }
    }
    if (doc.pronote) await tx.pronote.putSettings(site.id, doc.pronote, options.now);
    await tx.cas.putServices(site.id, doc.casServices);
    const rubriqueIds = new Map<string, number>();
    for (const [position, r] of doc.rubriques.entries()) {
      const rights = r.rights.map((right): Right => {
        if ('profile' in right) return { profile: right.profile, role: right.role };
        if ('group' in right) return { groupId: groupIds.get(right.group)!, role: right.role };
        return { userId: userIds.get(right.user)!, role: right.role };
      });
      const created = await tx.rubriques.create(
        site.id,
        {
          slug: r.slug,
          title: r.title,
          parentId: r.parent ? rubriqueIds.get(r.parent)! : null,
          visibility: r.visibility,
          services: [...new Set(r.services)],
          rights,
        },
        position,
      );
      rubriqueIds.set(r.slug, created.id);
    }
    await tx.articles.insertMany(
      site.id,
      doc.articles.map((a) => ({
        id: a.id,
        rubriqueId: rubriqueIds.get(a.rubrique)!,
        title: a.title,
        summary: a.summary,
        body: options.sanitize(a.body, { peertubeHosts }),
        status: a.status,
        publishedAt: a.publishedAt,
        updatedAt: a.updatedAt ?? a.publishedAt,
        authorId: a.author ? userIds.get(a.author)! : null,
        illustration: a.illustration ?? null,
      })),
    );
    await tx.events.insertMany(
      site.id,
      doc.events.map(({ author, ...e }) => ({ ...e, rubriqueId: rubriqueIds.get(e.rubrique)!, authorId: author ? userIds.get(author)! : null })),
    );
    for (const [kind, tiles] of Object.entries(pages) as [PageKind, Tile[]][]) {
      const stored = tiles.map((t) => ({ ...t, config: storedConfig(t.type, t.config, site, options.sanitize) }) as Tile);
      await tx.pages.put(site.id, kind, stored, options.now);
    }
    await tx.annonces.setFonctions(site.id, doc.site.annoncesFonctions);
    for (const a of doc.annonces) {
      const created = await tx.annonces.create(
        site.id,
        {
          kind: a.kind,
          title: a.title,
          body: options.sanitize(a.body, { peertubeHosts }),
          link: a.link || null,
          illustration: a.illustration ?? null,
          start: a.start,
          end: a.end,
          email: a.email,
          authorId: a.author ? userIds.get(a.author)! : null,
          targets: a.targets.map((t) => ({ profile: t.profile ?? null, niveau: t.niveau ?? null, fonction: t.fonction ?? null, groupId: t.group === undefined ? null : groupIds.get(t.group)! })),
        },
        options.now,
        a.createdAt ? new Date(a.createdAt) : options.now,
      );
      for (const login of new Set(a.readBy)) await tx.annonces.markRead(created.id, userIds.get(login)!, options.now);
    }
    for (const [position, provider] of doc.identityProviders.entries()) {
      const stored = await tx.identities.putProvider(site.id, provider, position);
      for (const link of provider.identities) await tx.identities.link(userIds.get(link.user)!, stored.id, link.subject, options.now);
    }
    for (const m of doc.media) {
      const { author, ...medium } = m;
      await tx.media.create({ ...medium, siteId: site.id, authorId: author ? (userIds.get(author) ?? null) : null });
    }

    return {
      site,
      counts: {
        groups: doc.groups.length,
        users: doc.users.length,
        rubriques: doc.rubriques.length,
        articles: doc.articles.length,
        events: doc.events.length,
        tiles: Object.values(pages).reduce((n, tiles) => n + tiles.length, 0),
        annonces: doc.annonces.length,
      },
    };
  });
}
