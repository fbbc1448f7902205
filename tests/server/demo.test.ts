import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { tileConfigs, type TileType } from '../../contract/tiles/index.ts';
import { articleStatuses, documentId, pageKinds, profiles, roles, services, slug, visibilities } from '../../contract/vocabulary.ts';
import { embedProviderOf } from '../../contract/embed-providers.ts';
import { annonceFields } from '../../contract/annonces.ts';
import { openDatabase } from '../../server/store/database.ts';
import { createStore } from '../../server/store/index.ts';
import { createSanitizer } from '../../server/content/sanitize.ts';
import { createApp } from '../../server/app.ts';
import { createDeps } from '../../server/deps.ts';
import { readConfig } from '../../server/config.ts';
import { importSiteDocument } from '../../server/site-document/import.ts';
import type { ResolvedTile } from '../../contract/tiles/index.ts';
import type { PageResponse } from '../../contract/api.ts';
import {
  demoAccounts,
  demoMediaDir,
  demoMediaFiles,
  demoMediaUrlPrefix,
  demoSchool,
  demoSchoolSize,
  type SiteDocument,
} from '../../server/demo/school.ts';

const now = new Date('2026-11-23T15:00:00Z');
const doc = demoSchool(now);

/** The import format as the brief describes it, written from the contract's vocabulary. */
const isoDate = z.string().refine((s) => !Number.isNaN(Date.parse(s)) && new Date(s).toISOString() === s, 'ISO 8601 UTC');
const role = z.enum(roles);
const documentSchema = z
  .object({
    site: z.object({ slug, name: z.string().min(1), peertubeHosts: z.array(z.string()).optional(), annoncesFonctions: z.array(z.string().min(1)).optional() }).strict(),
    groups: z.array(z.object({ slug, name: z.string().min(1) }).strict()),
    users: z.array(
      z
        .object({
          login: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/),
          password: z.string().min(8),
          displayName: z.string().min(1),
          profile: z.enum(profiles),
          niveau: z.string().optional(),
          fonction: z.string().optional(),
          groups: z.array(slug).optional(),
          email: z.email().optional(),
          nom: z.string().optional(),
          prenom: z.string().optional(),
          birthDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
          postalCode: z.string().optional(),
          pronoteId: z.string().optional(),
        })
        .strict(),
    ),
    rubriques: z.array(
      z
        .object({
          slug,
          title: z.string().min(1),
          parent: slug.optional(),
          visibility: z.enum(visibilities),
          services: z.array(z.enum(services)),
          rights: z.array(
            z.union([
              z.object({ profile: z.enum(profiles), role }).strict(),
              z.object({ group: slug, role }).strict(),
              z.object({ user: z.string(), role }).strict(),
            ]),
          ),
        })
        .strict(),
    ),
    articles: z.array(
      z
        .object({
          id: documentId,
          rubrique: slug,
          title: z.string().min(1).max(200),
          summary: z.string().min(1),
          body: z.string().min(1),
          status: z.enum(articleStatuses),
          publishedAt: isoDate,
          updatedAt: isoDate.optional(),
          author: z.string().optional(),
          illustration: z
            .object({ url: z.string(), alt: z.string().min(1), width: z.number().int(), height: z.number().int() })
            .strict()
            .optional(),
        })
        .strict(),
    ),
    events: z.array(
      z
        .object({
          id: documentId,
          rubrique: slug,
          title: z.string().min(1),
          summary: z.string().optional(),
          location: z.string().optional(),
          start: isoDate,
          end: isoDate,
          allDay: z.boolean().optional(),
        })
        .strict(),
    ),
    pages: z
      .object(Object.fromEntries(pageKinds.map((k) => [k, z.array(z.object({ id: z.string().min(1), type: z.string(), config: z.unknown(), optional: z.boolean().optional() }).strict())])))
      .strict(),
    annonces: z.array(annonceFields.extend({ author: z.string().optional() }).strict()).optional(),
    pronote: z.object({}).passthrough().optional(),
    casServices: z.array(z.object({ name: z.string().min(1), urlPattern: z.string().url() }).strict()).optional(),
  })
  .strict();

