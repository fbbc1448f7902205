/** The composer through axe (WCAG 2.1 AA, contrast included) in both themes, with its warnings, errors and dialog. */
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { restoreFetch, until } from '../../fixtures.ts';
import { FakeServer, button, card, clearDrafts, composer, sourceTiles } from './server.ts';

const settle = async (el: Element) => {
  const all = (root: ParentNode): Element[] => [...root.querySelectorAll('*')].flatMap((c) => [c, ...(c.shadowRoot ? all(c.shadowRoot) : [])]);
  await Promise.all(all(el.shadowRoot!).map((c) => (c as Partial<{ updateComplete: Promise<unknown> }>).updateComplete));
};

async function busyComposer(theme: string) {
  const stale = [{ kind: 'rubrique-silent' as const, rubrique: 'vie-scolaire', days: 75, lastActivity: '2026-09-09T10:00:00Z', message: 'La rubrique Vie scolaire n’a rien publié depuis 75 jours' }];
  const tiles = [...sourceTiles, { id: 'meteo', type: 'meteo', config: {} }];
  const server = new FakeServer({ stale, tiles }).install();
  const el = await composer(server, '', theme);
  button(el.shadowRoot!, 'Ajouter une tuile').click();
  button(card(el, 'Agenda'), 'Modifier').click();
  button(el.shadowRoot!, 'Historique').click();
  await until(() => el.shadowRoot!.querySelectorAll('.versions li').length > 0, 'the history');
  await settle(el);
  return el;
}

describe('<tuiles-admin-composer> accessibility', () => {
  afterEach(() => {
    restoreFetch();
    clearDrafts();
  });

  for (const theme of ['light', 'dark']) {
    it(`passes axe with cards, warnings, an error card, the catalogue, an editor and the history (${theme} theme)`, async () => {
      const el = await busyComposer(theme);
      await expect(el).to.be.accessible();
    });

    it(`passes axe while a card is dragged with a finger, its drop line shown (${theme} theme)`, async () => {
      const el = await composer(new FakeServer().install(), '', theme);
      el.scrollPage = () => {};
      const grip = card(el, 'Liens utiles').querySelector('.handle')!;
      const target = card(el, 'Actualités').getBoundingClientRect();
      const at = (x: number, y: number) => ({ pointerId: 3, pointerType: 'touch', isPrimary: true, clientX: x, clientY: y, bubbles: true, composed: true });
      const start = grip.getBoundingClientRect();
      grip.dispatchEvent(new PointerEvent('pointerdown', at(start.x + 5, start.y + 5)));
      grip.dispatchEvent(new PointerEvent('pointermove', at(target.x + 20, target.y + 5)));
      await el.updateComplete;
      expect(card(el, 'Actualités').classList.contains('drop-before')).to.equal(true);
      expect(card(el, 'Liens utiles').classList.contains('dragging')).to.equal(true);
      await expect(el).to.be.accessible();
      grip.dispatchEvent(new PointerEvent('pointercancel', at(target.x + 20, target.y + 5)));
    });

    it(`passes axe with the conflict dialog open (${theme} theme)`, async () => {
      const server = new FakeServer().install();
      const el = await composer(server, '', theme);
      button(card(el, 'Agenda'), 'Supprimer').click();
      server.publishElsewhere([]);
      button(el.shadowRoot!, 'Publier').click();
      await until(() => el.shadowRoot!.querySelector('dialog[open]') !== null, 'the dialog');
      const dialog = el.shadowRoot!.querySelector('dialog')!;
      expect(dialog.getAttribute('aria-labelledby')).to.equal('conflict-title');
      await expect(el).to.be.accessible();
    });
  }

  it('passes axe when the viewer prefers dark and no theme is set', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    try {
      const el = await busyComposer('');
      el.removeAttribute('theme');
      await el.updateComplete;
      await expect(el).to.be.accessible();
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });
});
