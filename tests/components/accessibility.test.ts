/**
 * Every element, in both themes, through axe (WCAG 2.1 AA rules, colour contrast
 * included): by `theme` attribute and by the viewer's `prefers-color-scheme`.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../components/embed.ts';
import type { PageResponse } from '../../contract/api.ts';
import { NOW, SERVER, article, event } from './fixtures.ts';

const page: PageResponse = {
  site: { slug: 'college-carladez', name: 'Collège Carladez' },
  page: {
    kind: 'public-home',
    tiles: [
      {
        id: 'top',
        type: 'top',
        config: { image: null, article: 'a1', enabled: true },
        data: {
          image: { url: '/media/bandeau.svg', alt: 'Le collège', width: 2000, height: 453 },
          article: { id: 'a1', title: 'Portes ouvertes', summary: 'Samedi 5 décembre.', url: '/articles/a1' },
        },
      },
      {
        id: 'news',
        type: 'news',
        config: { title: 'Actualités', rubriques: ['cdi'], max: 6, showDates: true, showIllustration: true, showSummary: true },
        data: { items: [article(), article({ id: 'a2', illustration: null })] },
      },
      {
        id: 'selection',
        type: 'selection',
        config: { title: 'À la une', articles: ['a1'], showIllustration: true, showSummary: true },
        data: { items: [article()] },
      },
      {
        id: 'agenda',
        type: 'agenda',
        config: { title: 'Agenda', rubriques: ['cdi'], max: 6, showDates: true, showSummary: true, showLocation: true },
        data: { items: [event(), event({ id: 'e2', allDay: true, start: '2026-12-05T00:00:00Z', end: '2026-12-05T00:00:00Z' })] },
      },
      {
        id: 'embed',
        type: 'embed',
        config: { title: 'Vidéo de la chorale', url: 'https://video.example/w/1', height: 300 },
        data: {
          provider: 'peertube',
          providerName: 'Peertube',
          src: 'https://video.example/videos/embed/1',
          height: 300,
          sandbox: 'allow-scripts allow-same-origin allow-popups',
          allow: 'fullscreen; picture-in-picture',
        },
      },
      {
        id: 'portal',
        type: 'portal',
        config: { title: 'Mes services', links: [] },
        data: {
          links: [
            { label: 'Pronote', url: 'https://pronote.example/', icon: '/media/pronote.svg' },
            { label: 'Cahier de textes', url: '/services/cahier', icon: null },
          ],
        },
      },
      { id: 'text', type: 'text', config: { title: 'Liens utiles', html: '' }, data: { html: '<p><a href="/r">Règlement</a></p>' } },
      { id: 'broken', type: 'news', config: { title: 'Vie scolaire', rubriques: [], max: 6, showDates: true, showIllustration: true, showSummary: true }, data: null, error: { code: 'x', message: 'y' } },
    ],
  },
};

describe('accessibility of every element', () => {
  for (const theme of ['light', 'dark']) {
    it(`passes axe for a full page in the ${theme} theme attribute`, async () => {
      const el = await fixture(html`<tuiles-page theme=${theme} server=${SERVER} .data=${page} .now=${NOW}></tuiles-page>`);
      await Promise.all([...el.shadowRoot!.querySelectorAll('*')].map((c) => (c as Partial<{ updateComplete: Promise<unknown> }>).updateComplete));
      await expect(el).to.be.accessible();
    });
  }

  it('passes axe for a full page when the viewer prefers dark', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    try {
      const el = await fixture(html`<tuiles-page server=${SERVER} .data=${page} .now=${NOW}></tuiles-page>`);
      await Promise.all([...el.shadowRoot!.querySelectorAll('*')].map((c) => (c as Partial<{ updateComplete: Promise<unknown> }>).updateComplete));
      await expect(el).to.be.accessible();
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });

  it('gives a page exactly one h2 per tile, in page order', async () => {
    const el = await fixture(html`<tuiles-page server=${SERVER} .data=${page} .now=${NOW}></tuiles-page>`);
    const headings: string[] = [];
    for (const child of el.shadowRoot!.querySelectorAll('.grid > *')) {
      await (child as Partial<{ updateComplete: Promise<unknown> }>).updateComplete;
      const root = child.shadowRoot ?? child;
      headings.push(...[...root.querySelectorAll('h2')].map((h) => h.textContent!.trim()));
    }
    expect(headings).to.deep.equal(['Portes ouvertes', 'Actualités', 'À la une', 'Agenda', 'Vidéo de la chorale', 'Mes services', 'Liens utiles', 'Vie scolaire']);
  });
});
