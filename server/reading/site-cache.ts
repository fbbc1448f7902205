/**
 * Per-site data that changes only on writes, computed once per content version
 * (deps.changes.version(siteId)) instead of on every request: the site row by slug, its
 * rubriques with their rights, and the access sets, one per kind of viewer (anonymous,
 * or a member's profile + groups, + the user when a right names them). A logged-in
 * pupil's page then costs its content queries only.
 *
 * Every write announces itself through deps.changes (here, and with PostgreSQL from the
 * other instances), which bumps the version and drops this site's entries. A write that
 * cannot announce itself (another process writing the database directly, such as a CLI
 * import next to a running server) is seen within `ttlMs`, the same order of delay as the
 * shared anonymous copies (TUILES_PUBLIC_MAX_AGE).
 */
import type { Viewer } from '../access/viewer.ts';
import { accessFor, type Access } from '../access/access.ts';
import type { ContentChanges } from '../freshness/changes.ts';
import type { Rubrique, Site, Store } from '../store/index.ts';

interface SiteEntry {
  version: number;
  loadedAt: number;
  rubriques: readonly Rubrique[];
  /** Users named by a right: their access is their own; everyone else's is shared by profile + groups. */
  namedUsers: ReadonlySet<number>;
  access: Map<string, Access>;
}

/** A site's read, and its entry once landed: a request then waits on no promise of its own (as memo.ts). */
interface SiteLoad {
  loading: Promise<SiteEntry>;
  settled?: SiteEntry;
}

/** Access sets kept per site and version: bounded, so a site of many distinct group sets stays small. */
const MAX_ACCESS_PER_SITE = 2000;

export class SiteCache {
  private readonly sites = new Map<number, SiteLoad>();
  private readonly slugs = new Map<string, { site: Site; version: number; loadedAt: number }>();

  constructor(
    private readonly store: Store,
    private readonly changes: ContentChanges,
    private readonly ttlMs = 10_000,
  ) {}

  async siteBySlug(slug: string): Promise<Site | null> {
    const cached = this.slugs.get(slug);
    if (cached && this.fresh(cached.site.id, cached)) return cached.site;
    const site = await this.store.sites.bySlug(slug);
    // Unknown slugs are not kept: a bot walking random slugs cannot grow the map.
    if (site) this.slugs.set(slug, { site, version: this.changes.version(site.id), loadedAt: Date.now() });
    else this.slugs.delete(slug);
    return site;
  }

  /** The site's rubriques and the viewer's access, from this content version's entry. */
  async read(site: Site, viewer: Viewer): Promise<{ rubriques: readonly Rubrique[]; access: Access }> {
    const entry = await this.entry(site.id);
    const key = accessKey(viewer, site.id, entry.namedUsers);
    let access = entry.access.get(key);
    if (!access) {
      access = accessFor(viewer, site.id, entry.rubriques);
      if (entry.access.size >= MAX_ACCESS_PER_SITE) entry.access.delete(entry.access.keys().next().value!);
      entry.access.set(key, access);
    }
    return { rubriques: entry.rubriques, access };
  }

  private fresh(siteId: number, entry: { version: number; loadedAt: number }): boolean {
    return entry.version === this.changes.version(siteId) && Date.now() - entry.loadedAt < this.ttlMs;
  }

  private async entry(siteId: number): Promise<SiteEntry> {
    const kept = this.sites.get(siteId);
    if (kept?.settled && this.fresh(siteId, kept.settled)) return kept.settled;
    if (kept && !kept.settled) {
      const entry = await kept.loading.catch(() => null);
      if (entry && this.fresh(siteId, entry)) return entry;
      if (this.sites.get(siteId) !== kept) return this.entry(siteId);
    }
    const version = this.changes.version(siteId);
    const load: SiteLoad = {
      loading: this.store.rubriques.list(siteId).then((rubriques): SiteEntry => {
        const namedUsers = new Set<number>();
        for (const r of rubriques) for (const right of r.rights) if ('userId' in right) namedUsers.add(right.userId);
        return { version, loadedAt: Date.now(), rubriques, namedUsers, access: new Map() };
      }),
    };
    this.sites.set(siteId, load);
    load.loading.then(
      (entry) => (load.settled = entry),
      // A failed read is not kept: the next request tries again.
      () => {
        if (this.sites.get(siteId) === load) this.sites.delete(siteId);
      },
    );
    return load.loading;
  }
}

/**
 * Viewers with the same key read exactly the same rubriques with the same roles
 * (access.ts decides from profile, groups, user id and site): anonymous visitors and
 * strangers share one; members share by profile + groups, unless a right names them.
 */
function accessKey(viewer: Viewer, siteId: number, namedUsers: ReadonlySet<number>): string {
  if (viewer.kind !== 'user' || viewer.siteId !== siteId) return 'anonymous';
  const groups = [...viewer.groups].sort((a, b) => a - b).join(',');
  return `${viewer.profile}|${groups}|${namedUsers.has(viewer.id) ? viewer.id : ''}`;
}
