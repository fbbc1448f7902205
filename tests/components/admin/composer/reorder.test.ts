import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { restoreFetch, until } from '../../fixtures.ts';
import { FakeServer, button, card, cardNames, cards, clearDrafts, composer, live, status } from './server.ts';

const handle = (el: Element, name: string) => card(el, name).querySelector<HTMLButtonElement>('.handle')!;
const focused = (el: Element) => el.shadowRoot!.activeElement;

describe('<tuiles-admin-composer> reordering', () => {
  afterEach(() => {
    restoreFetch();
    clearDrafts();
  });

  it('moves a card from the keyboard on its « Déplacer » handle, announcing each place and keeping the focus', async () => {
    const server = new FakeServer().install();
    const el = await composer(server);
    handle(el, 'Actualités').focus();
    await sendKeys({ press: 'Space' });
    await until(() => live(el).startsWith('Tuile Actualités saisie, position 2 sur 4'), 'the pick-up announcement');
    expect(card(el, 'Actualités').classList.contains('held')).to.equal(true);

    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(cardNames(el)).to.deep.equal(['Tuile haute', 'Agenda', 'Actualités', 'Liens utiles']);
    await until(() => live(el) === 'Tuile Actualités déplacée en position 3 sur 4', 'the move announcement');
    expect(focused(el)).to.equal(handle(el, 'Actualités'));

    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(cardNames(el)).to.deep.equal(['Tuile haute', 'Agenda', 'Liens utiles', 'Actualités']);
    await until(() => live(el) === 'Tuile Actualités déplacée en position 4 sur 4', 'the second announcement');
    expect(focused(el)).to.equal(handle(el, 'Actualités'));

    await sendKeys({ press: 'Enter' });
    await until(() => live(el) === 'Tuile Actualités déposée en position 4 sur 4', 'the drop announcement');
    expect(card(el, 'Actualités').classList.contains('held')).to.equal(false);
    // Arrows do nothing once the card is dropped.
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(cardNames(el)).to.deep.equal(['Tuile haute', 'Agenda', 'Liens utiles', 'Actualités']);
    expect(status(el)).to.equal('Modifications non publiées');
  });

  it('puts the card back where it was on Escape', async () => {
    const server = new FakeServer().install();
    const el = await composer(server);
    handle(el, 'Liens utiles').focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(cardNames(el)).to.deep.equal(['Tuile haute', 'Liens utiles', 'Actualités', 'Agenda']);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(cardNames(el)).to.deep.equal(['Tuile haute', 'Actualités', 'Agenda', 'Liens utiles']);
    await until(() => live(el) === 'Déplacement annulé : tuile Liens utiles remise en position 4 sur 4', 'the cancel announcement');
    expect(focused(el)).to.equal(handle(el, 'Liens utiles'));
    expect(status(el)).to.equal('Publié');
  });

  it('moves with « Monter » and « Descendre », the focus staying on the button pressed', async () => {
    const server = new FakeServer().install();
    const el = await composer(server);
    button(card(el, 'Agenda'), 'Monter').click();
    await el.updateComplete;
    expect(cardNames(el)).to.deep.equal(['Tuile haute', 'Agenda', 'Actualités', 'Liens utiles']);
    expect(focused(el)).to.equal(button(card(el, 'Agenda'), 'Monter'));
    await until(() => live(el) === 'Tuile Agenda déplacée en position 2 sur 4', 'the announcement');

    button(card(el, 'Tuile haute'), 'Descendre').click();
    await el.updateComplete;
    expect(cardNames(el)).to.deep.equal(['Agenda', 'Tuile haute', 'Actualités', 'Liens utiles']);
    expect(focused(el)).to.equal(button(card(el, 'Tuile haute'), 'Descendre'));

    // At the first place « Monter » says it can do nothing, and does nothing.
    const first = button(card(el, 'Agenda'), 'Monter');
    expect(first.getAttribute('aria-disabled')).to.equal('true');
    first.click();
    await el.updateComplete;
    expect(cardNames(el)[0]).to.equal('Agenda');
  });

  it('moves a card by dragging its handle onto another card', async () => {
    const server = new FakeServer().install();
    const el = await composer(server);
    const data = new DataTransfer();
    const drag = (type: string, target: Element) =>
      target.dispatchEvent(new DragEvent(type, { bubbles: true, composed: true, cancelable: true, dataTransfer: data }));
    drag('dragstart', handle(el, 'Liens utiles'));
    expect(data.getData('text/plain')).to.equal('infos');
    const target = card(el, 'Actualités');
    const accepted = !drag('dragover', target);
    expect(accepted, 'dragover is accepted (default prevented)').to.equal(true);
    await el.updateComplete;
    expect(target.classList.contains('drop-target')).to.equal(true);
    drag('drop', target);
    drag('dragend', handle(el, 'Liens utiles'));
    await el.updateComplete;
    expect(cardNames(el)).to.deep.equal(['Tuile haute', 'Liens utiles', 'Actualités', 'Agenda']);
    await until(() => live(el) === 'Tuile Liens utiles déplacée en position 2 sur 4', 'the announcement');
    expect(cards(el).some((c) => c.classList.contains('drop-target'))).to.equal(false);
  });

  it('ignores a drop that did not start from one of its cards', async () => {
    const server = new FakeServer().install();
    const el = await composer(server);
    const target = card(el, 'Actualités');
    const accepted = !target.dispatchEvent(new DragEvent('dragover', { bubbles: true, composed: true, cancelable: true, dataTransfer: new DataTransfer() }));
    expect(accepted).to.equal(false);
    target.dispatchEvent(new DragEvent('drop', { bubbles: true, composed: true, cancelable: true, dataTransfer: new DataTransfer() }));
    await el.updateComplete;
    expect(cardNames(el)).to.deep.equal(['Tuile haute', 'Actualités', 'Agenda', 'Liens utiles']);
  });
});
