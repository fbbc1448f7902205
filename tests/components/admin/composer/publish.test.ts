import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { restoreFetch, until } from '../../fixtures.ts';
import type { TileEditor } from '../../../../components/admin/editors/tile-editor.ts';
import { FakeServer, SITE, button, card, cardNames, clearDrafts, composer, sourceTiles, status } from './server.ts';

const key = `tuiles-composer:${SITE}:public-home`;

describe('<tuiles-admin-composer> publishing, conflicts, history, drafts', () => {
  afterEach(() => {
    restoreFetch();
    clearDrafts();
  });

  it('publishes the draft with the version it started from, then says « Publié »', async () => {
    const server = new FakeServer({ version: 3 }).install();
    const el = await composer(server);
    button(card(el, 'Agenda'), 'Supprimer').click();
    await el.updateComplete;
    expect(status(el)).to.equal('Modifications non publiées');
    button(el.shadowRoot!, 'Publier').click();
    await el.updateComplete;
    expect(status(el)).to.equal('Publication…');
    expect(button(el.shadowRoot!, 'Publier').getAttribute('aria-disabled')).to.equal('true');
    await until(() => status(el) === 'Publié', 'the publish');
    const [sent] = server.sent('PUT', '/pages/public-home');
    expect(sent).to.deep.equal({ version: 3, tiles: [sourceTiles[0], sourceTiles[1], sourceTiles[3]] });
    expect(el.base).to.equal(4);
    expect(localStorage.getItem(key)).to.equal(null);
  });

  it('on a conflict, says who published when, and « Recharger » drops the draft for the server’s page', async () => {
    const server = new FakeServer({ version: 3 }).install();
    const el = await composer(server);
    button(card(el, 'Agenda'), 'Supprimer').click();
    server.publishElsewhere([sourceTiles[1]]);
    button(el.shadowRoot!, 'Publier').click();
    await until(() => el.shadowRoot!.querySelector('dialog[open]') !== null, 'the conflict dialog');
    const dialog = el.shadowRoot!.querySelector('dialog')!;
    expect(dialog.querySelector('h2')!.textContent).to.equal('Quelqu’un a publié entre-temps');
    expect(dialog.textContent).to.contain('La version 4 a été publiée par M. Lacombe le 23 novembre 2026 à 09:15.');
    expect(dialog.textContent).to.contain('Vos modifications partent de la version 3.');
    button(dialog, 'Recharger').click();
    await until(() => el.loadState === 'ready' && cardNames(el).length === 1, 'the reload');
    expect(cardNames(el)).to.deep.equal(['Actualités']);
    expect(el.base).to.equal(4);
    expect(status(el)).to.equal('Publié');
    expect(el.shadowRoot!.querySelector('dialog')).to.equal(null);
    expect(localStorage.getItem(key)).to.equal(null);
  });

  it('on a conflict, « Publier quand même » publishes the draft over the current version', async () => {
    const server = new FakeServer({ version: 3 }).install();
    const el = await composer(server);
    button(card(el, 'Agenda'), 'Supprimer').click();
    server.publishElsewhere([sourceTiles[1]]);
    button(el.shadowRoot!, 'Publier').click();
    await until(() => el.shadowRoot!.querySelector('dialog[open]') !== null, 'the conflict dialog');
    button(el.shadowRoot!.querySelector('dialog')!, 'Publier quand même').click();
    await until(() => status(el) === 'Publié', 'the second publish');
    const puts = server.sent('PUT', '/pages/public-home');
    expect(puts.map((p) => p.version)).to.deep.equal([3, 4]);
    expect(puts[1].tiles.map((t: { id: string }) => t.id)).to.deep.equal(['top', 'news', 'infos']);
    expect(server.version).to.equal(5);
    expect(el.shadowRoot!.querySelector('dialog')).to.equal(null);
  });

  it('shows the server’s field errors on the card of the tile at fault and in its editor', async () => {
    const server = new FakeServer({ refuse: { 'tiles[2].config.max': 'Nombre trop grand', 'tiles[2].config.rubriques[0]': 'rubrique inconnue « cdi »' } }).install();
    const el = await composer(server);
    button(el.shadowRoot!, 'Publier').click();
    await until(() => el.shadowRoot!.querySelector('.page-errors') !== null, 'the failure');
    expect(el.shadowRoot!.querySelector('.page-errors')!.textContent).to.contain('certaines tuiles sont invalides');
    const agenda = card(el, 'Agenda');
    expect(agenda.classList.contains('has-errors')).to.equal(true);
    expect(agenda.querySelector('.faults')!.textContent).to.contain('max : Nombre trop grand');
    expect(card(el, 'Actualités').classList.contains('has-errors')).to.equal(false);
    button(agenda, 'Modifier').click();
    await el.updateComplete;
    const editor = agenda.querySelector<TileEditor>('tuiles-admin-tile-editor')!;
    expect(editor.errors).to.deep.equal({ 'config.max': 'Nombre trop grand', 'config.rubriques.0': 'rubrique inconnue « cdi »' });
  });

  it('lists the versions in « Historique » and restores one, asking first when the draft has changes', async () => {
    const server = new FakeServer({ version: 3 }).install();
    const el = await composer(server);
    const history = button(el.shadowRoot!, 'Historique');
    history.click();
    await until(() => el.shadowRoot!.querySelectorAll('.versions li').length === 3, 'the versions');
    expect(history.getAttribute('aria-expanded')).to.equal('true');
    const items = [...el.shadowRoot!.querySelectorAll('.versions li')];
    expect(items[0].textContent!.replace(/\s+/g, ' ')).to.contain('Version 3 · Mme Vidal · 20 novembre 2026 à 14:30 (en ligne)');
    expect(items[0].querySelector('button')).to.equal(null);

    button(card(el, 'Agenda'), 'Supprimer').click();
    await el.updateComplete;
    const asked: string[] = [];
    el.confirmAction = (message) => (asked.push(message), false);
    button(items[2], 'Restaurer').click();
    expect(asked).to.deep.equal(['Restaurer la version 1 abandonnera vos modifications non publiées. Continuer ?']);
    expect(server.sent('POST', '/restore')).to.have.length(0);

    el.confirmAction = () => true;
    button(items[2], 'Restaurer').click();
    await until(() => server.sent('POST', '/versions/1/restore').length === 1, 'the restore call');
    await until(() => el.loadState === 'ready' && el.base === 4, 'the reload');
    expect(cardNames(el)).to.deep.equal(['Tuile haute', 'Actualités']);
    expect(status(el)).to.equal('Publié');
    await until(() => el.shadowRoot!.querySelectorAll('.versions li').length === 4, 'the new version listed');
  });

  it('keeps unpublished changes in localStorage and restores them after a reload, with a way to discard them', async () => {
    const server = new FakeServer({ version: 3 }).install();
    let el = await composer(server);
    button(card(el, 'Agenda'), 'Supprimer').click();
    await el.updateComplete;
    const stored = JSON.parse(localStorage.getItem(key)!);
    expect(stored.base).to.equal(3);
    expect(stored.tiles.map((t: { id: string }) => t.id)).to.deep.equal(['top', 'news', 'infos']);
    el.remove();

    el = await composer(server);
    expect(cardNames(el)).to.deep.equal(['Tuile haute', 'Actualités', 'Liens utiles']);
    const notice = el.shadowRoot!.querySelector('.restored')!;
    expect(notice.textContent).to.contain('Brouillon non publié restauré');
    expect(status(el)).to.equal('Modifications non publiées');
    button(notice, 'Abandonner le brouillon').click();
    await until(() => el.loadState === 'ready' && cardNames(el).length === 4, 'the published page');
    expect(el.shadowRoot!.querySelector('.restored')).to.equal(null);
    expect(localStorage.getItem(key)).to.equal(null);
  });

  it('asks before leaving only when something is unpublished', async () => {
    const server = new FakeServer().install();
    const el = await composer(server);
    const leave = () => {
      const event = new Event('beforeunload', { cancelable: true }) as BeforeUnloadEvent;
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(leave()).to.equal(false);
    button(card(el, 'Agenda'), 'Supprimer').click();
    expect(leave()).to.equal(true);
    el.remove();
    expect(leave()).to.equal(false);
  });

  it('says « Jamais publiée » for a page never published, and publishes its tiles as version 1', async () => {
    const server = new FakeServer({ version: 0 }).install();
    const el = await composer(server);
    expect(status(el)).to.equal('Jamais publiée');
    const publish = button(el.shadowRoot!, 'Publier');
    expect(publish.disabled).to.equal(false);
    expect(publish.getAttribute('aria-disabled')).to.equal('false');
    publish.click();
    await until(() => status(el) === 'Publié', 'the first publish');
    expect(server.sent('PUT', '/pages/public-home')[0].version).to.equal(0);
    expect(el.base).to.equal(1);
  });

  it('says « Jamais publiée » for an empty page never published, until a tile is added', async () => {
    const server = new FakeServer({ version: 0, tiles: [] }).install();
    const el = await composer(server);
    expect(status(el)).to.equal('Jamais publiée');
    button(el.shadowRoot!, 'Ajouter une tuile').click();
    await el.updateComplete;
    button(el.shadowRoot!.querySelector('#catalogue')!, 'Actualités').click();
    await el.updateComplete;
    expect(status(el)).to.equal('Modifications non publiées');
    expect(button(el.shadowRoot!, 'Publier').getAttribute('aria-disabled')).to.equal('false');
  });

  it('keeps the focus on « Publier » and the open editor open through a publish', async () => {
    const server = new FakeServer().install();
    const el = await composer(server);
    button(card(el, 'Agenda'), 'Modifier').click();
    button(card(el, 'Liens utiles'), 'Supprimer').click();
    await el.updateComplete;
    const publish = button(el.shadowRoot!, 'Publier');
    publish.focus();
    let blurred = false;
    publish.addEventListener('blur', () => (blurred = true));
    await sendKeys({ press: 'Enter' });
    await until(() => status(el) === 'Publié', 'the publish');
    expect(blurred, 'the button never lost the focus while busy').to.equal(false);
    expect(el.shadowRoot!.activeElement).to.equal(publish);
    expect(publish.getAttribute('aria-disabled')).to.equal('false');
    expect(card(el, 'Agenda').querySelector('tuiles-admin-tile-editor')).not.to.equal(null);
    expect(button(card(el, 'Agenda'), 'Modifier').getAttribute('aria-expanded')).to.equal('true');
  });

  it('after « Recharger », opens the same tile’s editor again and puts the focus on its card, not on <body>', async () => {
    const server = new FakeServer({ version: 3 }).install();
    const el = await composer(server);
    button(card(el, 'Agenda'), 'Modifier').click();
    button(card(el, 'Liens utiles'), 'Supprimer').click();
    server.publishElsewhere([sourceTiles[1], sourceTiles[2]]);
    button(el.shadowRoot!, 'Publier').click();
    await until(() => el.shadowRoot!.querySelector('dialog[open]') !== null, 'the conflict dialog');
    button(el.shadowRoot!.querySelector('dialog')!, 'Recharger').click();
    await until(() => el.loadState === 'ready' && cardNames(el).length === 2, 'the reload');
    await el.updateComplete;
    expect(card(el, 'Agenda').querySelector('tuiles-admin-tile-editor')).not.to.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal(card(el, 'Agenda'));
    expect(document.activeElement).to.equal(el);
  });

  it('after « Recharger » with no editor open, puts the focus on the first card; « Annuler » goes back to « Publier »', async () => {
    const server = new FakeServer({ version: 3 }).install();
    const el = await composer(server);
    button(card(el, 'Liens utiles'), 'Supprimer').click();
    server.publishElsewhere([sourceTiles[1], sourceTiles[2]]);
    button(el.shadowRoot!, 'Publier').click();
    await until(() => el.shadowRoot!.querySelector('dialog[open]') !== null, 'the conflict dialog');
    button(el.shadowRoot!.querySelector('dialog')!, 'Annuler').click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('dialog')).to.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal(button(el.shadowRoot!, 'Publier'));

    button(el.shadowRoot!, 'Publier').click();
    await until(() => el.shadowRoot!.querySelector('dialog[open]') !== null, 'the dialog again');
    button(el.shadowRoot!.querySelector('dialog')!, 'Recharger').click();
    await until(() => el.loadState === 'ready' && cardNames(el).length === 2, 'the reload');
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(card(el, 'Actualités'));
    expect(el.shadowRoot!.querySelector('tuiles-admin-tile-editor')).to.equal(null);
  });

  it('after a restore or a discarded draft, the focus lands on the first card, not on <body>', async () => {
    const server = new FakeServer({ version: 3 }).install();
    const el = await composer(server);
    button(el.shadowRoot!, 'Historique').click();
    await until(() => el.shadowRoot!.querySelectorAll('.versions li').length === 3, 'the versions');
    const restore = button(el.shadowRoot!.querySelectorAll('.versions li')[2], 'Restaurer');
    restore.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => el.loadState === 'ready' && el.base === 4, 'the restore');
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(card(el, 'Tuile haute'));

    button(card(el, 'Actualités'), 'Supprimer').click();
    el.remove();
    const again = await composer(server);
    const discard = button(again.shadowRoot!.querySelector('.restored')!, 'Abandonner le brouillon');
    discard.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => again.loadState === 'ready' && again.shadowRoot!.querySelector('.restored') === null, 'the published page');
    await again.updateComplete;
    expect(again.shadowRoot!.activeElement).to.equal(card(again, 'Tuile haute'));
  });
});
