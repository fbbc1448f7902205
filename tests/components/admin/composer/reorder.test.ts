import { expect } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { restoreFetch, until } from '../../fixtures.ts';
import { FakeServer, button, card, cardNames, cards, clearDrafts, composer, live, status } from './server.ts';

const handle = (el: Element, name: string) => card(el, name).querySelector<HTMLButtonElement>('.handle')!;
const focused = (el: Element) => el.shadowRoot!.activeElement;

describe('<tuiles-admin-composer> reordering', () => {
  afterEach(async () => {
    restoreFetch();
    clearDrafts();
    await resetMouse();
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
    // The re-ordered cards do not count as the focus leaving: the card is still held.
    expect(card(el, 'Actualités').classList.contains('held')).to.equal(true);

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

  it('drops a held card where it is when the focus leaves its handle (a click elsewhere), and says so', async () => {
    const server = new FakeServer().install();
    const el = await composer(server);
    handle(el, 'Actualités').focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'ArrowDown' });
    await until(() => live(el) === 'Tuile Actualités déplacée en position 3 sur 4', 'the move');
    const heading = el.shadowRoot!.querySelector('h2')!.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(heading.left + 5), Math.round(heading.top + heading.height / 2)] });
    await until(() => live(el) === 'Tuile Actualités déposée en position 3 sur 4', 'the drop announcement');
    expect(card(el, 'Actualités').classList.contains('held')).to.equal(false);
    expect(cardNames(el)).to.deep.equal(['Tuile haute', 'Agenda', 'Actualités', 'Liens utiles']);
    // Back on the handle, the arrows no longer move it until it is picked up again.
    handle(el, 'Actualités').focus();
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(cardNames(el)).to.deep.equal(['Tuile haute', 'Agenda', 'Actualités', 'Liens utiles']);
  });
});
