/**
 * The article editor as an author uses it: the rubriques they may write in, the résumé
 * counter, typing and bold in Tiptap (inside the shadow root) giving HTML, save /
 * submit / publish calls and their bodies, the server's sanitized body shown back,
 * field errors next to their fields, a 409 explained, unsaved work kept.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../../../components/admin/articles/article-editor.ts';
import type { AdminArticleEditor } from '../../../../components/admin/articles/article-editor.ts';
import type { AdminRichText } from '../../../../components/admin/articles/rich-text.ts';
import { json, restoreFetch, stubFetch, type FetchCall } from '../../fixtures.ts';
import { API, NOW, SITE, authoringArticle, rubriquesAnswer, sent } from './fixtures.ts';

type Handler = (url: string, init: RequestInit | undefined) => Response | Promise<Response> | undefined;

/** Rubriques and the article's source answered; `more` answers the rest (first match wins). */
function serve(article: ReturnType<typeof authoringArticle> | null, more: Handler = () => undefined): FetchCall[] {
  return stubFetch((url, init) => {
    const answer = more(url, init);
    if (answer) return answer;
    if (url.endsWith(`${API}/rubriques`)) return json(rubriquesAnswer);
    if (article && url.endsWith(`${API}/articles/${article.id}/source`)) return json({ article });
    return json({ error: { code: 'not_found', message: 'Introuvable.' } }, 404);
  });
}

async function open(articleId = ''): Promise<AdminArticleEditor> {
  const el = await fixture<AdminArticleEditor>(html`<tuiles-admin-article-editor site=${SITE} article-id=${articleId} .now=${NOW}></tuiles-admin-article-editor>`);
  await waitUntil(() => !el.loading, 'the editor loads');
  await el.updateComplete;
  await waitUntil(() => richText(el).editor, 'Tiptap is mounted');
  return el;
}

const $ = <T extends Element = HTMLElement>(el: AdminArticleEditor, selector: string) => el.shadowRoot!.querySelector<T & Element>(selector)!;
const richText = (el: AdminArticleEditor) => $<AdminRichText>(el, 'tuiles-admin-rich-text');
const editable = (el: AdminArticleEditor) => richText(el).shadowRoot!.querySelector<HTMLElement>('[aria-label="Texte de l’article"]')!;
const button = (root: ShadowRoot, name: string) =>
  [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => (b.querySelector('.visually-hidden') ?? b).textContent!.trim() === name);
const type = async (input: HTMLInputElement | HTMLTextAreaElement, value: string) => {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
};
/** Ctrl+B as the keyboard gives it (Tiptap's shortcut for bold). */
const ctrlB = async () => {
  await sendKeys({ down: 'Control' });
  await sendKeys({ press: 'KeyB' });
  await sendKeys({ up: 'Control' });
};
const calls = (log: FetchCall[], method: string, path: string) => log.filter((c) => (c.init?.method ?? 'GET') === method && c.url.endsWith(`${API}${path}`));

