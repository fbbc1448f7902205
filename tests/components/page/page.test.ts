import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../components/page/page.ts';
import type { TuilesPage } from '../../../components/page/page.ts';
import type { PageResponse } from '../../../contract/api.ts';
import type { ResolvedTile } from '../../../contract/tiles/index.ts';
import { NOW, SERVER, all, article, event, json, one, pendingFetch, restoreFetch, stubFetch, text, unreachable, until } from '../fixtures.ts';

const tiles: ResolvedTile[] = [
  {
    id: 't-top',
    type: 'top',
    config: { image: { url: '/media/bandeau.svg', alt: '' }, article: null, enabled: true },
    data: { image: { url: '/media/bandeau.svg', alt: '', width: 2000, height: 453 }, article: null },
  },
  {
    id: 't-news',
    type: 'news',
    config: { title: 'Actualités', rubriques: ['vie-scolaire'], max: 6, showDates: true, showIllustration: true, showSummary: true },
    data: { items: [article()] },
  },
  {
    id: 't-agenda',
    type: 'agenda',
    config: { title: 'Agenda', rubriques: ['vie-scolaire'], max: 6, showDates: true, showSummary: true, showLocation: true },
    data: { items: [event()] },
  },
  {
    id: 't-text',
    type: 'text',
    config: { title: 'Liens utiles', html: '' },
    data: { html: '<p>Bienvenue au collège.</p>' },
  },
];

function response(list: ResolvedTile[] = tiles, kind: 'public-home' | 'personal-home' = 'public-home'): PageResponse {
  return { site: { slug: 'college-carladez', name: 'Collège Carladez' }, page: { kind, tiles: list } };
}

async function pageAt(width: string, data: PageResponse = response()) {
  const wrapper = await fixture(html`<div style="width: ${width}">
    <tuiles-page server=${SERVER} .data=${data} .now=${NOW}></tuiles-page>
  </div>`);
  const el = wrapper.querySelector('tuiles-page')!;
  await el.updateComplete;
  return el;
}

function columns(el: Element): number {
  return Number(getComputedStyle(one(el, '.grid')).columnCount);
}