function checkInvariants(d: SiteDocument, at: Date) {
  documentSchema.parse(d);
  const rubriques = new Map(d.rubriques.map((r) => [r.slug, r]));
  const articles = new Map(d.articles.map((a) => [a.id, a]));
  assert.equal(rubriques.size, d.rubriques.length, 'rubrique slugs are unique');
  assert.equal(articles.size, d.articles.length, 'article ids are unique');
  assert.equal(new Set(d.events.map((e) => e.id)).size, d.events.length, 'event ids are unique');
  for (const a of d.articles) assert.ok(rubriques.get(a.rubrique)?.services.includes('blog'), `${a.id}: blog rubrique`);
  for (const e of d.events) {
    assert.ok(rubriques.get(e.rubrique)?.services.includes('agenda'), `${e.id}: agenda rubrique`);
    assert.ok(e.end >= e.start, `${e.id}: ends after it starts`);
    if (e.allDay) assert.match(e.start + e.end, /^(\d{4}-\d\d-\d\dT00:00:00\.000Z){2}$/, `${e.id}: all-day at midnight UTC`);
  }
  for (const a of d.articles) {
    if (a.updatedAt) {
      assert.ok(a.updatedAt > a.publishedAt, `${a.id}: updated after publication`);
      assert.ok(new Date(a.updatedAt) <= at, `${a.id}: not updated in the future`);
    }
    if (rubriques.get(a.rubrique)!.visibility === 'private') assert.equal(a.illustration, undefined, `${a.id}: private, no image`);
  }
  for (const kind of pageKinds) {
    for (const t of d.pages[kind]) {
      const linked = t.type === 'selection' ? (t.config as { articles: string[] }).articles : t.type === 'top' ? [(t.config as { article: string | null }).article] : [];
      for (const id of linked) {
        assert.ok(id, `${kind}/${t.id}: links an article`);
        const a = articles.get(id);
        assert.ok(a, `${kind}/${t.id}: ${id} exists`);
        assert.equal(rubriques.get(a.rubrique)!.visibility, 'public', `${id} is public`);
        assert.equal(a.status, 'published', `${id} is published`);
        assert.ok(new Date(a.publishedAt) <= at, `${id} is already online`);
      }
    }
  }
}