describe('tuiles-admin-article-editor', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    restoreFetch();
    localStorage.clear();
    history.replaceState(null, '', location.pathname);
  });

  it('offers only the blog rubriques where the viewer writes', async () => {
    serve(null);
    const el = await open();
    const options = [...$<HTMLSelectElement>(el, '#rubrique').options].map((o) => o.textContent!.trim());
    expect(options).to.deep.equal(['Choisir une rubrique…', 'Actualités', 'CDI']);
  });

  it('counts the résumé against the server’s 2,000 characters and flags going over', async () => {
    serve(null);
    const el = await open();
    await type($<HTMLTextAreaElement>(el, '#summary'), 'Samedi matin');
    await el.updateComplete;
    expect($(el, '#summary-count').textContent).to.equal('12 / 2000 caractères');
    await type($<HTMLTextAreaElement>(el, '#summary'), 'x'.repeat(2003));
    await el.updateComplete;
    expect($(el, '#summary-count').textContent).to.equal('2003 / 2000 caractères : 3 de trop');
    expect($(el, '#summary').getAttribute('aria-invalid')).to.equal('true');
  });

  it('types in Tiptap inside the shadow root, bolds by the toolbar and by Ctrl+B, and gives HTML', async () => {
    serve(null);
    const el = await open();
    const area = editable(el);
    expect(area.getAttribute('contenteditable')).to.equal('true');
    area.focus();
    await sendKeys({ type: 'Venez ' });
    const bold = button(richText(el).shadowRoot!, 'Gras')!;
    expect(bold.getAttribute('aria-pressed')).to.equal('false');
    bold.click();
    await waitUntil(() => bold.getAttribute('aria-pressed') === 'true', 'the button says bold is on');
    await sendKeys({ type: 'nombreux' });
    await ctrlB();
    await waitUntil(() => bold.getAttribute('aria-pressed') === 'false', 'Ctrl+B turned bold off');
    await sendKeys({ type: ' !' });
    await sendKeys({ press: 'Enter' });
    await ctrlB();
    await sendKeys({ type: 'Samedi' });
    expect(el.form.body).to.equal('<p>Venez <strong>nombreux</strong> !</p><p><strong>Samedi</strong></p>');
    expect(el.dirty).to.equal(true);
  });

  it('creates a draft with every field, then shows the body the server kept and follows the new id', async () => {
    const created = authoringArticle({ id: 'portes-ouvertes-abc123', title: 'Portes ouvertes', summary: 'Samedi', body: '<p>Venez</p>', publishedAt: '2026-12-01T13:30:00.000Z' });
    const log = serve(null, (url, init) => (init?.method === 'POST' && url.endsWith(`${API}/articles`) ? json({ article: created }, 201) : undefined));
    const el = await open();
    const select = $<HTMLSelectElement>(el, '#rubrique');
    select.value = 'actus';
    select.dispatchEvent(new Event('change'));
    await type($<HTMLInputElement>(el, '#title'), 'Portes ouvertes');
    await type($<HTMLTextAreaElement>(el, '#summary'), 'Samedi');
    richText(el).editor!.commands.setContent('<p>Venez <img src=x onerror="alert(1)"></p>', { emitUpdate: true });
    await type($<HTMLInputElement>(el, '#publishAt'), '2026-12-01T14:30');
    await el.updateComplete;
    expect(button(el.shadowRoot!, 'Publier'), 'a rédacteur in actus does not publish').to.equal(undefined);
    const given = el.form.body;
    expect(given).to.contain('Venez').and.not.contain('onerror');
    button(el.shadowRoot!, 'Enregistrer le brouillon')!.click();
    await waitUntil(() => el.article !== null, 'saved');
    const [post] = calls(log, 'POST', '/articles');
    expect(sent(post.init)).to.deep.equal({
      rubrique: 'actus',
      title: 'Portes ouvertes',
      summary: 'Samedi',
      body: given,
      illustration: null,
      publishAt: '2026-12-01T14:30:00+01:00',
    });
    await el.updateComplete;
    await richText(el).updateComplete;
    expect(editable(el).innerHTML).to.equal('<p>Venez</p>', 'the server’s sanitized body is what the editor shows');
    expect(location.hash).to.equal('#articles/portes-ouvertes-abc123');
    expect(el.dirty).to.equal(false);
  });

  it('saves a changed draft with a PATCH of the changed fields only, then submits it (rédacteur)', async () => {
    const article = authoringArticle();
    const log = serve(article, (url, init) => {
      if (init?.method === 'PATCH') return json({ article: { ...article, title: 'Sortie au musée Soulages' } });
      if (init?.method === 'POST' && url.endsWith('/submit')) return json({ article: { ...article, title: 'Sortie au musée Soulages', status: 'pending', may: { ...article.may, submit: false } } });
      return undefined;
    });
    const el = await open(article.id);
    expect(button(el.shadowRoot!, 'Publier')).to.equal(undefined);
    await type($<HTMLInputElement>(el, '#title'), 'Sortie au musée Soulages');
    await el.updateComplete;
    button(el.shadowRoot!, 'Soumettre')!.click();
    await waitUntil(() => el.article?.status === 'pending', 'submitted');
    const patch = calls(log, 'PATCH', `/articles/${article.id}`);
    expect(patch.map((c) => sent(c.init))).to.deep.equal([{ title: 'Sortie au musée Soulages' }]);
    const submit = calls(log, 'POST', `/articles/${article.id}/submit`);
    expect(submit).to.have.length(1);
    expect(log.indexOf(patch[0])).to.be.below(log.indexOf(submit[0]), 'saved before submitted');
    await el.updateComplete;
    expect($(el, '.status').textContent).to.contain('En attente de validation');
    expect(button(el.shadowRoot!, 'Soumettre')).to.equal(undefined);
  });

  it('publishes when the viewer may (no « Soumettre » then), and explains a 409', async () => {
    const article = authoringArticle({ rubrique: 'cdi', may: { edit: true, submit: true, publish: true, unpublish: false, sendBack: false, delete: true } });
    const log = serve(article, (url, init) =>
      init?.method === 'POST' && url.endsWith('/publish') ? json({ error: { code: 'wrong_status', message: 'Cet article est déjà publié.' } }, 409) : undefined,
    );
    const el = await open(article.id);
    expect(button(el.shadowRoot!, 'Soumettre')).to.equal(undefined);
    button(el.shadowRoot!, 'Publier')!.click();
    await waitUntil(() => el.conflict, 'the conflict is shown');
    expect(calls(log, 'POST', `/articles/${article.id}/publish`)).to.have.length(1);
    expect(calls(log, 'PATCH', `/articles/${article.id}`), 'nothing changed: nothing saved').to.have.length(0);
    await el.updateComplete;
    const alert = $(el, '[role="alert"]');
    expect(alert.textContent).to.contain('Cet article est déjà publié.');
    expect(alert.textContent).to.contain('rechargez-le');
    expect(button(el.shadowRoot!, 'Recharger l’article')).to.not.equal(undefined);
  });

  it('unpublishes a published article, and deletes only once confirmed', async () => {
    const article = authoringArticle({ status: 'published', publishedAt: '2026-11-02T09:00:00.000Z', may: { edit: true, submit: false, publish: false, unpublish: true, sendBack: false, delete: true } });
    const log = serve(article, (url, init) => {
      if (init?.method === 'POST' && url.endsWith('/unpublish')) return json({ article: { ...article, status: 'draft', may: { ...article.may, unpublish: false, submit: true } } });
      if (init?.method === 'DELETE') return new Response(null, { status: 204 });
      return undefined;
    });
    const el = await open(article.id);
    expect(button(el.shadowRoot!, 'Enregistrer les modifications')).to.not.equal(undefined);
    button(el.shadowRoot!, 'Dépublier')!.click();
    await waitUntil(() => el.article?.status === 'draft', 'unpublished');
    expect(calls(log, 'POST', `/articles/${article.id}/unpublish`)).to.have.length(1);
    await el.updateComplete;
    const realConfirm = window.confirm;
    try {
      window.confirm = () => false;
      button(el.shadowRoot!, 'Supprimer')!.click();
      await el.updateComplete;
      expect(calls(log, 'DELETE', `/articles/${article.id}`)).to.have.length(0);
      window.confirm = () => true;
      button(el.shadowRoot!, 'Supprimer')!.click();
      await waitUntil(() => location.hash === '#articles', 'back to the list');
      expect(calls(log, 'DELETE', `/articles/${article.id}`)).to.have.length(1);
    } finally {
      window.confirm = realConfirm;
    }
  });

  it('shows the server’s field errors next to their fields and focuses the first', async () => {
    const article = authoringArticle();
    serve(article, (_url, init) =>
      init?.method === 'PATCH'
        ? json({ error: { code: 'invalid', message: 'Certaines valeurs sont invalides.', fields: { title: 'titre requis', body: 'HTML imbriqué trop profondément' } } }, 400)
        : undefined,
    );
    const el = await open(article.id);
    await type($<HTMLInputElement>(el, '#title'), 'Un titre');
    await el.updateComplete;
    button(el.shadowRoot!, 'Enregistrer le brouillon')!.click();
    await waitUntil(() => el.errors.title, 'errors shown');
    await el.updateComplete;
    expect($(el, '#title-error').textContent).to.equal('titre requis');
    expect($(el, '#title').getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#body-error').textContent).to.equal('HTML imbriqué trop profondément');
    expect(richText(el).hasAttribute('invalid')).to.equal(true);
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#title'));
    expect(el.dirty, 'the work is not lost').to.equal(true);
  });

  it('refuses an empty title before calling the server', async () => {
    const log = serve(null);
    const el = await open();
    button(el.shadowRoot!, 'Enregistrer le brouillon')!.click();
    await el.updateComplete;
    expect($(el, '#title-error').textContent).to.equal('Le titre est obligatoire.');
    expect($(el, '#rubrique-error').textContent).to.equal('Choisissez une rubrique.');
    expect(calls(log, 'POST', '/articles')).to.have.length(0);
  });

  it('sends the scheduled date with Paris’s summer offset', async () => {
    const log = serve(null, (url, init) => (init?.method === 'POST' && url.endsWith(`${API}/articles`) ? json({ article: authoringArticle() }, 201) : undefined));
    const el = await open();
    const select = $<HTMLSelectElement>(el, '#rubrique');
    select.value = 'cdi';
    select.dispatchEvent(new Event('change'));
    await type($<HTMLInputElement>(el, '#title'), 'Fête de fin d’année');
    await type($<HTMLInputElement>(el, '#publishAt'), '2027-06-30T18:00');
    await el.updateComplete;
    button(el.shadowRoot!, 'Enregistrer le brouillon')!.click();
    await waitUntil(() => calls(log, 'POST', '/articles').length === 1);
    expect(sent(calls(log, 'POST', '/articles')[0].init).publishAt).to.equal('2027-06-30T18:00:00+02:00');
  });

  it('keeps unsaved work per article across a reload, flags it before leaving, and lets it be dropped', async () => {
    const article = authoringArticle();
    serve(article);
    const first = await open(article.id);
    await type($<HTMLInputElement>(first, '#title'), 'Titre pas encore enregistré');
    await first.updateComplete;
    expect($(first, '.notice[role="status"]').textContent).to.contain('Modifications non enregistrées');
    const leaving = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(leaving);
    expect(leaving.defaultPrevented).to.equal(true);
    first.remove();

    const again = await open(article.id);
    expect($<HTMLInputElement>(again, '#title').value).to.equal('Titre pas encore enregistré');
    expect(again.shadowRoot!.textContent).to.contain('ont été retrouvées et restaurées');
    button(again.shadowRoot!, 'Abandonner ces modifications')!.click();
    await again.updateComplete;
    expect($<HTMLInputElement>(again, '#title').value).to.equal('Sortie au musée');
    const calm = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(calm);
    expect(calm.defaultPrevented).to.equal(false);
  });

  it('uploads an illustration with its alternative text and shows it', async () => {
    const article = authoringArticle();
    const log = serve(article, (url, init) =>
      init?.method === 'POST' && url.endsWith(`${API}/media`)
        ? json({ medium: { id: 'm1', url: '/media/college-test/m1/1200.webp', srcset: null, alt: 'Élèves au musée', usage: 'illustration', format: 'webp', animated: false, width: 1200, height: 675, variants: [] } }, 201)
        : undefined,
    );
    const el = await open(article.id);
    await type($<HTMLInputElement>(el, '#alt'), 'Élèves au musée');
    const input = $<HTMLInputElement>(el, '#illustration');
    const files = new DataTransfer();
    files.items.add(new File([new Uint8Array([137, 80, 78, 71])], 'musee.png', { type: 'image/png' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change'));
    await waitUntil(() => el.form.illustration !== null, 'uploaded');
    const form = calls(log, 'POST', '/media')[0].init!.body as FormData;
    expect([form.get('usage'), form.get('alt'), (form.get('file') as File).name]).to.deep.equal(['illustration', 'Élèves au musée', 'musee.png']);
    await el.updateComplete;
    expect($<HTMLImageElement>(el, 'img.preview').getAttribute('src')).to.equal('/media/college-test/m1/1200.webp');
    expect(el.form.illustration).to.deep.equal({ url: '/media/college-test/m1/1200.webp', alt: 'Élèves au musée', width: 1200, height: 675 });
  });

  it('keeps the alternative text typed while the image is still being sent (it used to be replaced by the empty one sent with it)', async () => {
    const article = authoringArticle();
    let answerUpload: (r: Response) => void = () => {};
    const uploaded = new Promise<Response>((resolve) => (answerUpload = resolve));
    serve(article, (url, init) => (init?.method === 'POST' && url.endsWith(`${API}/media`) ? uploaded : undefined));
    const el = await open(article.id);
    const input = $<HTMLInputElement>(el, '#illustration');
    const files = new DataTransfer();
    files.items.add(new File([new Uint8Array([137, 80, 78, 71])], 'musee.png', { type: 'image/png' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change'));
    await type($<HTMLInputElement>(el, '#alt'), 'Élèves au musée');
    answerUpload(json({ medium: { id: 'm1', url: '/media/college-test/m1/1200.webp', srcset: null, alt: '', usage: 'illustration', format: 'webp', animated: false, width: 1200, height: 675, variants: [] } }, 201));
    await waitUntil(() => el.form.illustration !== null, 'uploaded');
    await el.updateComplete;
    expect(el.form.illustration?.alt).to.equal('Élèves au musée');
    expect($<HTMLInputElement>(el, '#alt').value).to.equal('Élèves au musée');
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`passes axe in the ${theme} theme`, async () => {
      serve(authoringArticle());
      await emulateMedia({ colorScheme: theme });
      try {
        const el = await open(authoringArticle().id);
        await expect(el).to.be.accessible();
      } finally {
        await emulateMedia({ colorScheme: 'light' });
      }
    });
  }
});
