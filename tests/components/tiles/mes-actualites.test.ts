import { expect, fixture, html } from '@open-wc/testing';
import '../../../components/tiles/mes-actualites/mes-actualites.ts';
import '../../../components/page/page.ts';
import type { TuilesMesActualites } from '../../../components/tiles/mes-actualites/mes-actualites.ts';
import type { MesActualitesConfig, MesActualitesData } from '../../../contract/tiles/mes-actualites.ts';
import type { PageResponse } from '../../../contract/api.ts';
import { NOW, SERVER, all, article, clean, one, text } from '../fixtures.ts';

const config: MesActualitesConfig = { title: 'Mes actualités', max: 10 };
const data: MesActualitesData = {
  items: [
    { kind: 'article', date: '2026-11-23T07:00:00Z', article: article({ id: 'a1', title: 'Sortie au musée', activityAt: '2026-11-23T07:00:00Z' }) },
    { kind: 'external', date: '2026-11-22T08:00:00.000Z', source: 'Mairie de Carladez', item: { title: 'Marché de Noël', url: 'https://mairie.example/noel', date: '2026-11-22T08:00:00.000Z' } },
    { kind: 'external', date: null, source: 'Médiathèque', item: { title: 'Heure du conte', url: null, date: null } },
  ],
  problems: [{ url: 'https://cassé.example/rss', message: "Ce flux est illisible : ce n'est pas un flux RSS ou Atom valide." }],
  chosen: true,
};

const tile = (d: MesActualitesData | null = data, c: Partial<MesActualitesConfig> = config) =>
  fixture<TuilesMesActualites>(html`<tuiles-mes-actualites server=${SERVER} .config=${c} .data=${d} .now=${NOW}></tuiles-mes-actualites>`);

describe('<tuiles-mes-actualites>', () => {
  it('lists the school’s articles and the feeds’ items together, each with its date and source', async () => {
    const el = await tile();
    expect(text(el, 'h2')).to.equal('Mes actualités');
    const items = all(el, 'li[part="item"]');
    expect(items.map((li) => clean(li.querySelector('.title')!.textContent))).to.deep.equal(['Sortie au musée', 'Marché de Noël', 'Heure du conte']);
    expect(items.map((li) => clean(li.querySelector('[part="date"]')!.textContent))).to.deep.equal([
      "il y a 2 h · De l'établissement",
      'dim. 22 nov. · Mairie de Carladez',
      'Médiathèque',
    ]);
    const links = all(el, 'a[part="link"]') as HTMLAnchorElement[];
    expect(links.map((a) => a.href)).to.deep.equal(['https://ent.example/articles/a1', 'https://mairie.example/noel']);
    expect(links[0].hasAttribute('rel')).to.equal(false);
    expect(links[1].rel).to.equal('noopener noreferrer');
  });

  it('names each feed it could not read, with why, and still shows the rest', async () => {
    const el = await tile();
    const errors = all(el, '[part="error"]');
    expect(errors.map((e) => clean(e.textContent))).to.deep.equal(["https://cassé.example/rss : Ce flux est illisible : ce n'est pas un flux RSS ou Atom valide."]);
    expect(all(el, 'li[part="item"]')).to.have.length(3);
  });

  it('invites the viewer to choose when nothing is chosen, and says when there is nothing new', async () => {
    const none = await tile({ items: [], problems: [], chosen: false });
    expect(text(none, '[part="empty"]')).to.match(/Choisissez les rubriques et les flux/);
    const quiet = await tile({ items: [], problems: [], chosen: true });
    expect(text(quiet, '[part="empty"]')).to.equal('Aucune actualité pour le moment');
  });

  it('keeps to `max` items', async () => {
    expect(all(await tile(data, { max: 2 }), 'li[part="item"]')).to.have.length(2);
  });

  it('is rendered by <tuiles-page page="personal-home"> and passes axe in both themes', async () => {
    const page: PageResponse = {
      site: { slug: 'c', name: 'C' },
      page: { kind: 'personal-home', tiles: [{ id: 'm', type: 'mes-actualites', config, data, optional: true }] },
    };
    for (const theme of ['light', 'dark']) {
      const el = await fixture(html`<tuiles-page page="personal-home" theme=${theme} server=${SERVER} .data=${page} .now=${NOW}></tuiles-page>`);
      const inner = el.shadowRoot!.querySelector('tuiles-mes-actualites') as TuilesMesActualites;
      expect(inner).to.exist;
      await inner.updateComplete;
      expect(one(inner, 'h2').textContent!.trim()).to.equal('Mes actualités');
      await expect(el).to.be.accessible();
    }
  });
});