describe('demo school', () => {
  it('is a valid site document whose invariants hold', () => {
    checkInvariants(doc, now);
  });

  it('has about two hundred articles, with drafts, pending, scheduled and updated ones', () => {
    assert.equal(doc.articles.length, demoSchoolSize.articles);
    assert.ok(doc.articles.length >= 190 && doc.articles.length <= 210, `${doc.articles.length} articles`);
    const count = (f: (a: SiteDocument['articles'][number]) => boolean) => doc.articles.filter(f).length;
    assert.equal(count((a) => a.status === 'draft'), 10);
    assert.equal(count((a) => a.status === 'pending'), 8);
    const scheduled = count((a) => a.status === 'published' && new Date(a.publishedAt) > now);
    assert.ok(scheduled >= 2 && scheduled <= 3, `${scheduled} scheduled`);
    assert.ok(count((a) => !!a.updatedAt) >= 8);
    const oldest = Math.min(...doc.articles.map((a) => Date.parse(a.publishedAt)));
    assert.ok(now.getTime() - oldest <= 81 * 86_400_000, 'spread over the last 80 days');
    assert.equal(new Set(doc.articles.map((a) => a.title)).size, doc.articles.length, 'titles are unique');
  });

  it('illustrates about 60% of public articles and no private one', () => {
    const visibility = new Map(doc.rubriques.map((r) => [r.slug, r.visibility]));
    const pub = doc.articles.filter((a) => visibility.get(a.rubrique) === 'public');
    const ratio = pub.filter((a) => a.illustration).length / pub.length;
    assert.ok(ratio > 0.5 && ratio < 0.72, `ratio ${ratio}`);
    assert.ok(doc.articles.filter((a) => visibility.get(a.rubrique) === 'private').every((a) => !a.illustration));
  });

  it('writes bodies with the simple HTML the brief allows', () => {
    for (const a of doc.articles) {
      const tags = [...a.body.matchAll(/<\/?([a-z]+)/g)].map((m) => m[1]);
      assert.ok(tags.every((t) => ['p', 'ul', 'li', 'a', 'strong'].includes(t)), `${a.id}: ${tags}`);
      assert.ok(a.summary.split(/[.!?](\s|$)/).filter((s) => s && s.trim()).length <= 3, `${a.id}: short summary`);
      assert.doesNotMatch(a.title + a.summary + a.body, /\{|\}|undefined/, `${a.id}: every placeholder filled`);
    }
  });

  it('keeps every parent before its children and every reference resolvable', () => {
    const seen = new Set<string>();
    for (const r of doc.rubriques) {
      if (r.parent) assert.ok(seen.has(r.parent), `${r.slug}: parent ${r.parent} comes first`);
      seen.add(r.slug);
    }
    const logins = new Set(doc.users.map((u) => u.login));
    const groups = new Set(doc.groups.map((g) => g.slug));
    assert.equal(logins.size, doc.users.length, 'logins are unique');
    assert.equal(groups.size, doc.groups.length, 'group slugs are unique');
    for (const u of doc.users) for (const g of u.groups ?? []) assert.ok(groups.has(g), `${u.login}: group ${g}`);
    for (const r of doc.rubriques) {
      for (const right of r.rights) {
        if ('user' in right) assert.ok(logins.has(right.user), `${r.slug}: user ${right.user}`);
        if ('group' in right) assert.ok(groups.has(right.group), `${r.slug}: group ${right.group}`);
      }
    }
    for (const a of doc.articles) assert.ok(a.author && logins.has(a.author), `${a.id}: author`);
  });

  it('signs each article with someone allowed to write there, and leaves pending ones to rédacteurs', () => {
    const users = new Map(doc.users.map((u) => [u.login, u]));
    const rubriques = new Map(doc.rubriques.map((r) => [r.slug, r]));
    // Rights hold on sub-rubriques too: walk up the tree.
    const roleOf = (login: string, slugName: string): number => {
      const u = users.get(login)!;
      const r = rubriques.get(slugName)!;
      const ranks = r.rights
        .filter((x) => ('profile' in x && x.profile === u.profile) || ('group' in x && u.groups?.includes(x.group)) || ('user' in x && x.user === login))
        .map((x) => roles.indexOf(x.role));
      return Math.max(-1, ...ranks, r.parent ? roleOf(login, r.parent) : -1);
    };
    for (const a of doc.articles) {
      const rank = roleOf(a.author!, a.rubrique);
      assert.ok(rank >= roles.indexOf('redacteur'), `${a.id}: ${a.author} may write in ${a.rubrique}`);
      if (a.status === 'pending') assert.equal(roles[rank], 'redacteur', `${a.id}: pending because its author is a rédacteur`);
    }
    const used = new Set(doc.rubriques.flatMap((r) => r.rights.map((x) => x.role)));
    for (const r of ['visiteur', 'redacteur', 'redacteur-publication', 'moderateur', 'gestionnaire'] as const) assert.ok(used.has(r), `role ${r} is used`);
  });

  it('has dozens of events, past and upcoming, with places', () => {
    assert.ok(doc.events.length >= 35 && doc.events.length <= 60, `${doc.events.length} events`);
    const past = doc.events.filter((e) => new Date(e.end) < now).length;
    const upcoming = doc.events.filter((e) => new Date(e.start) > now).length;
    assert.ok(past >= 10 && upcoming >= 20, `${past} past, ${upcoming} upcoming`);
    assert.ok(doc.events.every((e) => e.location));
    assert.ok(doc.events.some((e) => e.allDay && /Vacances de Noël/.test(e.title)));
    const latest = Math.max(...doc.events.filter((e) => !/^Vacances/.test(e.title)).map((e) => Date.parse(e.start)));
    assert.ok(latest - now.getTime() < 100 * 86_400_000, 'upcoming events within the next three months or so');
  });

  it('composes both pages with configs the contract accepts as they are', () => {
    assert.deepEqual(doc.pages['public-home'].map((t) => t.type), ['top', 'text', 'news', 'selection', 'agenda', 'embed']);
    assert.deepEqual(new Set(doc.pages['personal-home'].map((t) => t.type)), new Set(['annonces', 'text', 'pronote', 'portal', 'news', 'mes-actualites', 'selection', 'agenda']));
    // The viewer may hide or move these on their page; the school's own tiles stay put.
    assert.deepEqual(
      doc.pages['personal-home'].filter((t) => t.optional).map((t) => t.id),
      ['mes-actualites', 'a-la-une', 'agenda'],
    );
    const rubriques = new Map(doc.rubriques.map((r) => [r.slug, r]));
    for (const kind of pageKinds) {
      const ids = doc.pages[kind].map((t) => t.id);
      assert.equal(new Set(ids).size, ids.length, `${kind}: tile ids are unique`);
      for (const t of doc.pages[kind]) {
        const schema = tileConfigs[t.type as TileType];
        assert.ok(schema, `${t.type} is a tile type`);
        // Parsing must not drop or add anything: every field name is the contract's own.
        assert.deepEqual(schema.parse(t.config), t.config, `${kind}/${t.id}`);
        const cfg = t.config as { rubriques?: string[] };
        const service = t.type === 'news' ? 'blog' : t.type === 'agenda' ? 'agenda' : null;
        if (service) {
          assert.ok(cfg.rubriques!.length > 0);
          for (const s of cfg.rubriques!) assert.ok(rubriques.get(s)?.services.includes(service), `${kind}/${t.id}: ${s} has ${service}`);
        }
      }
    }
    const publicNews = doc.pages['public-home'].find((t) => t.type === 'news')!.config as { rubriques: string[] };
    assert.ok(publicNews.rubriques.every((s) => rubriques.get(s)!.visibility === 'public'));
    const personalNews = doc.pages['personal-home'].find((t) => t.type === 'news')!.config as { rubriques: string[] };
    assert.ok(personalNews.rubriques.some((s) => rubriques.get(s)!.visibility === 'private'));
    const embed = doc.pages['public-home'].find((t) => t.type === 'embed')!.config as { url: string };
    assert.equal(embedProviderOf(embed.url, doc.site.peertubeHosts ?? [])?.id, 'peertube');
  });

  it('offers one demo account per profile, present in the document with the same password', () => {
    assert.deepEqual(demoAccounts.map((a) => a.profile).sort(), [...profiles].sort());
    for (const account of demoAccounts) {
      const user = doc.users.find((u) => u.login === account.login);
      assert.ok(user, account.login);
      assert.equal(user.password, account.password);
      assert.equal(user.profile, account.profile);
      assert.equal(user.displayName, account.displayName);
    }
    assert.ok(doc.users.length >= 26);
  });

  it('is deterministic', () => {
    assert.deepEqual(demoSchool(new Date(now)), doc);
    assert.notDeepEqual(demoSchool(new Date('2027-03-15T09:00:00Z')).articles, doc.articles);
  });

  it('holds its invariants whatever the day it is seeded', () => {
    for (let t = Date.parse('2026-09-01T06:00:00Z'); t < Date.parse('2027-09-01T00:00:00Z'); t += 13 * 86_400_000 + 3_600_000 * 7) {
      const at = new Date(t);
      const d = demoSchool(at);
      checkInvariants(d, at);
      assert.equal(d.articles.length, demoSchoolSize.articles);
    }
  });

  it('references only SVG files that exist, small, with a viewBox and the announced size', () => {
    const referenced = new Set<string>();
    for (const a of doc.articles) if (a.illustration) referenced.add(a.illustration.url);
    const top = doc.pages['public-home'].find((t) => t.type === 'top')!.config as { image: { url: string; width: number; height: number } };
    referenced.add(top.image.url);
    assert.deepEqual([top.image.width, top.image.height], [2000, 453]);
    for (const url of referenced) {
      assert.ok(url.startsWith(demoMediaUrlPrefix), url);
      assert.ok(demoMediaFiles.includes(url.slice(demoMediaUrlPrefix.length)), `${url} is listed`);
    }
    for (const file of demoMediaFiles) {
      const path = join(demoMediaDir, file);
      const svg = readFileSync(path, 'utf8');
      assert.ok(statSync(path).size < 4096, `${file} under 4 KB`);
      assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
      assert.match(svg, /viewBox="0 0 \d+ \d+"/);
      assert.doesNotMatch(svg, /<script|on[a-z]+=|href=/i, `${file} is inert`);
      const size = file === 'bandeau.svg' ? 'width="2000" height="453"' : 'width="800" height="450"';
      assert.ok(svg.includes(size), `${file}: ${size}`);
    }
    for (const a of doc.articles.filter((x) => x.illustration)) assert.deepEqual([a.illustration!.width, a.illustration!.height], [800, 450]);
  });
});

