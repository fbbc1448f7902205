/**
 * « À valider » as a modérateur uses it: the queue with rubrique, author and résumé,
 * a preview of the text, publish / send back / delete calls, each announced and the
 * list updated; the empty state.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../../../components/admin/articles/moderation.ts';
import type { AdminModeration } from '../../../../components/admin/articles/moderation.ts';
import { json, restoreFetch, stubFetch, type FetchCall } from '../../fixtures.ts';
import { API, SITE, authoringArticle, rubriquesAnswer, sent } from './fixtures.ts';

const pending = (id: string, title: string) =>
  authoringArticle({ id, title, status: 'pending', mine: false, author: 'Compte redac', may: { edit: true, submit: false, publish: true, unpublish: false, sendBack: true, delete: true } });
const queue = [pending('cross-aaaaaa', 'Cross du collège'), pending('chorale-bbbbbb', 'Concert de la chorale')];

function serve(articles = queue): FetchCall[] {
  return stubFetch((url, init) => {
    const method = init?.method ?? 'GET';
    if (url.endsWith(`${API}/moderation`)) return json({ articles });
    if (url.endsWith(`${API}/rubriques`)) return json(rubriquesAnswer);
    if (url.endsWith('/source')) return json({ article: { ...articles[0], body: '<p>Le <strong>cross</strong> aura lieu jeudi.</p>' } });
    if (method === 'POST' && url.endsWith('/publish')) return json({ article: { ...articles[0], status: 'published' } });
    if (method === 'POST' && url.endsWith('/send-back')) return json({ article: { ...articles[0], status: 'draft' } });
    if (method === 'DELETE') return new Response(null, { status: 204 });
    return json({ error: { code: 'not_found', message: 'Introuvable.' } }, 404);
  });
}

async function open(): Promise<AdminModeration> {
  const el = await fixture<AdminModeration>(html`<tuiles-admin-moderation site=${SITE}></tuiles-admin-moderation>`);
  await waitUntil(() => el.articles !== null || el.error, 'the queue loads');
  await el.updateComplete;
  return el;
}

const item = (el: AdminModeration, title: string) =>
  [...el.shadowRoot!.querySelectorAll('article')].find((a) => a.querySelector('h2')!.textContent === title)!;
const buttonIn = (root: Element, name: string) => [...root.querySelectorAll('button')].find((b) => b.textContent!.trim() === name)!;
const live = (el: AdminModeration) => el.shadowRoot!.querySelector('.live')!;

describe('tuiles-admin-moderation', () => {
  const realConfirm = window.confirm;
  afterEach(() => {
    restoreFetch();
    window.confirm = realConfirm;
  });

  it('lists each pending article with its rubrique, author and résumé, and previews its text on demand', async () => {
    const log = serve();
    const el = await open();
    const cross = item(el, 'Cross du collège');
    expect(cross.getAttribute('aria-labelledby')).to.equal(cross.querySelector('h2')!.id);
    expect(cross.querySelector('.meta')!.textContent).to.contain('Actualités').and.contain('par Compte redac').and.contain('20 novembre 2026');
    expect(cross.textContent).to.contain('Les 5e au musée Soulages.');
    expect(log.some((c) => c.url.endsWith('/source')), 'no body fetched before asked').to.equal(false);
    const details = cross.querySelector('details')!;
    details.open = true;
    await waitUntil(() => cross.querySelector('.preview strong'), 'the preview shows');
    expect(cross.querySelector('.preview')!.textContent).to.equal('Le cross aura lieu jeudi.');
  });

  it('publishes, announces it and takes the article out of the list', async () => {
    const log = serve();
    const el = await open();
    buttonIn(item(el, 'Cross du collège'), 'Publier').click();
    await waitUntil(() => el.articles!.length === 1, 'the list updates');
    expect(log.filter((c) => c.init?.method === 'POST').map((c) => c.url)).to.deep.equal([`${API}/articles/cross-aaaaaa/publish`]);
    await waitUntil(() => live(el).textContent === 'Article « Cross du collège » publié.', 'announced');
    await el.updateComplete;
    expect(item(el, 'Cross du collège')).to.equal(undefined);
    expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('h1'));
  });

  it('sends an article back to its author with a message', async () => {
    const log = serve();
    const el = await open();
    const toggle = buttonIn(item(el, 'Concert de la chorale'), 'Renvoyer à l’auteur');
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const form = item(el, 'Concert de la chorale').querySelector('form')!;
    const message = form.querySelector('textarea')!;
    expect(form.querySelector(`label[for="${message.id}"]`)!.textContent).to.equal('Message à l’auteur (facultatif)');
    message.value = 'Ajoutez l’heure du concert.';
    buttonIn(form, 'Renvoyer en brouillon').click();
    await waitUntil(() => el.articles!.length === 1, 'the list updates');
    const call = log.find((c) => c.url.endsWith('/send-back'))!;
    expect(call.url).to.equal(`${API}/articles/chorale-bbbbbb/send-back`);
    expect(sent(call.init)).to.deep.equal({ message: 'Ajoutez l’heure du concert.' });
    await waitUntil(() => live(el).textContent === 'Article « Concert de la chorale » renvoyé à Compte redac.', 'announced');
  });

  it('deletes only once confirmed, then shows « Rien à valider » when the queue is empty', async () => {
    const log = serve([queue[0]]);
    const el = await open();
    window.confirm = () => false;
    buttonIn(item(el, 'Cross du collège'), 'Supprimer').click();
    expect(log.some((c) => c.init?.method === 'DELETE')).to.equal(false);
    window.confirm = () => true;
    buttonIn(item(el, 'Cross du collège'), 'Supprimer').click();
    await waitUntil(() => el.articles!.length === 0, 'deleted');
    expect(log.find((c) => c.init?.method === 'DELETE')!.url).to.equal(`${API}/articles/cross-aaaaaa`);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.empty')!.textContent).to.equal('Rien à valider');
    await waitUntil(() => live(el).textContent === 'Article « Cross du collège » supprimé.', 'announced');
  });

  it('says why an action failed next to the article and keeps it', async () => {
    stubFetch((url, init) => {
      if (url.endsWith(`${API}/moderation`)) return json({ articles: [queue[0]] });
      if (url.endsWith(`${API}/rubriques`)) return json(rubriquesAnswer);
      if (init?.method === 'POST') return json({ error: { code: 'wrong_status', message: 'Cet article est déjà publié.' } }, 409);
      return json({}, 404);
    });
    const el = await open();
    buttonIn(item(el, 'Cross du collège'), 'Publier').click();
    await waitUntil(() => item(el, 'Cross du collège').querySelector('[role="alert"]'), 'the failure is shown');
    expect(item(el, 'Cross du collège').querySelector('[role="alert"]')!.textContent).to.equal('Cet article est déjà publié.');
    expect(el.articles).to.have.length(1);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`passes axe in the ${theme} theme`, async () => {
      serve();
      await emulateMedia({ colorScheme: theme });
      try {
        const el = await open();
        item(el, 'Cross du collège').querySelector('details')!.open = true;
        buttonIn(item(el, 'Concert de la chorale'), 'Renvoyer à l’auteur').click();
        await waitUntil(() => el.shadowRoot!.querySelector('.preview'));
        await expect(el).to.be.accessible();
      } finally {
        await emulateMedia({ colorScheme: 'light' });
      }
    });
  }
});
