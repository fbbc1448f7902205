/**
 * The reading memo (server/reading/memo.ts): what it keeps, until when, and that a kept
 * answer never reaches a viewer whose query differs (privacy stays a query).
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { ReadMemo, derivedFromBoth, frozen } from '../../../server/reading/memo.ts';
import { localChanges } from '../../../server/freshness/changes.ts';
import { backends } from '../support/backends.ts';
import { testApp } from '../support/harness.ts';
import { NOW, daysAgo, schoolDocument } from '../support/fixtures.ts';

describe('the reading memo', () => {
  const at = (ms: number) => new Date(NOW.getTime() + ms);
  const counting = () => {
    let reads = 0;
    const load = (value: string, until = Infinity) => async () => {
      reads++;
      return { value, until };
    };
    return { load, reads: () => reads };
  };

  it('keeps a value until the instant it stops being true, then reads again', async () => {
    const memo = new ReadMemo(localChanges());
    const { load, reads } = counting();
    assert.equal(await memo.remember(1, 'feed', at(0), load('avant', NOW.getTime() + 1000)), 'avant');
    assert.equal(await memo.remember(1, 'feed', at(999), load('jamais')), 'avant');
    assert.equal(await memo.remember(1, 'feed', at(1000), load('après')), 'après');
    assert.equal(reads(), 2);
  });

  it('reads again after a change of its site, and only of its site', async () => {
    const changes = localChanges();
    const memo = new ReadMemo(changes);
    const { load, reads } = counting();
    await memo.remember(1, 'feed', at(0), load('site 1'));
    await memo.remember(2, 'feed', at(0), load('site 2'));
    changes.changed(1);
    assert.equal(await memo.remember(1, 'feed', at(0), load('site 1 après écriture')), 'site 1 après écriture');
    assert.equal(await memo.remember(2, 'feed', at(0), load('jamais')), 'site 2');
    assert.equal(reads(), 3);
  });

  it('reads again for an instant before the one it read at (a clock set back)', async () => {
    const memo = new ReadMemo(localChanges());
    const { load } = counting();
    await memo.remember(1, 'feed', at(5000), load('plus tard'));
    assert.equal(await memo.remember(1, 'feed', at(0), load('plus tôt')), 'plus tôt');
  });

  it('keeps no failed read: the next viewer tries again', async () => {
    const memo = new ReadMemo(localChanges());
    await assert.rejects(memo.remember(1, 'feed', at(0), async () => Promise.reject(new Error('base indisponible'))));
    assert.equal(await memo.remember(1, 'feed', at(0), async () => ({ value: 'revenu', until: Infinity })), 'revenu');
  });

  it('shares one read between viewers asking at once', async () => {
    const memo = new ReadMemo(localChanges());
    const { load, reads } = counting();
    const values = await Promise.all([1, 2, 3].map(() => memo.remember(1, 'feed', at(0), load('une fois'))));
    assert.deepEqual(values, ['une fois', 'une fois', 'une fois']);
    assert.equal(reads(), 1);
  });

  it('sees a write that could not announce itself within its time to live', async () => {
    let clock = 0;
    const memo = new ReadMemo(localChanges(), 10_000, () => clock);
    const { load } = counting();
    await memo.remember(1, 'feed', at(0), load('avant'));
    clock = 9_999;
    assert.equal(await memo.remember(1, 'feed', at(0), load('écrit par un autre processus')), 'avant');
    clock = 10_000;
    assert.equal(await memo.remember(1, 'feed', at(0), load('écrit par un autre processus')), 'écrit par un autre processus');
  });
});

const PAGE = 'http://localhost/api/sites/college-test/pages/public-home';
const PERSONAL = 'http://localhost/api/sites/college-test/pages/personal-home';

for (const backend of backends) {
  describe(`kept reads on ${backend.name}`, () => {
    let t: Awaited<ReturnType<typeof testApp>>;
    // max-age 0: every anonymous answer is resolved again, so only the memo can keep anything.
    before(async () => (t = await testApp(backend, undefined, { publicMaxAge: 0 })));
    after(() => t.drop());
    const ids = async (path: string, tile: string, cookie?: string) => {
      const { body } = await t.getJson(path, cookie);
      return body.page.tiles.find((x: { id: string }) => x.id === tile).data.items.map((a: { id: string }) => a.id) as string[];
    };

    it("never hands a reader's kept feed to a viewer who may not read it, whoever asks first", async () => {
      const prof = await t.login('prof');
      const eleve2 = await t.login('eleve2');
      for (let round = 0; round < 2; round++) {
        assert.ok((await ids(PERSONAL, 'news', prof)).includes('a-profs-1'));
        assert.ok(!(await ids(PERSONAL, 'news', eleve2)).includes('a-profs-1'));
        assert.ok(!(await ids(PAGE, 'news')).includes('a-profs-1'));
        assert.ok((await ids(PAGE, 'news', prof)).includes('a-profs-1'));
      }
      const { body } = await t.getJson(PAGE);
      assert.doesNotMatch(JSON.stringify(body), /a-profs-1|Conseil pédagogique|Secret/);
    });

    it('gives each viewer the rubriques they may read in a tile made from the same kept agenda, whoever asks first', async () => {
      // « parents » (private, blog only) lists no event: the anonymous visitor and the
      // parent read the same kept agenda of « actus », but only the parent may see the
      // name « parents » in the tile's config.
      const path = 'http://localhost/api/sites/college-test/tiles/agenda?rubriques=actus,parents';
      const parent = await t.login('parent');
      const rubriques = async (cookie?: string) => {
        const { res, body } = await t.getJson(path, cookie);
        assert.equal(res.status, 200);
        return { config: body.tile.config.rubriques as string[], items: JSON.stringify(body.tile.data.items) };
      };
      for (let round = 0; round < 2; round++) {
        const anonymous = await rubriques();
        const asParent = await rubriques(parent);
        assert.deepEqual(anonymous.config, ['actus']);
        assert.deepEqual(asParent.config, ['actus', 'parents']);
        assert.equal(asParent.items, anonymous.items, 'the same events for both');
      }
      assert.deepEqual((await rubriques()).config, ['actus'], 'after the parent, the visitor again');
    });

    it('shows an article written since, once its write is announced', async () => {
      assert.ok(!(await ids(PAGE, 'news')).includes('a-new'));
      const site = (await t.store.sites.bySlug('college-test'))!;
      const actus = (await t.store.rubriques.list(site.id)).find((r) => r.slug === 'actus')!;
      await t.store.articles.create(site.id, {
        id: 'a-new',
        rubriqueId: actus.id,
        title: 'Tout neuf',
        summary: '',
        body: '',
        status: 'published',
        publishedAt: daysAgo(0.01),
        updatedAt: daysAgo(0.01),
        authorId: null,
        illustration: null,
      });
      t.deps.changes.changed(site.id);
      assert.equal((await ids(PAGE, 'news'))[0], 'a-new');
    });

    it('lets an event leave the agenda right after it ends, with no write', async () => {
      // e-ongoing ends one day after NOW.
      const end = NOW.getTime() + 86_400_000;
      t.setNow(new Date(end));
      assert.ok((await ids(PAGE, 'agenda')).includes('e-ongoing'));
      t.setNow(new Date(end + 1));
      assert.ok(!(await ids(PAGE, 'agenda')).includes('e-ongoing'));
      t.setNow(NOW);
      assert.ok((await ids(PAGE, 'agenda')).includes('e-ongoing'));
    });

    it('shows a scheduled article at its instant, not a millisecond before, with no write', async () => {
      const due = NOW.getTime() + 2 * 86_400_000; // a-public-future
      t.setNow(new Date(due - 1));
      assert.ok(!(await ids(PAGE, 'news')).includes('a-public-future'));
      t.setNow(new Date(due));
      assert.ok((await ids(PAGE, 'news')).includes('a-public-future'));
      t.setNow(NOW);
      assert.ok(!(await ids(PAGE, 'news')).includes('a-public-future'));
    });
  });
}

for (const backend of backends) {
  describe(`« Mes actualités » from kept feeds on ${backend.name}`, () => {
    let t: Awaited<ReturnType<typeof testApp>>;
    before(async () => {
      const document = schoolDocument();
      document.pages = { ...document.pages!, 'personal-home': [{ id: 'mes-actus', type: 'mes-actualites', config: { max: 10 } }] };
      t = await testApp(backend, document);
    });
    after(() => t.drop());
    const ids = async (cookie: string) => {
      const { body } = await t.getJson(PERSONAL, cookie);
      const tile = body.page.tiles.find((x: { id: string }) => x.id === 'mes-actus');
      return tile.data.items.map((i: { article?: { id: string } }) => i.article?.id) as string[];
    };

    it("gives each viewer the feed of the rubriques they may read, whoever asks first, and an article written since once announced", async () => {
      const prof = await t.login('prof');
      const eleve2 = await t.login('eleve2');
      for (let round = 0; round < 2; round++) {
        assert.ok(!(await ids(eleve2)).includes('a-profs-1'));
        assert.ok((await ids(prof)).includes('a-profs-1'));
      }
      const site = (await t.store.sites.bySlug('college-test'))!;
      const actus = (await t.store.rubriques.list(site.id)).find((r) => r.slug === 'actus')!;
      await t.store.articles.create(site.id, {
        id: 'a-new',
        rubriqueId: actus.id,
        title: 'Tout neuf',
        summary: '',
        body: '',
        status: 'published',
        publishedAt: daysAgo(0.01),
        updatedAt: daysAgo(0.01),
        authorId: null,
        illustration: null,
      });
      t.deps.changes.changed(site.id);
      assert.equal((await ids(eleve2))[0], 'a-new');
      assert.equal((await ids(prof))[0], 'a-new');
    });
  });
}

describe('values derived from two kept ones (a kept tile and its kept data)', () => {
  const counting = () => {
    let made = 0;
    return { make: (label: string) => () => ({ label, n: ++made }), made: () => made };
  };

  it('makes each once per pair and key, and a different tile, data or key gets its own', () => {
    const data = frozen({ items: ['a'] });
    const tile = frozen({ id: 'actualites' });
    const other = frozen({ id: 'a-la-une' });
    const { make, made } = counting();
    const first = derivedFromBoth(data, tile, '1,2', make('tuile'));
    assert.equal(derivedFromBoth(data, tile, '1,2', make('jamais')), first);
    assert.ok(Object.isFrozen(first), 'shared by every request that gets it: frozen');
    assert.notEqual(derivedFromBoth(data, other, '1,2', make('autre tuile')).label, 'tuile');
    assert.equal(derivedFromBoth(data, tile, '1', make('autres rubriques')).label, 'autres rubriques');
    assert.equal(derivedFromBoth(frozen({ items: ['b'] }), tile, '1,2', make('données neuves')).label, 'données neuves');
    assert.equal(made(), 4);
  });

  it('keeps nothing made from a value that is not shared: made afresh each time', () => {
    const tile = frozen({ id: 'actualites' });
    const { make, made } = counting();
    const mutable = { items: ['a'] };
    derivedFromBoth(mutable, tile, '1', make('x'));
    derivedFromBoth(mutable, tile, '1', make('x'));
    const kept = frozen({ items: [] });
    const notShared = { id: 'pas partagée' };
    derivedFromBoth(kept, notShared, '1', make('y'));
    derivedFromBoth(kept, notShared, '1', make('y'));
    assert.equal(made(), 4);
  });
});
