import { expect } from '@open-wc/testing';
import { json, pendingFetch, restoreFetch, stubFetch, until } from '../../fixtures.ts';
import { FakeServer, card, clearDrafts, composer, resolveDefault, type Viewer } from './server.ts';
import type { DraftTile } from '../../../../components/admin/composer/draft.ts';
import type { ResolvedTile } from '../../../../contract/tiles/index.ts';

const choose = async (el: HTMLElement, id: string, value: string) => {
  const select = el.shadowRoot!.querySelector<HTMLSelectElement>(`#${id}`)!;
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
};

const previewTiles = (el: HTMLElement) => el.shadowRoot!.querySelector('tuiles-page')!.shadowRoot!.querySelectorAll('.grid > *');

describe('<tuiles-admin-composer> preview and warnings', () => {
  afterEach(() => {
    restoreFetch();
    clearDrafts();
  });

  it('renders the server’s preview with the real tile elements', async () => {
    const server = new FakeServer().install();
    const el = await composer(server);
    const [first] = server.sent('POST', '/pages/public-home/preview');
    expect(first.as).to.equal(null);
    expect(first.tiles.map((t: DraftTile) => t.id)).to.deep.equal(['top', 'news', 'agenda', 'infos']);
    await until(() => previewTiles(el).length === 4, 'the previewed tiles');
    expect([...previewTiles(el)].map((t) => t.localName)).to.deep.equal(['tuiles-top', 'tuiles-news', 'tuiles-agenda', 'tuiles-text']);
  });

  it('asks the preview for each « Voir en tant que » choice, with the niveau for pupils and parents', async () => {
    const server = new FakeServer().install();
    const el = await composer(server);
    const select = el.shadowRoot!.querySelector<HTMLSelectElement>('#preview-as')!;
    expect([...select.options].map((o) => o.textContent)).to.deep.equal(['Visiteur anonyme', 'Élève', 'Parent', 'Enseignant', 'Personnel']);
    expect(el.shadowRoot!.querySelector('#preview-niveau')).to.equal(null);
    const asked = () => server.sent('POST', '/preview').map((b) => b.as as Viewer);
    const last = () => asked().filter((a) => a !== null).at(-1);

    await choose(el, 'preview-as', 'eleve');
    const niveau = el.shadowRoot!.querySelector<HTMLSelectElement>('#preview-niveau')!;
    expect(el.shadowRoot!.querySelector('label[for="preview-niveau"]')!.textContent).to.equal('Niveau');
    expect([...niveau.options].map((o) => o.value)).to.deep.equal(['6e', '5e', '4e', '3e']);
    await until(() => last()?.profile === 'eleve', 'the pupil preview');
    expect(last()).to.deep.equal({ profile: 'eleve', niveau: '6e' });

    await choose(el, 'preview-niveau', '4e');
    await until(() => last()?.niveau === '4e', 'the 4e preview');
    expect(last()).to.deep.equal({ profile: 'eleve', niveau: '4e' });

    await choose(el, 'preview-as', 'parent');
    await until(() => last()?.profile === 'parent', 'the parent preview');
    expect(last()).to.deep.equal({ profile: 'parent', niveau: '4e' });

    await choose(el, 'preview-as', 'enseignant');
    await until(() => last()?.profile === 'enseignant', 'the teacher preview');
    expect(last()).to.deep.equal({ profile: 'enseignant' });

    await choose(el, 'preview-as', 'personnel');
    await until(() => last()?.profile === 'personnel', 'the staff preview');
    expect(last()).to.deep.equal({ profile: 'personnel' });

    const before = asked().length;
    await choose(el, 'preview-as', 'anonyme');
    await until(() => asked().length === before + 1, 'the anonymous preview');
    expect(asked().at(-1)).to.equal(null);
  });

  it('shows what the chosen viewer sees, and still warns about what an anonymous visitor sees', async () => {
    const resolve = (tile: DraftTile, as: Viewer): ResolvedTile => {
      const resolved = resolveDefault(tile);
      // The agenda's rubrique is for members only.
      if (tile.id === 'agenda' && as === null) return { ...resolved, data: { items: [] } } as ResolvedTile;
      return resolved;
    };
    const server = new FakeServer({ resolve }).install();
    const el = await composer(server);
    await choose(el, 'preview-as', 'enseignant');
    await until(() => server.sent('POST', '/preview').some((b) => b.as?.profile === 'enseignant') && !el.preview.loading, 'the teacher preview');
    await el.updateComplete;
    expect(card(el, 'Agenda').querySelector('.warnings')!.textContent).to.contain('Cette tuile est vide pour un visiteur anonyme');
    expect(card(el, 'Actualités').querySelector('.warnings')).to.equal(null);
  });

  it('warns on the cards: empty for an anonymous visitor, private linked article, silent rubrique', async () => {
    const resolve = (tile: DraftTile): ResolvedTile => {
      const resolved = resolveDefault(tile);
      if (tile.id === 'top') return { ...resolved, data: { image: { url: '/media/bandeau.jpg', alt: '', width: 2000, height: 453 }, article: null } } as ResolvedTile;
      if (tile.id === 'infos') return { ...resolved, data: { html: '<p> </p>' } } as ResolvedTile;
      return resolved;
    };
    const stale = [
      { kind: 'rubrique-silent' as const, rubrique: 'vie-scolaire', days: 75, lastActivity: '2026-09-09T10:00:00Z', message: 'La rubrique Vie scolaire n’a rien publié depuis 75 jours' },
      { kind: 'rubrique-empty' as const, rubrique: 'club-theatre', message: 'La rubrique Club théâtre n’a encore publié aucun article' },
    ];
    const server = new FakeServer({ resolve, stale }).install();
    const el = await composer(server);
    const warnings = (name: string) => [...card(el, name).querySelectorAll('.warnings li')].map((li) => li.textContent);
    expect(warnings('Tuile haute')).to.deep.equal(['L’article lié est privé : les visiteurs anonymes verront l’image seule']);
    expect(warnings('Liens utiles')).to.deep.equal(['Cette tuile est vide pour un visiteur anonyme']);
    expect(warnings('Actualités')).to.deep.equal(['La rubrique Vie scolaire n’a rien publié depuis 75 jours']);
    expect(warnings('Agenda')).to.deep.equal([]);
  });

  it('uses the stale route’s empty tiles until the draft’s own anonymous preview comes', async () => {
    const pending = pendingFetch();
    const server = new FakeServer({ stale: [{ kind: 'tile-empty', page: 'public-home', tile: 'agenda', type: 'agenda', message: 'La tuile « Agenda » de la page d’accueil n’affiche rien pour un visiteur anonyme' }] });
    let previewsAsked = 0;
    stubFetch((url, init) => (url.endsWith('/preview') ? (previewsAsked++, pending.answer(url, init)) : server.answer(url, init)));
    const { fixture, html } = await import('@open-wc/testing');
    const el = await fixture<HTMLElement & { loadState: string; updateComplete: Promise<unknown> }>(
      html`<tuiles-admin-composer site="college-carladez" .previewDelay=${0}></tuiles-admin-composer>`,
    );
    await until(() => el.loadState === 'ready' && el.shadowRoot!.querySelector('.card .warnings') !== null, 'the stale warning');
    expect(card(el, 'Agenda').querySelector('.warnings')!.textContent).to.contain('Cette tuile est vide pour un visiteur anonyme');
    // The stale route may answer before the first preview is even asked (a timer away).
    await until(() => previewsAsked > 0, 'the draft’s preview asked');
    await el.updateComplete;
    expect(card(el, 'Agenda').querySelector('.warnings')!.textContent).to.contain('Cette tuile est vide pour un visiteur anonyme');
    expect(el.shadowRoot!.querySelector('.preview')!.textContent).to.contain('Mise à jour de l’aperçu…');
    expect(el.shadowRoot!.querySelector('.preview')!.getAttribute('aria-busy')).to.equal('true');
    pending.release(json({ page: { kind: 'public-home', tiles: server.tiles.map(resolveDefault) } }));
    await until(() => card(el, 'Agenda').querySelector('.warnings') === null, 'the warning gone with the draft’s preview');
  });

  it('says when the preview failed, keeping the last one, and marks the tiles the server refused', async () => {
    let refuse = false;
    const server = new FakeServer();
    stubFetch((url, init) =>
      refuse && url.endsWith('/preview')
        ? json({ error: { code: 'invalid', message: "La page n'a pas été enregistrée : certaines tuiles sont invalides.", fields: { 'tiles[1].config.rubriques[1]': 'rubrique inconnue « cdi »' } } }, 400)
        : server.answer(url, init),
    );
    const el = await composer(server);
    refuse = true;
    await choose(el, 'preview-as', 'enseignant');
    await until(() => el.shadowRoot!.querySelector('.preview-error') !== null, 'the preview error');
    expect(el.shadowRoot!.querySelector('.preview-error')!.textContent).to.contain('L’aperçu n’a pas pu être mis à jour.');
    expect(el.shadowRoot!.querySelector('tuiles-page'), 'the last preview stays').to.exist;
    expect(card(el, 'Actualités').querySelector('.faults')!.textContent).to.contain('rubriques.1 : rubrique inconnue « cdi »');
  });

  it('previews the personal page as a pupil by default, without anonymous warnings', async () => {
    const server = new FakeServer().install();
    const el = await composer(server, 'personal-home');
    const sent = server.sent('POST', '/pages/personal-home/preview');
    expect(sent.map((b) => b.as)).to.deep.equal([{ profile: 'eleve', niveau: '6e' }]);
  });
});
