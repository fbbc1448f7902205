/**
 * The site cache (server/reading/site-cache.ts): a site's rubriques read once per content
 * version, read again at once after a change, after its time to live, and after a failed read.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { SiteCache } from '../../../server/reading/site-cache.ts';
import { localChanges } from '../../../server/freshness/changes.ts';
import { anonymous } from '../../../server/access/viewer.ts';
import type { Rubrique, Site, Store } from '../../../server/store/index.ts';

const site: Site = { id: 1, slug: 'college', name: 'Collège', peertubeHosts: [] };
const rubrique = (id: number, visibility: Rubrique['visibility']): Rubrique => ({
  id,
  slug: `rubrique-${id}`,
  title: `Rubrique ${id}`,
  parentId: null,
  visibility,
  services: ['blog'],
  rights: [],
});

/** The two reads the cache asks of the store, counted; `next` is what the next rubriques read gives. */
function countingStore(first: Rubrique[]) {
  const state = { reads: 0, next: first as Rubrique[] | Error };
  const store = {
    rubriques: {
      list: async (siteId: number) => {
        assert.equal(siteId, site.id);
        state.reads++;
        const next = state.next;
        if (next instanceof Error) throw next;
        return next;
      },
    },
    sites: { bySlug: async (slug: string) => (slug === site.slug ? site : null) },
  } as unknown as Store;
  return { store, state };
}

const readableIds = async (cache: SiteCache) => [...(await cache.read(site, anonymous)).access.readable].sort();

describe('the site cache', () => {
  it('reads a site’s rubriques once for every request of a content version, those asking at once included', async () => {
    const { store, state } = countingStore([rubrique(1, 'public'), rubrique(2, 'private')]);
    const cache = new SiteCache(store, localChanges());
    const answers = await Promise.all(Array.from({ length: 5 }, () => readableIds(cache)));
    for (let i = 0; i < 5; i++) answers.push(await readableIds(cache));
    for (const ids of answers) assert.deepEqual(ids, [1]);
    assert.equal(state.reads, 1);
  });

  it('reads them again at once after a change of the site (a rubrique made public)', async () => {
    const changes = localChanges();
    const { store, state } = countingStore([rubrique(1, 'public'), rubrique(2, 'private')]);
    const cache = new SiteCache(store, changes);
    assert.deepEqual(await readableIds(cache), [1]);
    state.next = [rubrique(1, 'public'), rubrique(2, 'public')];
    changes.changed(site.id);
    assert.deepEqual(await readableIds(cache), [1, 2]);
    assert.deepEqual(await readableIds(cache), [1, 2]);
    assert.equal(state.reads, 2);
  });

  it('reads them again once its time to live has passed (a write that could not announce itself)', async () => {
    const { store, state } = countingStore([rubrique(1, 'public')]);
    const cache = new SiteCache(store, localChanges(), 0);
    await readableIds(cache);
    state.next = [rubrique(1, 'private')];
    assert.deepEqual(await readableIds(cache), []);
    assert.equal(state.reads, 2);
  });

  it('keeps no failed read, and no longer serves the version before it', async () => {
    const changes = localChanges();
    const { store, state } = countingStore([rubrique(1, 'public')]);
    const cache = new SiteCache(store, changes);
    assert.deepEqual(await readableIds(cache), [1]);
    changes.changed(site.id);
    state.next = new Error('base indisponible');
    await assert.rejects(readableIds(cache), /base indisponible/);
    await assert.rejects(readableIds(cache), /base indisponible/);
    state.next = [rubrique(1, 'private')];
    assert.deepEqual(await readableIds(cache), []);
    assert.equal(state.reads, 4);
  });
});
