import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../../../components/admin/editors/tile-editor.ts';
import type { TileEditor, TileChangeDetail } from '../../../../components/admin/editors/tile-editor.ts';
import { fieldWords } from '../../../../components/admin/editors/labels.ts';
import { tileCatalogue, tileTypes, type Tile, type TileType } from '../../../../contract/tiles/index.ts';
import type { PageKind } from '../../../../contract/vocabulary.ts';
import { all, clean, one, restoreFetch, stubFetch, text, until } from '../../fixtures.ts';
import { adminAnswers } from '../pickers/answers.ts';

/** Every label and legend text, through the pickers' shadow roots. */
function deepLabels(root: Element): string[] {
  const out: string[] = [];
  const walk = (node: ParentNode) => {
    for (const el of node.querySelectorAll('*')) {
      if (el.localName === 'label' || el.localName === 'legend') out.push(clean(el.textContent));
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(root.shadowRoot!);
  return out;
}

const stub = (type: TileType): Tile => ({ id: `${type}-1`, type, config: structuredClone(tileCatalogue[type].stubConfig) as Tile['config'] });
const kindOf = (type: TileType): PageKind => tileCatalogue[type].pages[0];

async function editor(tile: Tile, kind: PageKind = kindOf(tile.type), errors: Record<string, string> = {}) {
  const el = await fixture<TileEditor>(html`<tuiles-admin-tile-editor site="college-test" .kind=${kind} .tile=${tile} .errors=${errors}></tuiles-admin-tile-editor>`);
  await el.updateComplete;
  return el;
}

async function edit(el: TileEditor, selector: string, value: string): Promise<TileChangeDetail> {
  const input = one<HTMLInputElement>(el, selector);
  const changed = oneEvent(el, 'tile-change');
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  return (await changed).detail as TileChangeDetail;
}

describe('<tuiles-admin-tile-editor>', () => {
  beforeEach(() => {
    stubFetch(adminAnswers);
  });
  afterEach(restoreFetch);

  for (const type of tileTypes) {
    it(`${type}: a form with every field under its French label`, async () => {
      const el = await editor(stub(type));
      expect(one(el, 'form').getAttribute('aria-label')).to.equal(`Réglages de la tuile ${tileCatalogue[type].label}`);
      const labels = deepLabels(el);
      for (const [field, words] of Object.entries(fieldWords[type])) {
        expect(labels, `${type}.${field}`).to.include(words.label);
        // Field names never show: each has its words.
        expect(labels, `${type}.${field}`).not.to.include(field);
      }
      // The stub is valid: nothing flagged.
      expect(all(el, '[aria-invalid=true]')).to.have.length(0);
    });
  }

  it('news: « Titre », « Nombre d’articles », the flags and the blog rubriques', async () => {
    const el = await editor(stub('news'));
    const title = one<HTMLInputElement>(el, '#f-title');
    expect(title.labels?.[0].textContent).to.equal('Titre');
    expect(title.value).to.equal('Actualités');
    const max = one<HTMLInputElement>(el, '#f-max');
    expect(max.labels?.[0].textContent).to.equal('Nombre d’articles');
    expect([max.type, max.min, max.max, max.value]).to.deep.equal(['number', '1', '50', '6']);
    for (const [id, label] of [['#f-showDates', 'Afficher les dates'], ['#f-showIllustration', 'Afficher les illustrations'], ['#f-showSummary', 'Afficher les résumés']]) {
      const box = one<HTMLInputElement>(el, id);
      expect([box.type, box.checked, box.labels?.[0].textContent]).to.deep.equal(['checkbox', true, label]);
    }
    const picker = one(el, 'tuiles-admin-rubrique-picker');
    await until(() => picker.shadowRoot!.querySelectorAll('li').length === 3, 'blog rubriques');
    expect(deepLabels(el)).to.include.members(['Rubriques', 'Vie scolaire', 'CDI', 'Salle des profs (privée)']);
  });

  it('fires tile-change with the whole tile and its new config on each edit', async () => {
    const el = await editor(stub('news'));
    let { tile } = await edit(el, '#f-max', '8');
    expect(tile).to.deep.equal({ id: 'news-1', type: 'news', config: { ...tileCatalogue.news.stubConfig as object, max: 8 } });
    ({ tile } = await edit(el, '#f-title', 'Vie du collège'));
    expect(tile.config).to.include({ title: 'Vie du collège', max: 8 });

    const unticked = oneEvent(el, 'tile-change');
    one<HTMLInputElement>(el, '#f-showDates').click();
    expect(((await unticked).detail as TileChangeDetail).tile.config).to.include({ showDates: false, max: 8 });

    const picker = one(el, 'tuiles-admin-rubrique-picker');
    await until(() => picker.shadowRoot!.querySelector('#r-cdi') !== null, 'rubriques');
    const ticked = oneEvent(el, 'tile-change');
    picker.shadowRoot!.querySelector<HTMLInputElement>('#r-cdi')!.click();
    const event = await ticked;
    expect((event.detail as TileChangeDetail).tile.config).to.include({ showDates: false }).and.deep.include({ rubriques: ['cdi'] });
    expect(event.bubbles && event.composed).to.equal(true);
  });

  it('shows a fault next to its field as one types, and fires the invalid tile too', async () => {
    const el = await editor(stub('news'));
    const { tile } = await edit(el, '#f-max', '99');
    expect((tile.config as { max: number }).max).to.equal(99);
    await el.updateComplete;
    const max = one(el, '#f-max');
    expect(max.getAttribute('aria-invalid')).to.equal('true');
    expect(max.getAttribute('aria-describedby')).to.equal('f-max-error');
    expect(text(el, '#f-max-error')).to.equal('50 au plus');
    await edit(el, '#f-max', '2.5');
    await el.updateComplete;
    expect(text(el, '#f-max-error')).to.equal('nombre entier attendu');
    await edit(el, '#f-max', '5');
    await el.updateComplete;
    expect(one(el, '#f-max').getAttribute('aria-invalid')).to.equal('false');
    expect(text(el, '#f-max-error')).to.equal('');
  });

  it('shows the server’s faults at their fields (both path spellings), until the field is edited', async () => {
    const el = await editor({ ...stub('news'), config: { ...(tileCatalogue.news.stubConfig as object), rubriques: ['disparue'] } as Tile['config'] }, 'public-home', {
      'config.max': 'trop d’articles pour cette page',
      'config.rubriques[0]': 'rubrique inconnue « disparue »',
    });
    expect(text(el, '#f-max-error')).to.equal('trop d’articles pour cette page');
    expect(one(el, '#f-max').getAttribute('aria-invalid')).to.equal('true');
    const picker = one<HTMLElement & { error: string }>(el, 'tuiles-admin-rubrique-picker');
    expect(picker.error).to.equal('rubrique inconnue « disparue »');
    await edit(el, '#f-max', '7');
    await el.updateComplete;
    expect(text(el, '#f-max-error')).to.equal('');
    expect(picker.error).to.equal('rubrique inconnue « disparue »');
  });

  it('lists a fault no field shows at the top (a personal-only type on the public page)', async () => {
    const el = await editor(stub('pronote'), 'public-home', { type: 'cette tuile ne peut figurer que sur la page personnelle' });
    expect(text(el, '.notice.warning')).to.contain('ne peut pas figurer sur la page d’accueil publique');
    expect(text(el, '[role=alert]')).to.contain('cette tuile ne peut figurer que sur la page personnelle');
  });

  it('text: the HTML in a text area', async () => {
    const el = await editor(stub('text'));
    const area = one<HTMLTextAreaElement>(el, '#f-html');
    expect(area.localName).to.equal('textarea');
    expect(area.labels?.[0].textContent).to.equal('Contenu');
    expect(area.value).to.contain('Horaires');
  });

  it('embed: « Adresse (URL) » says the provider it recognises', async () => {
    const el = await editor(stub('embed'));
    const field = one(el, 'tuiles-admin-embed-url-field');
    expect(clean(field.shadowRoot!.querySelector('#status')!.textContent)).to.equal('Digipad reconnu');
    const input = field.shadowRoot!.querySelector<HTMLInputElement>('input')!;
    input.focus();
    input.select();
    const changed = oneEvent(el, 'tile-change');
    await sendKeys({ type: 'http://x.example/' });
    await changed;
    await until(() => clean(field.shadowRoot!.querySelector('#status')!.textContent).startsWith('Refusée'), 'refusal');
  });

  it('top: image, linked article and « Afficher la tuile »', async () => {
    const el = await editor(stub('top'));
    expect(one(el, 'tuiles-admin-media-picker').getAttribute('usage')).to.equal(null);
    expect((one(el, 'tuiles-admin-media-picker') as HTMLElement & { usage: string }).usage).to.equal('top');
    const picker = one(el, 'tuiles-admin-article-picker');
    await until(() => picker.shadowRoot!.querySelectorAll('ul[aria-label=Résultats] li').length === 3, 'articles');
    const changed = oneEvent(el, 'tile-change');
    picker.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-label="Choisir « Portes ouvertes du collège »"]')!.click();
    expect(((await changed).detail as TileChangeDetail).tile.config).to.deep.equal({ image: null, article: 'portes-ouvertes', enabled: true });
  });

  it('portal: a link list to add to, fill, reorder and trim, with profiles', async () => {
    const el = await editor(stub('portal'), 'personal-home');
    expect(all(el, 'fieldset fieldset legend').map((l) => clean(l.textContent))).to.include.members(['Lien 1 (EduConnect)', 'Lien 2 (Onisep)']);
    expect(one<HTMLInputElement>(el, '#f-links-0-profiles-eleve').checked).to.equal(true);

    let changed = oneEvent(el, 'tile-change');
    one(el, '#f-links-add').click();
    let tile = ((await changed).detail as TileChangeDetail).tile;
    expect((tile.config as { links: unknown[] }).links).to.have.length(3);
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.id).to.equal('f-links-2-label');
    // A new link needs its label and address.
    expect(text(el, '#f-links-2-label-error')).to.equal('champ requis');

    await edit(el, '#f-links-2-label', 'Pix');
    ({ tile } = await edit(el, '#f-links-2-url', 'https://app.pix.fr/'));
    expect((tile.config as { links: unknown[] }).links[2]).to.deep.equal({ label: 'Pix', url: 'https://app.pix.fr/' });

    changed = oneEvent(el, 'tile-change');
    one(el, '#f-links-2-up').click();
    tile = ((await changed).detail as TileChangeDetail).tile;
    expect((tile.config as { links: { label: string }[] }).links.map((l) => l.label)).to.deep.equal(['EduConnect', 'Pix', 'Onisep']);
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.id).to.equal('f-links-1-up');
    await until(() => text(el, '#live').includes('déplacé en position 2 sur 3'), 'move announced');

    changed = oneEvent(el, 'tile-change');
    one<HTMLInputElement>(el, '#f-links-1-profiles-enseignant').click();
    tile = ((await changed).detail as TileChangeDetail).tile;
    expect((tile.config as { links: { profiles?: string[] }[] }).links[1].profiles).to.deep.equal(['enseignant']);

    changed = oneEvent(el, 'tile-change');
    one(el, 'button[aria-label="Retirer Lien 1 (EduConnect)"]').click();
    tile = ((await changed).detail as TileChangeDetail).tile;
    expect((tile.config as { links: { label: string }[] }).links.map((l) => l.label)).to.deep.equal(['Pix', 'Onisep']);
  });

  it('on the personal page, makes a tile optional', async () => {
    const el = await editor(stub('annonces'), 'personal-home');
    const changed = oneEvent(el, 'tile-change');
    one<HTMLInputElement>(el, '#optional').click();
    expect(((await changed).detail as TileChangeDetail).tile).to.deep.equal({ ...stub('annonces'), optional: true });
  });

  it('passes its theme on to the pickers', async () => {
    const el = await fixture<TileEditor>(html`<tuiles-admin-tile-editor theme="dark" site="college-test" kind="public-home" .tile=${stub('news')}></tuiles-admin-tile-editor>`);
    expect(one(el, 'tuiles-admin-rubrique-picker').getAttribute('theme')).to.equal('dark');
    await until(() => one(el, 'tuiles-admin-rubrique-picker').shadowRoot!.querySelectorAll('li').length === 3, 'rubriques');
    await expect(el).to.be.accessible();
  });

  for (const scheme of ['light', 'dark'] as const) {
    for (const type of ['news', 'portal', 'top', 'selection'] as const) {
      it(`passes axe for ${type}, with a fault shown, in the ${scheme} theme`, async () => {
        await emulateMedia({ colorScheme: scheme });
        const el = await editor(stub(type), kindOf(type), { 'config.title': 'titre trop long' });
        await until(() => all(el, '*').every((c) => !c.shadowRoot || !c.shadowRoot.querySelector('[aria-busy=true], [role=status].empty')), 'pickers loaded');
        await expect(el).to.be.accessible();
        await emulateMedia({ colorScheme: 'light' });
      });
    }
  }
});
