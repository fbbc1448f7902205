import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../../components/tiles/flux/flux.ts';
import '../../../components/page/page.ts';
import type { TuilesFlux } from '../../../components/tiles/flux/flux.ts';
import type { FluxConfig, FluxData } from '../../../contract/tiles/flux.ts';
import type { PageResponse } from '../../../contract/api.ts';
import { NOW, SERVER, all, clean, one, text } from '../fixtures.ts';

const config: FluxConfig = { title: 'Mairie de Carladez', url: 'https://mairie.example/rss', max: 5 };
const data: FluxData = {
  source: { title: 'Mairie de Carladez — actualités', link: 'https://mairie.example/' },
  items: [
    { title: 'Fermeture de la piscine', url: 'https://mairie.example/piscine', date: '2026-11-23T08:00:00.000Z' },
    { title: 'Marché de Noël & concert', url: 'https://mairie.example/noel', date: '2026-11-20T08:00:00.000Z' },
    { title: 'Sans lien', url: null, date: null },
  ],
  problem: null,
};

const flux = (c: Partial<FluxConfig> = config, d: FluxData | null = data, theme = 'light') =>
  fixture<TuilesFlux>(html`<tuiles-flux theme=${theme} .config=${c} .data=${d} .now=${NOW}></tuiles-flux>`);

describe('<tuiles-flux>', () => {
  it('lists the items with their title, link and date, then names the source', async () => {
    const el = await flux();
    expect(text(el, 'h2')).to.equal('Mairie de Carladez');
    const items = all(el, 'li[part="item"]');
    expect(items.map((li) => clean(li.querySelector('.title')!.textContent))).to.deep.equal(['Fermeture de la piscine', 'Marché de Noël & concert', 'Sans lien']);
    const links = all(el, 'a[part="link"]') as HTMLAnchorElement[];
    expect(links.map((a) => a.href)).to.deep.equal(['https://mairie.example/piscine', 'https://mairie.example/noel']);
    expect(links[0].rel).to.equal('noopener noreferrer');
    expect(one(el, 'time[part="date"]').getAttribute('datetime')).to.equal('2026-11-23T08:00:00.000Z');
    expect(text(el, 'time[part="date"]')).to.match(/lun\. 23 nov\./);
    expect(text(el, '[part="source"]')).to.equal('Source : Mairie de Carladez — actualités');
  });

  it('keeps to `max` items', async () => {
    const el = await flux({ ...config, max: 1 });
    expect(all(el, 'li[part="item"]')).to.have.length(1);
  });

  it('shows in its place why the feed could not be read, as a polite status', async () => {
    const el = await flux(config, { source: null, items: [], problem: "Le flux n'a pas répondu à temps (5 s)." });
    expect(text(el, 'h2')).to.equal('Mairie de Carladez');
    const error = one(el, '[part="error"]');
    expect(error.getAttribute('role')).to.equal('status');
    expect(clean(error.textContent)).to.equal("Le flux n'a pas répondu à temps (5 s).");
    expect(all(el, 'li')).to.have.length(0);
  });

  it('says when the feed is empty', async () => {
    const el = await flux(config, { source: { title: 'Vide', link: null }, items: [], problem: null });
    expect(text(el, '[part="empty"]')).to.equal('Aucun article dans ce flux pour le moment');
  });

  it('never renders a javascript: link', async () => {
    const el = await flux(config, { ...data, items: [{ title: 'Piège', url: 'javascript:alert(1)', date: null }] });
    expect(all(el, 'a')).to.have.length(1); // the source link only
  });

  it('is rendered by <tuiles-page> and passes axe in both themes', async () => {
    const page: PageResponse = {
      site: { slug: 'c', name: 'C' },
      page: {
        kind: 'public-home',
        tiles: [
          { id: 'f', type: 'flux', config, data },
          { id: 'g', type: 'flux', config: { ...config, title: 'Chaîne PeerTube' }, data: { source: null, items: [], problem: 'Le flux est trop volumineux (plus de 2 Mo).' } },
        ],
      },
    };
    for (const theme of ['light', 'dark']) {
      const el = await fixture(html`<tuiles-page theme=${theme} server=${SERVER} .data=${page} .now=${NOW}></tuiles-page>`);
      const tiles = [...el.shadowRoot!.querySelectorAll('tuiles-flux')];
      expect(tiles).to.have.length(2);
      await Promise.all(tiles.map((t) => (t as TuilesFlux).updateComplete));
      expect(clean(tiles[1].shadowRoot!.querySelector('[part="error"]')!.textContent)).to.equal('Le flux est trop volumineux (plus de 2 Mo).');
      await expect(el).to.be.accessible();
    }
    await emulateMedia({ colorScheme: 'dark' });
    try {
      await expect(await flux()).to.be.accessible();
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });
});
