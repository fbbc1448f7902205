/**
 * « Mes articles »: the viewer's articles grouped by where they stand, each linking to
 * its editor; « Nouvel article »; the editor opened by the route (and Tiptap with it).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../../../components/admin/articles/articles-screen.ts';
import type { AdminArticles } from '../../../../components/admin/articles/articles-screen.ts';
import { json, restoreFetch, stubFetch, type FetchCall } from '../../fixtures.ts';
import { API, NOW, SITE, authoringArticle, rubriquesAnswer } from './fixtures.ts';

const mine = [
  authoringArticle({ id: 'brouillon-1', title: 'Mon brouillon', status: 'draft' }),
  authoringArticle({ id: 'attente-1', title: 'En relecture', status: 'pending', rubrique: 'cdi' }),
  authoringArticle({ id: 'publie-1', title: 'Déjà paru', status: 'published', publishedAt: '2026-11-02T09:00:00.000Z' }),
  authoringArticle({ id: 'programme-1', title: 'Pour décembre', status: 'published', publishedAt: '2026-12-01T13:30:00.000Z' }),
  authoringArticle({ id: 'brouillon-2', title: 'Autre brouillon', status: 'draft' }),
];

function serve(articles = mine): FetchCall[] {
  return stubFetch((url) => {
    if (url.endsWith(`${API}/articles?mine=1&limit=200`)) return json({ articles });
    if (url.endsWith(`${API}/rubriques`)) return json(rubriquesAnswer);
    if (url.endsWith('/source')) return json({ article: articles[0] });
    return json({ error: { code: 'not_found', message: 'Introuvable.' } }, 404);
  });
}

async function open(path = ''): Promise<AdminArticles> {
  const el = await fixture<AdminArticles>(html`<tuiles-admin-articles site=${SITE} path=${path} .now=${NOW}></tuiles-admin-articles>`);
  await waitUntil(() => (path ? el.shadowRoot!.querySelector('tuiles-admin-article-editor') : el.articles !== null || el.shadowRoot!.querySelector('[role="alert"]')), 'the screen loads', { timeout: 4000 });
  await el.updateComplete;
  return el;
}

describe('tuiles-admin-articles', () => {
  afterEach(() => restoreFetch());

  it('groups the viewer’s own articles under Brouillons, En attente de validation, Programmés, Publiés', async () => {
    const log = serve();
    const el = await open();
    expect(log[0].url).to.equal(`${API}/articles?mine=1&limit=200`);
    const sections = [...el.shadowRoot!.querySelectorAll('section')].map((s) => ({
      heading: s.querySelector('h2')!.textContent!.trim(),
      links: [...s.querySelectorAll('a')].map((a) => `${a.textContent} ${a.getAttribute('href')}`),
    }));
    expect(sections).to.deep.equal([
      { heading: 'Brouillons (2)', links: ['Mon brouillon #articles/brouillon-1', 'Autre brouillon #articles/brouillon-2'] },
      { heading: 'En attente de validation (1)', links: ['En relecture #articles/attente-1'] },
      { heading: 'Programmés (1)', links: ['Pour décembre #articles/programme-1'] },
      { heading: 'Publiés (1)', links: ['Déjà paru #articles/publie-1'] },
    ]);
    const programmed = el.shadowRoot!.querySelectorAll('section')[2].querySelector('.meta')!.textContent!;
    expect(programmed).to.contain('Actualités').and.contain('paraîtra le 1 décembre 2026 à 14:30');
    expect(el.shadowRoot!.querySelectorAll('section')[1].querySelector('.meta')!.textContent).to.contain('CDI');
    const create = [...el.shadowRoot!.querySelectorAll('a')].find((a) => a.textContent === 'Nouvel article')!;
    expect(create.getAttribute('href')).to.equal('#articles/nouveau');
  });

  it('says so when the viewer has written nothing yet, and a failure with a retry', async () => {
    serve([]);
    const el = await open();
    expect(el.shadowRoot!.querySelector('.empty')!.textContent).to.equal('Vous n’avez encore écrit aucun article.');
    stubFetch(() => json({ error: { code: 'forbidden', message: 'Membre d’un autre établissement.' } }, 403));
    const failing = await open();
    expect(failing.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.equal('Membre d’un autre établissement.');
    expect(failing.shadowRoot!.querySelector('button')!.textContent).to.equal('Réessayer');
  });

  it('opens the editor for `nouveau` and for an id', async () => {
    serve();
    const fresh = await open('nouveau');
    expect(fresh.shadowRoot!.querySelector('tuiles-admin-article-editor')!.getAttribute('article-id')).to.equal('');
    const existing = await open('brouillon-1');
    expect(existing.shadowRoot!.querySelector('tuiles-admin-article-editor')!.getAttribute('article-id')).to.equal('brouillon-1');
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`passes axe in the ${theme} theme`, async () => {
      serve();
      await emulateMedia({ colorScheme: theme });
      try {
        await expect(await open()).to.be.accessible();
      } finally {
        await emulateMedia({ colorScheme: 'light' });
      }
    });
  }
});
