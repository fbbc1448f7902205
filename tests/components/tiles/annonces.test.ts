import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../components/tiles/annonces/annonces.ts';
import type { TuilesAnnonces } from '../../../components/tiles/annonces/annonces.ts';
import type { AnnonceItem, AnnoncesData } from '../../../contract/tiles/annonces.ts';
import { SERVER, all, json, one, pendingFetch, restoreFetch, stubFetch, text, until } from '../fixtures.ts';

function item(overrides: Partial<AnnonceItem> = {}): AnnonceItem {
  const id = overrides.id ?? '1';
  return {
    readUrl: `/api/sites/college/annonces/${id}/read`,
    id: '1',
    kind: 'information',
    title: 'Photo de classe jeudi',
    body: '<p>Le photographe passe <strong>jeudi matin</strong>.</p>',
    url: null,
    external: false,
    illustration: null,
    start: '2026-11-20',
    end: '2026-11-30',
    read: false,
    ...overrides,
  };
}

const data: AnnoncesData = {
  items: [
    item({ id: '3', kind: 'alerte', title: 'Brevet blanc : convocations', url: '/sites/college/articles/brevet' }),
    item({ id: '2', kind: 'avertissement', title: 'Exercice incendie', url: 'https://www.education.gouv.fr/', external: true }),
    item({ id: '1', read: true }),
  ],
};

function annonces(d: AnnoncesData | null = data, theme = 'light') {
  return fixture<TuilesAnnonces>(
    html`<tuiles-annonces server=${SERVER} theme=${theme} .config=${{ title: 'Annonces', max: 6 }} .data=${d}></tuiles-annonces>`,
  );
}

describe('<tuiles-annonces>', () => {
  afterEach(restoreFetch);

  it('gives each kind its own word, icon and colour, never colour alone', async () => {
    const el = await annonces();
    const items = all(el, '[part="item"]');
    expect(items.map((i) => i.querySelector('[part="kind"]')!.textContent!.trim())).to.deep.equal(['Alerte', 'Avertissement', 'Information']);
    const paths = items.map((i) => i.querySelector('[part="kind"] svg path')!.getAttribute('d'));
    expect(new Set(paths).size).to.equal(3, 'three different icons');
    items.forEach((i) => expect(i.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true'));
    const colours = items.map((i) => getComputedStyle(i).borderInlineStartColor);
    expect(new Set(colours).size).to.equal(3, 'three different colours');
    expect(items[0].classList.contains('alerte')).to.equal(true);
  });

  it('marks unread annonces with a word and offers « Marquer comme lu » on them only', async () => {
    const el = await annonces();
    const items = all(el, '[part="item"]');
    expect(items.map((i) => i.querySelector('[part="unread"]')?.textContent?.trim() ?? null)).to.deep.equal(['Non lue', 'Non lue', null]);
    const buttons = all(el, 'button[part="mark-read"]');
    expect(buttons).to.have.length(2);
    expect(buttons[0].textContent!.replace(/\s+/g, ' ').trim()).to.equal('Marquer comme lu : Brevet blanc : convocations');
    expect(buttons[0].querySelector('.visually-hidden')!.textContent).to.equal(' : Brevet blanc : convocations', 'the title, for screen readers');
  });

  it('renders the title as a heading, the sanitized body, and links resolved against the server', async () => {
    const el = await annonces();
    expect(text(el, 'h3')).to.equal('Brevet blanc : convocations');
    expect(one(el, '[part="body"] strong').textContent).to.equal('jeudi matin');
    const links = all(el, 'a[part="link"]') as HTMLAnchorElement[];
    expect(links[0].href).to.equal(`${SERVER}/sites/college/articles/brevet`);
    expect(links[0].target).to.equal('');
    expect(links[1].href).to.equal('https://www.education.gouv.fr/');
    expect(links[1].target).to.equal('_blank');
    expect(links[1].textContent).to.contain('(nouvelle fenêtre)');
  });

  it('marks an annonce read: POST with credentials, then the mark and the button go and focus stays on the annonce', async () => {
    const calls = stubFetch(() => json({ id: '3', read: true }));
    const el = await annonces();
    const fired: string[] = [];
    el.addEventListener('tuiles-annonce-read', (e) => fired.push((e as CustomEvent<{ id: string }>).detail.id));
    const button = all(el, 'button[part="mark-read"]')[0] as HTMLButtonElement;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => all(el, 'button[part="mark-read"]').length === 1, 'the button to go');
    expect(calls).to.have.length(1);
    expect(calls[0].url).to.equal(`${SERVER}/api/sites/college/annonces/3/read`);
    expect(calls[0].init?.method).to.equal('POST');
    expect(calls[0].init?.credentials).to.equal('include');
    const first = all(el, '[part="item"]')[0];
    expect(first.querySelector('[part="unread"]')).to.equal(null);
    expect(first.classList.contains('read')).to.equal(true);
    expect(el.shadowRoot!.activeElement).to.equal(first);
    expect(text(el, '[role="status"]')).to.equal('Annonce « Brevet blanc : convocations » marquée comme lue.');
    expect(fired).to.deep.equal(['3']);
  });

  it('says so when marking read fails, and keeps the annonce unread', async () => {
    stubFetch(() => json({ error: { code: 'not_found', message: 'Annonce introuvable.' } }, 404));
    const el = await annonces();
    (all(el, 'button[part="mark-read"]')[0] as HTMLButtonElement).click();
    await until(() => all(el, '.failed').length === 1, 'the failure');
    expect(text(el, '.failed')).to.equal("L'annonce n'a pas pu être marquée comme lue. Réessayez.");
    expect(all(el, '[part="unread"]')).to.have.length(2);
  });

  it('says when there is no annonce', async () => {
    const el = await annonces({ items: [] });
    expect(text(el, '[part="empty"]')).to.equal('Aucune annonce pour le moment');
  });

  it('shows an error card when the tile could not be resolved', async () => {
    const el = await annonces(null);
    expect(text(el, '[part="error"]')).to.equal('Cette tuile est momentanément indisponible.');
  });

  it('on its own, fetches the viewer’s annonces with credentials, busy while loading', async () => {
    const pending = pendingFetch();
    const calls = stubFetch(pending.answer);
    const el = await fixture<TuilesAnnonces>(html`<tuiles-annonces server=${SERVER} site="college"></tuiles-annonces>`);
    expect(one(el, '[part="tile"]').getAttribute('aria-busy')).to.equal('true');
    expect(calls[0].url).to.equal(`${SERVER}/api/sites/college/annonces/current`);
    expect(calls[0].init?.credentials).to.equal('include');
    pending.release(json({ tile: { config: { title: 'Annonces', max: 6 }, data }, site: { slug: 'college', name: 'Collège' } }));
    await until(() => all(el, '[part="item"]').length === 3, 'the annonces');
    expect(one(el, '[part="tile"]').getAttribute('aria-busy')).to.equal('false');
  });

  it('asks to log in when the server answers 401', async () => {
    stubFetch(() => json({ error: { code: 'unauthorized', message: 'Connexion requise.' } }, 401));
    const el = await fixture<TuilesAnnonces>(html`<tuiles-annonces server=${SERVER} site="college"></tuiles-annonces>`);
    await until(() => all(el, '[role="alert"]').length === 1, 'the failure');
    expect(text(el, '[role="alert"] p')).to.contain('Connectez-vous');
  });

  for (const theme of ['light', 'dark']) {
    it(`passes axe in the ${theme} theme, read and unread`, async () => {
      const el = await annonces(data, theme);
      await expect(el).to.be.accessible();
    });
  }
});