describe('demo school, imported into a real server', () => {
  it('imports whole and serves each demo account only what it may read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tuiles-demo-'));
    const handle = await openDatabase(`sqlite:${join(dir, 'tuiles.db')}`);
    try {
      const store = createStore(handle.db, handle.dialect);
      const sanitize = createSanitizer();
      const { counts } = await importSiteDocument(store, doc, { now, sanitize });
      assert.equal(counts.articles, doc.articles.length);
      assert.equal(counts.events, doc.events.length);
      assert.equal(counts.users, doc.users.length);
      const app = createApp(createDeps(readConfig({}), handle, { sanitize, now: () => now, publicMaxAge: 0, log: () => {} }));
      const page = async (kind: string, cookie?: string) => {
        const res = await app.request(`/api/sites/${doc.site.slug}/pages/${kind}`, cookie ? { headers: { Cookie: cookie } } : undefined);
        assert.equal(res.status, 200, `${kind}: ${res.status}`);
        const body = (await res.json()) as PageResponse;
        for (const t of body.page.tiles) assert.equal(t.error, undefined, `${kind}/${t.id}: ${JSON.stringify(t.error)}`);
        return body.page.tiles;
      };
      const items = (tiles: ResolvedTile[], type: 'news' | 'agenda') =>
        (tiles.find((t) => t.type === type)!.data as { items: { rubrique: string }[] }).items;
      const visibility = new Map(doc.rubriques.map((r) => [r.slug, r.visibility]));

      const home = await page('public-home');
      assert.equal(items(home, 'news').length, 6);
      assert.ok(items(home, 'news').every((a) => visibility.get(a.rubrique) === 'public'));
      assert.ok(items(home, 'agenda').length > 0);
      const top = home.find((t) => t.type === 'top')!.data as { article: { id: string } | null };
      assert.equal(top.article?.id, 'label-e3d');
      assert.equal((home.find((t) => t.type === 'selection')!.data as { items: unknown[] }).items.length, 4);
      assert.equal((home.find((t) => t.type === 'embed')!.data as { provider: string }).provider, 'peertube');

      const readers: Record<string, string[]> = {
        'eleve.demo': ['6e-a'],
        'parent.demo': ['6e-a', 'parents-eleves', 'conseil-administration'],
        'enseignant.demo': ['salle-des-professeurs', 'classes', '6e-a', '4e-c', 'conseil-administration'],
        'invite.demo': [],
      };
      for (const account of demoAccounts) {
        const res = await app.request('/api/auth/login', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ login: account.login, password: account.password }),
        });
        assert.equal(res.status, 200, `${account.login} logs in`);
        const cookie = res.headers.get('set-cookie')!.split(';')[0];
        const personal = await page('personal-home', cookie);
        const allowed = readers[account.login];
        const seen = [...items(personal, 'news'), ...items(personal, 'agenda')];
        if (allowed) {
          for (const item of seen) {
            assert.ok(visibility.get(item.rubrique) === 'public' || allowed.includes(item.rubrique), `${account.login} reads ${item.rubrique}`);
          }
        }
        // The personal page is worth opening: news of a private rubrique show up at once.
        if (account.profile !== 'invite') {
          assert.ok(items(personal, 'news').some((a) => visibility.get(a.rubrique) === 'private'), `${account.login} sees private news`);
        }
      }
    } finally {
      await handle.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
