/**
 * Two things the author must not miss: the modérateur's word on a draft sent back
 * (a badge in « Mes articles », the message at the top of the editor), and leaving the
 * editor with unsaved work by a hash change (the shell asks `confirmLeave()` first:
 * components/admin/core/leave-guard.ts).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../../components/admin/articles/articles-screen.ts';
import type { AdminArticles } from '../../../../components/admin/articles/articles-screen.ts';
import type { AdminArticleEditor } from '../../../../components/admin/articles/article-editor.ts';
import { json, restoreFetch, stubFetch } from '../../fixtures.ts';
import { API, NOW, SITE, authoringArticle, rubriquesAnswer } from './fixtures.ts';

const note = { message: 'Merci d’ajouter la date de la sortie.', at: '2026-11-22T15:30:00.000Z', by: 'Mme Martin' };
const sentBack = authoringArticle({ id: 'renvoye-1', title: 'Sortie renvoyée', status: 'draft', reviewNote: note });
const plain = authoringArticle({ id: 'brouillon-1', title: 'Brouillon tranquille', status: 'draft' });

function serve(article = sentBack) {
  return stubFetch((url) => {
    if (url.endsWith(`${API}/articles?mine=1&limit=200`)) return json({ articles: [sentBack, plain] });
    if (url.endsWith(`${API}/rubriques`)) return json(rubriquesAnswer);
    if (url.endsWith(`${API}/articles/${article.id}/source`)) return json({ article });
    return json({ error: { code: 'not_found', message: 'Introuvable.' } }, 404);
  });
}

async function openScreen(path = ''): Promise<AdminArticles> {
  const el = await fixture<AdminArticles>(html`<tuiles-admin-articles site=${SITE} path=${path} .now=${NOW}></tuiles-admin-articles>`);
  await waitUntil(() => (path ? editorOf(el) && !editorOf(el)!.loading : el.articles !== null), 'the screen loads', { timeout: 4000 });
  await el.updateComplete;
  return el;
}
const editorOf = (el: AdminArticles) => el.shadowRoot!.querySelector<AdminArticleEditor>('tuiles-admin-article-editor');
const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

describe('review notes and leaving the article editor', () => {
  let confirmAnswer = true;
  let asked: string[] = [];
  const realConfirm = window.confirm;
  beforeEach(() => {
    localStorage.clear();
    asked = [];
    window.confirm = (question?: string) => (asked.push(String(question)), confirmAnswer);
  });
  afterEach(() => {
    window.confirm = realConfirm;
    restoreFetch();
    localStorage.clear();
  });

  it('marks a sent-back draft in « Mes articles » with « Renvoyé par le modérateur », tied to its link', async () => {
    serve();
    const el = await openScreen();
    const items = [...el.shadowRoot!.querySelectorAll('li')];
    const [returned, other] = ['Sortie renvoyée', 'Brouillon tranquille'].map((t) => items.find((li) => li.textContent!.includes(t))!);
    const badge = returned.querySelector('.badge')!;
    expect(clean(badge.textContent)).to.equal('Renvoyé par le modérateur');
    expect(returned.querySelector('a')!.getAttribute('aria-describedby')).to.equal(badge.id);
    expect(other.querySelector('.badge')).to.equal(null);
  });

  it('shows the modérateur’s message first in the editor, with who and when', async () => {
    serve();
    const el = await openScreen(sentBack.id);
    const editor = editorOf(el)!;
    const box = editor.shadowRoot!.querySelector('.review-note')!;
    expect(clean(box.querySelector('p')!.textContent)).to.equal('Message du modérateur : Merci d’ajouter la date de la sortie.');
    expect(clean(box.textContent)).to.contain('Renvoyé par Mme Martin le');
    // Right under the title: read before anything else.
    expect(editor.shadowRoot!.querySelector('h1')!.nextElementSibling).to.equal(box);
  });

  it('says a draft came back even without a message, and nothing for an ordinary draft', async () => {
    const silent = { ...sentBack, reviewNote: { ...note, message: null } };
    serve(silent);
    const el = await openScreen(silent.id);
    expect(clean(editorOf(el)!.shadowRoot!.querySelector('.review-note p')!.textContent)).to.equal('Renvoyé par le modérateur, sans message.');
    restoreFetch();
    serve(plain);
    const again = await openScreen(plain.id);
    expect(editorOf(again)!.shadowRoot!.querySelector('.review-note')).to.equal(null);
  });

  it('lets the shell leave freely when nothing is unsaved, asks « Quitter sans enregistrer ? » otherwise', async () => {
    serve(plain);
    const el = await openScreen(plain.id);
    expect(el.confirmLeave()).to.equal(true);
    expect(asked).to.deep.equal([], 'nothing to lose: no question');

    const editor = editorOf(el)!;
    const title = editor.shadowRoot!.querySelector<HTMLInputElement>('#title')!;
    title.value = 'Titre changé';
    title.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await editor.updateComplete;

    confirmAnswer = false;
    expect(el.confirmLeave()).to.equal(false, 'the author stays');
    expect(asked).to.deep.equal(['Quitter sans enregistrer ?']);
    expect(editor.form.title).to.equal('Titre changé', 'the work is still there');

    confirmAnswer = true;
    expect(el.confirmLeave()).to.equal(true, 'the author goes');
    expect(editor.dirty).to.equal(false, 'the unsaved work is dropped');
    expect(localStorage.length).to.equal(0, 'its copy for a reload too: it would come back as « restaurées »');
    expect(el.confirmLeave()).to.equal(true);
    expect(asked).to.have.length(2, 'asked once per leave');
  });

  it('lets the list be left at any time', async () => {
    serve();
    const el = await openScreen();
    expect(el.confirmLeave()).to.equal(true);
    expect(asked).to.deep.equal([]);
  });
});
