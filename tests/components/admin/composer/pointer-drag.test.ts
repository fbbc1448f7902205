/**
 * Dragging a card by its « Déplacer » handle with pointer events, as a tablet sends them
 * (pointerType 'touch', dispatched: the test runner has no touch input) and as a real
 * mouse does (sendMouse: Chromium's own input, pointer capture included).
 */
import { expect } from '@open-wc/testing';
import { resetMouse, sendMouse, setViewport } from '@web/test-runner-commands';
import type { TuilesAdminComposer } from '../../../../components/admin/composer/composer.ts';
import { edgeScroll, indexForSlot, slotAt } from '../../../../components/admin/composer/pointer-drag.ts';
import { restoreFetch, until } from '../../fixtures.ts';
import { FakeServer, card, cardNames, cards, clearDrafts, composer, live, status } from './server.ts';

const handle = (el: Element, name: string) => card(el, name).querySelector<HTMLButtonElement>('.handle')!;
const focused = (el: Element) => el.shadowRoot!.activeElement;

interface At {
  x: number;
  y: number;
}
const centre = (e: Element): At => {
  const r = e.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
};
/** A point in the upper quarter of an element (a drop before it). */
const upper = (e: Element): At => {
  const r = e.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 4 };
};

function pointer(type: string, target: Element, at: At, pointerType = 'touch'): boolean {
  const pressed = type === 'pointerdown' || type === 'pointermove';
  return target.dispatchEvent(
    new PointerEvent(type, {
      pointerId: 7,
      pointerType,
      isPrimary: true,
      button: type === 'pointermove' ? -1 : 0,
      buttons: pressed ? 1 : 0,
      clientX: at.x,
      clientY: at.y,
      bubbles: true,
      composed: true,
      cancelable: true,
    }),
  );
}

/** The composer with its page scroll recorded rather than done (the points stay where they were measured). */
async function still(server: FakeServer): Promise<{ el: TuilesAdminComposer; scrolled: number[] }> {
  const el = await composer(server);
  const scrolled: number[] = [];
  el.scrollPage = (dy) => scrolled.push(dy);
  return { el, scrolled };
}