describe('<tuiles-page>', () => {
  afterEach(restoreFetch);

  it('renders one element per tile, in page order, passing config and data', async () => {
    const el = await pageAt('1200px');
    const children = all(el, '.grid > *');
    expect(children.map((c) => c.localName)).to.deep.equal(['tuiles-top', 'tuiles-news', 'tuiles-agenda', 'tuiles-text']);
    const news = children[1] as HTMLElementTagNameMap['tuiles-news'];
    await news.updateComplete;
    expect(text(news, 'h2')).to.equal('Actualités');
    expect((one(news, 'li a') as HTMLAnchorElement).href).to.equal('https://ent.example/articles/a1');
  });

  it('lays tiles in one column on a 360px phone', async () => {
    expect(columns(await pageAt('360px'))).to.equal(1);
  });

  it('lays tiles in two columns on a tablet', async () => {
    expect(columns(await pageAt('1000px'))).to.equal(2);
  });

  it('lays tiles in three columns on a 1920px screen, the top tile across all of them', async () => {
    const el = await pageAt('1920px');
    expect(columns(el)).to.equal(3);
    const topBox = one(el, 'tuiles-top').getBoundingClientRect();
    const grid = one(el, '.grid').getBoundingClientRect();
    expect(topBox.width).to.be.closeTo(grid.width, 1);
    const newsBox = one(el, 'tuiles-news').getBoundingClientRect();
    expect(newsBox.width).to.be.lessThan(grid.width / 2);
  });

  it('shows an error card for a tile the server could not resolve, and the rest of the page', async () => {
    const broken: ResolvedTile = { ...tiles[1], data: null, error: { code: 'internal', message: 'boom' } } as ResolvedTile;
    const el = await pageAt('1200px', response([broken, tiles[2]]));
    const card = one(el, '[part="tile-error"]');
    expect(text(el, '[part="tile-error"] h2')).to.equal('Actualités');
    expect(card.textContent).to.contain('Cette tuile est momentanément indisponible.');
    expect(card.textContent).not.to.contain('boom');
    expect(all(el, 'tuiles-agenda')).to.have.length(1);
  });

  it('shows an error card for a tile type it does not render', async () => {
    const unknown = { id: 't-x', type: 'meteo', config: {}, data: {} } as unknown as ResolvedTile;
    const el = await pageAt('1200px', response([unknown, tiles[3]]));
    const cards = all(el, '[part="tile-error"]');
    expect(cards).to.have.length(1);
    expect(cards[0].textContent).to.contain("Ce type de tuile n'est pas encore pris en charge ici.");
    expect(all(el, 'tuiles-text')).to.have.length(1);
  });

  it('renders an annonces tile with its data', async () => {
    const annonces = { id: 't-annonces', type: 'annonces', config: { title: 'Annonces', max: 6 }, data: { items: [] } } as ResolvedTile;
    const el = await pageAt('1200px', response([annonces]));
    expect(all(el, 'tuiles-annonces')).to.have.length(1);
  });

  it('leaves out a top tile without image', async () => {
    const off = { ...tiles[0], data: { image: null, article: null } } as ResolvedTile;
    const el = await pageAt('1200px', response([off, tiles[1]]));
    expect(all(el, 'tuiles-top')).to.have.length(0);
  });

  it('says the page is empty when it has no tile', async () => {
    const el = await pageAt('1200px', response([]));
    expect(text(el, '[part="empty"]')).to.equal("Cette page n'a pas encore de contenu");
  });

  it('passes its theme and heading level to every tile', async () => {
    const el = await fixture<TuilesPage>(
      html`<tuiles-page theme="dark" heading-level="3" .data=${response()}></tuiles-page>`,
    );
    const news = one(el, 'tuiles-news') as HTMLElementTagNameMap['tuiles-news'];
    await news.updateComplete;
    expect(news.getAttribute('theme')).to.equal('dark');
    expect(all(news, 'h3.heading')).to.have.length(1);
    expect(getComputedStyle(one(news, '.tile')).backgroundColor).to.equal('rgb(23, 27, 33)');
  });

  it('lets its tiles speak its language', async () => {
    const el = await fixture<TuilesPage>(html`<tuiles-page lang="en" .data=${response([tiles[1]])} .now=${NOW}></tuiles-page>`);
    const news = one(el, 'tuiles-news') as HTMLElementTagNameMap['tuiles-news'];
    await news.updateComplete;
    expect(text(news, 'time')).to.equal('Mon, Mar 2');
  });

  it('passes theme-wide custom properties down to its tiles', async () => {
    const el = await fixture<TuilesPage>(
      html`<tuiles-page style="--tuiles-accent: rgb(120, 0, 60)" .data=${response([tiles[1]])}></tuiles-page>`,
    );
    const news = one(el, 'tuiles-news') as HTMLElementTagNameMap['tuiles-news'];
    await news.updateComplete;
    expect(getComputedStyle(one(news, 'li a')).color).to.equal('rgb(120, 0, 60)');
  });

  it('fetches the public page anonymously', async () => {
    const calls = stubFetch(() => json(response()));
    const el = await fixture<TuilesPage>(html`<tuiles-page site="college-carladez" server=${SERVER}></tuiles-page>`);
    await until(() => all(el, 'tuiles-news').length === 1, 'tiles');
    expect(calls).to.have.length(1);
    expect(calls[0].url).to.equal('https://ent.example/api/sites/college-carladez/pages/public-home');
    expect(calls[0].init?.credentials).to.equal('omit');
  });

  it('fetches the personal page with the viewer session', async () => {
    const calls = stubFetch(() => json(response(tiles, 'personal-home')));
    const el = await fixture<TuilesPage>(
      html`<tuiles-page site="college-carladez" server=${SERVER} page="personal-home"></tuiles-page>`,
    );
    await until(() => all(el, 'tuiles-news').length === 1, 'tiles');
    expect(calls[0].url).to.equal('https://ent.example/api/sites/college-carladez/pages/personal-home');
    expect(calls[0].init?.credentials).to.equal('include');
  });

  it('reserves the layout with a busy placeholder while loading', async () => {
    const pending = pendingFetch();
    stubFetch(pending.answer);
    const el = await fixture<TuilesPage>(html`<tuiles-page site="college-carladez"></tuiles-page>`);
    expect(one(el, '.grid').getAttribute('aria-busy')).to.equal('true');
    expect(one(el, '.placeholder-top').getBoundingClientRect().height).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
    pending.release(json(response()));
    await until(() => one(el, '.grid').getAttribute('aria-busy') === 'false', 'loaded');
  });

  it('says so, fires tuiles-error and retries when the server is unreachable', async () => {
    stubFetch(unreachable);
    const el = document.createElement('tuiles-page');
    el.setAttribute('site', 'college-carladez');
    const fired = oneEvent(el, 'tuiles-error');
    document.body.append(el);
    try {
      expect(((await fired) as CustomEvent).detail).to.deep.equal({ status: 0 });
      await until(() => all(el, '[role="alert"]').length === 1, 'alert');
      expect(text(el, '[role="alert"] p')).to.equal('Le serveur ne répond pas. Vérifiez votre connexion puis réessayez.');
      await expect(el).to.be.accessible();
      const calls = stubFetch(() => json(response()));
      one<HTMLButtonElement>(el, 'button').click();
      await until(() => all(el, 'tuiles-news').length === 1, 'tiles after retry');
      expect(calls).to.have.length(1);
    } finally {
      el.remove();
    }
  });

  it('asks an anonymous visitor to sign in for the personal page', async () => {
    stubFetch(() => json({ error: { code: 'unauthorized', message: 'Connectez-vous' } }, 401));
    const el = await fixture<TuilesPage>(html`<tuiles-page site="college-carladez" page="personal-home"></tuiles-page>`);
    await until(() => all(el, '[role="alert"]').length === 1, 'alert');
    expect(text(el, '[role="alert"] p')).to.equal('Connectez-vous pour voir ce contenu.');
  });

  it('is accessible with all its tiles', async () => {
    await expect(await pageAt('1200px')).to.be.accessible();
  });
});
