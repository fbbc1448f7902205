import { expect } from '@open-wc/testing';
import { restoreFetch, json, stubFetch, until } from '../../fixtures.ts';
import { FakeServer, SITE, button, card, cardNames, cards, clearDrafts, composer, live, status } from './server.ts';
import type { TileEditor } from '../../../../components/admin/editors/tile-editor.ts';

describe('<tuiles-admin-composer> cards', () => {
  afterEach(() => {
    restoreFetch();
    clearDrafts();
  });

  it('shows the public page’s tiles as cards in their order, each named, summarised, with its buttons', async () => {
    const server = new FakeServer().install();
    const el = await composer(server);
    expect(server.calls[0].url).to.match(new RegExp(`/api/sites/${SITE}/(pages/public-home/source|stale|rubriques)$`));
    expect(cardNames(el)).to.deep.equal(['Tuile haute', 'Actualités', 'Agenda', 'Liens utiles']);
    const news = card(el, 'Actualités');
    // The rubriques by their titles, once the site's rubriques have answered.
    await until(() => news.querySelector('.summary')!.textContent === 'Rubriques : Vie scolaire, CDI · 6 articles au plus', 'the rubriques by title');
    expect(card(el, 'Liens utiles').querySelector('.type')!.textContent).to.equal('Texte');
    for (const name of ['Modifier', 'Dupliquer', 'Supprimer', 'Monter', 'Descendre']) expect(button(news, name)).to.exist;
    expect(news.querySelector('.handle')!.textContent!.trim()).to.contain('Déplacer');
    // The card is named by its heading; the top tile spans the columns like on the page.
    expect(news.getAttribute('aria-labelledby')).to.equal('name-news');
    expect(card(el, 'Tuile haute').classList.contains('full')).to.equal(true);
    expect(status(el)).to.equal('Publié');
  });

  it('switches between the two pages with links, the current one marked', async () => {
    const server = new FakeServer().install();
    const el = await composer(server, 'personal-home');
    const links = [...el.shadowRoot!.querySelectorAll('nav a')];
    expect(links.map((a) => [a.textContent, a.getAttribute('href'), a.getAttribute('aria-current')])).to.deep.equal([
      ['Page d’accueil publique', '#pages/public-home', 'false'],
      ['Page personnelle', '#pages/personal-home', 'page'],
    ]);
    expect(server.calls.some((c) => c.url.endsWith('/pages/personal-home/source'))).to.equal(true);
  });

  it('says when the page has no tile yet, and when it could not be loaded (with a retry)', async () => {
    const empty = new FakeServer({ tiles: [] }).install();
    let el = await composer(empty);
    expect(el.shadowRoot!.textContent).to.contain('Cette page n’a encore aucune tuile');
    restoreFetch();

    let fail = true;
    const server = new FakeServer();
    stubFetch((url, init) => (fail ? Promise.reject(new TypeError('Failed to fetch')) : server.answer(url, init)));
    el = await composer(server);
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('La page n’a pas pu être chargée');
    expect(alert.textContent).to.contain('Le serveur est injoignable');
    fail = false;
    button(alert, 'Réessayer').click();
    await until(() => cards(el).length === 4, 'the cards after retry');
  });

  it('adds a tile from the list of types allowed on this page, with its starting config and a fresh id', async () => {
    const server = new FakeServer().install();
    const el = await composer(server);
    const add = button(el.shadowRoot!, 'Ajouter une tuile');
    add.click();
    await el.updateComplete;
    expect(add.getAttribute('aria-expanded')).to.equal('true');
    const offered = [...el.shadowRoot!.querySelectorAll('#catalogue button')].map((b) => b.textContent);
    expect(offered).to.include.members(['Actualités', 'Agenda', 'Sélection d’articles', 'Tuile haute', 'Intégration', 'Texte', 'Flux externe']);
    expect(offered).not.to.include('Pronote'); // personal page only
    expect(el.shadowRoot!.querySelector('#catalogue')!.textContent).to.contain('Les prochains événements des rubriques choisies, les plus proches d’abord.');
    button(el.shadowRoot!.querySelector('#catalogue')!, 'Agenda').click();
    await el.updateComplete;
    expect(cardNames(el)).to.deep.equal(['Tuile haute', 'Actualités', 'Agenda', 'Liens utiles', 'Agenda']);
    const added = el.tiles[4];
    expect(added.id).to.match(/^agenda-[a-z0-9]{6}$/);
    expect(added.config).to.deep.equal({ title: 'Agenda', rubriques: [], max: 6, showDates: true, showSummary: true, showLocation: true });
    // Its editor is open and the new card has the focus.
    expect(cards(el)[4].querySelector('tuiles-admin-tile-editor')).to.exist;
    expect(el.shadowRoot!.activeElement).to.equal(cards(el)[4]);
    await until(() => live(el).includes('Tuile Agenda ajoutée en position 5 sur 5'), 'the announcement');
    expect(status(el)).to.equal('Modifications non publiées');
  });

  it('offers the personal page’s own types there', async () => {
    const server = new FakeServer().install();
    const el = await composer(server, 'personal-home');
    button(el.shadowRoot!, 'Ajouter une tuile').click();
    await el.updateComplete;
    const offered = [...el.shadowRoot!.querySelectorAll('#catalogue button')].map((b) => b.textContent);
    expect(offered).to.include.members(['Pronote', 'Portail de services', 'Annonces', 'Mes actualités']);
  });

  it('duplicates a tile right after it, with a new id and the same config', async () => {
    const server = new FakeServer().install();
    const el = await composer(server);
    button(card(el, 'Actualités'), 'Dupliquer').click();
    await el.updateComplete;
    expect(cardNames(el)).to.deep.equal(['Tuile haute', 'Actualités', 'Actualités', 'Agenda', 'Liens utiles']);
    expect(el.tiles[2].id).to.match(/^news-[a-z0-9]{6}$/);
    expect(el.tiles[2].config).to.deep.equal(el.tiles[1].config);
    expect(el.tiles[2].config).not.to.equal(el.tiles[1].config);
  });

  it('removes a tile with an announcement and an undo that puts it back in its place', async () => {
    const server = new FakeServer().install();
    const el = await composer(server);
    button(card(el, 'Agenda'), 'Supprimer').click();
    await el.updateComplete;
    expect(cardNames(el)).to.deep.equal(['Tuile haute', 'Actualités', 'Liens utiles']);
    const notice = el.shadowRoot!.querySelector('.removed')!;
    expect(notice.textContent).to.contain('Tuile Agenda supprimée.');
    expect(el.shadowRoot!.activeElement).to.equal(button(notice, 'Annuler la suppression'));
    await until(() => live(el) === 'Tuile Agenda supprimée', 'the announcement');
    button(notice, 'Annuler la suppression').click();
    await el.updateComplete;
    expect(cardNames(el)).to.deep.equal(['Tuile haute', 'Actualités', 'Agenda', 'Liens utiles']);
    expect(status(el)).to.equal('Publié');
  });

  it('gives a tile of an unknown type an error card that can still be removed, the others intact', async () => {
    const tiles = [
      { id: 'news', type: 'news', config: { title: 'Actualités', rubriques: [], max: 6 } },
      { id: 'meteo', type: 'meteo', config: { ville: 'Rodez' } },
    ];
    const server = new FakeServer({ tiles }).install();
    const el = await composer(server);
    const broken = card(el, 'meteo');
    expect(broken.classList.contains('has-errors')).to.equal(true);
    expect(broken.textContent).to.contain('Type de tuile inconnu « meteo »');
    expect([...broken.querySelectorAll('button')].map((b) => b.textContent!.trim())).not.to.include('Modifier');
    // The preview is asked for the tiles it can show, and says one was left out.
    expect(server.sent('POST', '/preview')[0].tiles.map((t: { id: string }) => t.id)).to.deep.equal(['news']);
    expect(el.shadowRoot!.querySelector('.preview')!.textContent).to.contain('Une tuile à compléter n’est pas dans l’aperçu.');
    button(broken, 'Supprimer').click();
    await el.updateComplete;
    expect(cardNames(el)).to.deep.equal(['Actualités']);
  });

  it('marks a tile whose config its schema refuses, and still lets it be edited', async () => {
    const tiles = [{ id: 'news', type: 'news', config: { title: 'Actualités', max: 500 } }];
    const server = new FakeServer({ tiles }).install();
    const el = await composer(server);
    const news = card(el, 'Actualités');
    expect(news.classList.contains('has-errors')).to.equal(true);
    expect(news.querySelector('.faults')!.textContent).to.contain('À compléter — max : 50 au plus');
    expect(button(news, 'Modifier')).to.exist;
  });

  it('opens the tile editor with « Modifier » and takes its changes into the draft', async () => {
    const server = new FakeServer().install();
    const el = await composer(server);
    const edit = button(card(el, 'Agenda'), 'Modifier');
    edit.click();
    await el.updateComplete;
    expect(edit.getAttribute('aria-expanded')).to.equal('true');
    const editor = card(el, 'Agenda').querySelector<TileEditor>('tuiles-admin-tile-editor')!;
    expect(editor.tile).to.deep.equal(el.tiles[2]);
    expect(editor.kind).to.equal('public-home');
    expect(editor.site).to.equal(SITE);
    const tile = { ...el.tiles[2], config: { ...(el.tiles[2].config as object), title: 'Sorties et conseils' } };
    editor.dispatchEvent(new CustomEvent('tile-change', { detail: { tile }, bubbles: true, composed: true }));
    await el.updateComplete;
    expect(cardNames(el)[2]).to.equal('Sorties et conseils');
    expect(status(el)).to.equal('Modifications non publiées');
    await until(() => server.sent('POST', '/preview').some((b) => b.tiles[2]?.config.title === 'Sorties et conseils'), 'the preview of the edit');
  });

  it('tells the embed editor the site’s Peertube instances, so a video from them is recognised at once', async () => {
    const tiles = [{ id: 'video', type: 'embed', config: { title: 'Chorale', url: 'https://tube.ac-toulouse.fr/w/chorale-2026', height: 400 } }];
    const server = new FakeServer({ tiles, peertubeHosts: ['tube.ac-toulouse.fr'] }).install();
    const el = await composer(server);
    button(card(el, 'Chorale'), 'Modifier').click();
    await el.updateComplete;
    const editor = card(el, 'Chorale').querySelector<TileEditor>('tuiles-admin-tile-editor')!;
    expect(editor.peertubeHosts).to.deep.equal(['tube.ac-toulouse.fr']);
    await editor.updateComplete;
    const field = editor.shadowRoot!.querySelector('tuiles-admin-embed-url-field')!;
    await (field as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(field.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('Peertube reconnu');
  });

  it('lets a rubrique be ticked in the real editor of a news card: the draft and the preview follow', async () => {
    const server = new FakeServer().install();
    const el = await composer(server, '', 'dark');
    button(card(el, 'Actualités'), 'Modifier').click();
    await el.updateComplete;
    const editor = card(el, 'Actualités').querySelector<TileEditor>('tuiles-admin-tile-editor')!;
    expect(editor.getAttribute('theme')).to.equal('dark');
    await editor.updateComplete;
    const picker = editor.shadowRoot!.querySelector('tuiles-admin-rubrique-picker')!;
    expect(picker.getAttribute('theme')).to.equal('dark');
    // The picker asks the site's rubriques (GET /rubriques) and offers those with a blog.
    const box = () => picker.shadowRoot!.querySelector<HTMLInputElement>('#r-salle-des-profs');
    await until(() => box() !== null, 'the rubriques of the picker');
    expect(server.calls.some((c) => new URL(c.url, location.href).pathname === `/api/sites/${SITE}/rubriques`)).to.equal(true);
    const legend = picker.shadowRoot!.querySelector('legend')!.textContent;
    expect(legend).to.equal('Rubriques');
    expect(picker.shadowRoot!.querySelector('label[for="r-salle-des-profs"]')!.textContent).to.contain('Salle des profs');
    box()!.click();
    await el.updateComplete;
    expect((el.tiles[1].config as { rubriques: string[] }).rubriques).to.deep.equal(['vie-scolaire', 'cdi', 'salle-des-profs']);
    expect(card(el, 'Actualités').querySelector('.summary')!.textContent).to.contain('Salle des profs');
    expect(status(el)).to.equal('Modifications non publiées');
    await until(
      () => server.sent('POST', '/preview').some((b) => b.tiles[1]?.config.rubriques?.includes('salle-des-profs')),
      'the preview of the ticked rubrique',
    );
  });

  it('falls back to no warning when the stale route fails', async () => {
    const server = new FakeServer();
    stubFetch((url, init) => (url.endsWith('/stale') ? json({ error: { code: 'forbidden', message: 'Non.' } }, 403) : server.answer(url, init)));
    const el = await composer(server);
    expect(cards(el)).to.have.length(4);
  });
});