describe('<tuiles-admin-composer> dragging with a finger, a pen or a mouse', () => {
  afterEach(async () => {
    restoreFetch();
    clearDrafts();
    await resetMouse();
    await setViewport({ width: 800, height: 600 });
    window.scrollTo(0, 0);
  });

  it('takes touches on the handle only: the rest of the card still scrolls the page', async () => {
    const { el } = await still(new FakeServer().install());
    expect(getComputedStyle(handle(el, 'Agenda')).touchAction).to.equal('none');
    expect(getComputedStyle(card(el, 'Agenda')).touchAction).to.equal('auto');
    expect(handle(el, 'Agenda').hasAttribute('draggable')).to.equal(false);
  });

  it('moves a card with a finger: lifted, over a new place, dropped there, each step announced', async () => {
    const { el } = await still(new FakeServer().install());
    const grip = handle(el, 'Liens utiles');
    const start = centre(grip);
    pointer('pointerdown', grip, start);
    pointer('pointermove', grip, { x: start.x, y: start.y - 12 });
    await until(() => live(el) === 'Tuile Liens utiles saisie, position 4 sur 4. Relâchez pour la déposer, Échap pour annuler.', 'the lift');
    expect(card(el, 'Liens utiles').classList.contains('dragging')).to.equal(true);
    expect(card(el, 'Liens utiles').style.translate).to.match(/px/);

    const target = card(el, 'Actualités');
    pointer('pointermove', grip, upper(target));
    await until(() => live(el) === 'Tuile Liens utiles : position 2 sur 4 si vous la déposez ici', 'the new place');
    await el.updateComplete;
    expect(target.classList.contains('drop-before')).to.equal(true);
    expect(cardNames(el), 'nothing moves before the drop').to.deep.equal(['Tuile haute', 'Actualités', 'Agenda', 'Liens utiles']);

    pointer('pointerup', grip, upper(target));
    await el.updateComplete;
    expect(cardNames(el)).to.deep.equal(['Tuile haute', 'Liens utiles', 'Actualités', 'Agenda']);
    await until(() => live(el) === 'Tuile Liens utiles déposée en position 2 sur 4', 'the drop');
    expect(cards(el).some((c) => c.classList.contains('dragging') || c.classList.contains('drop-before') || c.classList.contains('drop-after'))).to.equal(false);
    expect(card(el, 'Liens utiles').style.translate).to.equal('');
    expect(focused(el)).to.equal(handle(el, 'Liens utiles'));
    expect(status(el)).to.equal('Modifications non publiées');
  });

  it('drops after the last card from the lower half of it', async () => {
    const { el } = await still(new FakeServer().install());
    const grip = handle(el, 'Actualités');
    pointer('pointerdown', grip, centre(grip), 'pen');
    const last = card(el, 'Liens utiles').getBoundingClientRect();
    const below = { x: last.left + last.width / 2, y: last.bottom - 4 };
    pointer('pointermove', grip, below, 'pen');
    await el.updateComplete;
    expect(card(el, 'Liens utiles').classList.contains('drop-after')).to.equal(true);
    pointer('pointerup', grip, below, 'pen');
    await el.updateComplete;
    expect(cardNames(el)).to.deep.equal(['Tuile haute', 'Agenda', 'Liens utiles', 'Actualités']);
    await until(() => live(el) === 'Tuile Actualités déposée en position 4 sur 4', 'the drop');
  });

  it('puts the card back on pointercancel (the browser took the gesture) and on Escape', async () => {
    const { el } = await still(new FakeServer().install());
    let grip = handle(el, 'Agenda');
    pointer('pointerdown', grip, centre(grip));
    pointer('pointermove', grip, upper(card(el, 'Tuile haute')));
    await el.updateComplete;
    expect(card(el, 'Tuile haute').classList.contains('drop-before')).to.equal(true);
    pointer('pointercancel', grip, upper(card(el, 'Tuile haute')));
    await el.updateComplete;
    expect(cardNames(el)).to.deep.equal(['Tuile haute', 'Actualités', 'Agenda', 'Liens utiles']);
    await until(() => live(el) === 'Déplacement annulé : tuile Agenda remise en position 3 sur 4', 'the cancel');
    expect(card(el, 'Tuile haute').classList.contains('drop-before')).to.equal(false);
    expect(card(el, 'Agenda').style.translate).to.equal('');
    // A pointerup after the cancel drops nothing.
    pointer('pointerup', grip, upper(card(el, 'Tuile haute')));
    await el.updateComplete;
    expect(cardNames(el)).to.deep.equal(['Tuile haute', 'Actualités', 'Agenda', 'Liens utiles']);

    grip = handle(el, 'Agenda');
    pointer('pointerdown', grip, centre(grip), 'mouse');
    pointer('pointermove', grip, upper(card(el, 'Actualités')), 'mouse');
    await until(() => live(el) === 'Tuile Agenda : position 2 sur 4 si vous la déposez ici', 'the new place');
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
    await until(() => live(el) === 'Déplacement annulé : tuile Agenda remise en position 3 sur 4', 'the Escape');
    pointer('pointerup', grip, upper(card(el, 'Actualités')), 'mouse');
    await el.updateComplete;
    expect(cardNames(el)).to.deep.equal(['Tuile haute', 'Actualités', 'Agenda', 'Liens utiles']);
    expect(status(el)).to.equal('Publié');
  });

  it('leaves a tap on the handle alone (no drag below a few pixels)', async () => {
    const { el } = await still(new FakeServer().install());
    const grip = handle(el, 'Agenda');
    const at = centre(grip);
    pointer('pointerdown', grip, at);
    pointer('pointermove', grip, { x: at.x + 2, y: at.y + 2 });
    pointer('pointerup', grip, { x: at.x + 2, y: at.y + 2 });
    await el.updateComplete;
    expect(live(el)).to.equal('');
    expect(card(el, 'Agenda').classList.contains('dragging')).to.equal(false);
    expect(cardNames(el)).to.deep.equal(['Tuile haute', 'Actualités', 'Agenda', 'Liens utiles']);
  });

  it('moves a card with a real mouse (Chromium’s input, the pointer captured by the handle)', async () => {
    // Every card in the window: a real mouse only reaches what is shown.
    await setViewport({ width: 800, height: 1000 });
    const { el } = await still(new FakeServer().install());
    const captured: string[] = [];
    el.shadowRoot!.addEventListener('gotpointercapture', (e) => captured.push((e as PointerEvent).pointerType), true);
    const from = centre(handle(el, 'Liens utiles'));
    const to = upper(card(el, 'Agenda'));
    await sendMouse({ type: 'move', position: [Math.round(from.x), Math.round(from.y)] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [Math.round(to.x), Math.round(to.y)] });
    await until(() => card(el, 'Agenda').classList.contains('drop-before'), 'the drop line');
    expect(captured).to.deep.equal(['mouse']);
    await sendMouse({ type: 'up' });
    await until(() => cardNames(el)[2] === 'Liens utiles', 'the drop');
    expect(cardNames(el)).to.deep.equal(['Tuile haute', 'Actualités', 'Liens utiles', 'Agenda']);
    await until(() => live(el) === 'Tuile Liens utiles déposée en position 3 sur 4', 'the announcement');
  });

  it('scrolls the page while the card is held near the bottom of the window, even with the pointer still', async () => {
    const el = await composer(new FakeServer().install());
    const spacer = document.createElement('div');
    spacer.style.height = '3000px';
    document.body.append(spacer);
    try {
      window.scrollTo(0, 0);
      const grip = handle(el, 'Actualités');
      pointer('pointerdown', grip, centre(grip));
      pointer('pointermove', grip, { x: centre(grip).x, y: window.innerHeight - 2 });
      await until(() => window.scrollY > 60, 'the page scrolling');
      const at = window.scrollY;
      await until(() => window.scrollY > at + 30, 'the page going on scrolling');
      pointer('pointerup', grip, { x: centre(grip).x, y: window.innerHeight - 2 });
      const stopped = window.scrollY;
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      expect(window.scrollY).to.equal(stopped);
    } finally {
      spacer.remove();
    }
  });

  it('finds the gap under the pointer among cards in columns', () => {
    // Two columns: 0 and 1 on the left, 2 and 3 on the right.
    const rects = [new DOMRect(0, 0, 100, 50), new DOMRect(0, 60, 100, 50), new DOMRect(120, 0, 100, 50), new DOMRect(120, 60, 100, 50)];
    expect(slotAt({ x: 150, y: 10 }, rects, 0)).to.equal(2);
    expect(slotAt({ x: 150, y: 40 }, rects, 0)).to.equal(3);
    expect(slotAt({ x: 150, y: 200 }, rects, 0), 'below everything: after the nearest').to.equal(4);
    expect(slotAt({ x: 50, y: 10 }, rects, 0), 'over itself: the nearest other card').to.equal(1);
    expect(indexForSlot(4, 0)).to.equal(3);
    expect(indexForSlot(1, 3)).to.equal(1);
    expect(edgeScroll(300, 600)).to.equal(0);
    expect(edgeScroll(599, 600)).to.be.greaterThan(0);
    expect(edgeScroll(1, 600)).to.be.lessThan(0);
  });
});
