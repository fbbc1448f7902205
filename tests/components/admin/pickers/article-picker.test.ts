import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../../../components/admin/pickers/article-picker.ts';
import type { ArticlePicker } from '../../../../components/admin/pickers/article-picker.ts';
import { all, clean, json, one, restoreFetch, stubFetch, text, until } from '../../fixtures.ts';
import { adminAnswers, articlesAnswer } from './answers.ts';

const results = (el: Element) => all(el, 'ul[aria-label=Résultats] li').map((li) => clean(li.textContent));
const chosen = (el: Element) => all(el, 'ul[aria-labelledby=chosen-heading] .title').map((t) => clean(t.textContent));

async function picker(multiple: boolean, value: string[] | string | null) {
  const el = await fixture<ArticlePicker>(html`<tuiles-admin-article-picker site="college-test" .multiple=${multiple} .value=${value}></tuiles-admin-article-picker>`);
  await until(() => all(el, 'ul[aria-label=Résultats] li').length > 0, 'first results');
  return el;
}

describe('<tuiles-admin-article-picker>', () => {
  afterEach(restoreFetch);

  it('lists articles with their status and rubrique title', async () => {
    stubFetch(adminAnswers);
    const el = await picker(true, []);
    await until(() => results(el)[0].includes('Vie scolaire'), 'rubrique titles');
    expect(results(el)).to.deep.equal([
      'Portes ouvertes du collège Publié · Vie scolaire Ajouter',
      'Sortie au musée Soulages Brouillon · CDI Ajouter',
      'Conseil pédagogique En attente · Salle des profs Ajouter',
    ]);
  });

  it('searches by title as one types: q and limit=20 sent, the answer filtered case-insensitively', async () => {
    const calls = stubFetch(adminAnswers);
    const el = await picker(true, []);
    one<HTMLInputElement>(el, '#search').focus();
    await sendKeys({ type: 'SORTIE' });
    await until(() => results(el).length === 1, 'filtered results');
    expect(results(el)[0]).to.contain('Sortie au musée Soulages');
    const search = calls.map((c) => new URL(c.url, location.href)).find((u) => u.searchParams.get('q') === 'SORTIE');
    expect(search?.pathname).to.equal('/api/sites/college-test/articles');
    expect(search?.searchParams.get('limit')).to.equal('20');
    // One request for the whole word, not one per key.
    expect(calls.filter((c) => c.url.includes('q=')).length).to.equal(1);
  });

  it('says when nothing matches', async () => {
    stubFetch(adminAnswers);
    const el = await picker(true, []);
    one<HTMLInputElement>(el, '#search').focus();
    await sendKeys({ type: 'zzz' });
    await until(() => all(el, 'p.empty').some((p) => clean(p.textContent).includes('« zzz »')), 'no result');
  });

  it('adds, reorders and removes articles of a selection, keeping the order', async () => {
    stubFetch(adminAnswers);
    const el = await picker(true, ['sortie-musee']);
    expect(chosen(el)).to.deep.equal(['Sortie au musée Soulages']);
    let changed = oneEvent(el, 'value-change');
    one(el, 'button[aria-label="Ajouter « Portes ouvertes du collège »"]').click();
    expect((await changed).detail.value).to.deep.equal(['sortie-musee', 'portes-ouvertes']);
    await el.updateComplete;
    expect(chosen(el)).to.deep.equal(['Sortie au musée Soulages', 'Portes ouvertes du collège']);
    expect(one<HTMLButtonElement>(el, 'button[aria-label="Déjà choisi « Portes ouvertes du collège »"]').disabled).to.equal(true);

    changed = oneEvent(el, 'value-change');
    one(el, 'button[aria-label="Monter « Portes ouvertes du collège »"]').click();
    expect((await changed).detail.value).to.deep.equal(['portes-ouvertes', 'sortie-musee']);
    await el.updateComplete;
    expect(chosen(el)).to.deep.equal(['Portes ouvertes du collège', 'Sortie au musée Soulages']);
    await until(() => text(el, '#live').includes('en position 1 sur 2'), 'move announced');

    changed = oneEvent(el, 'value-change');
    one(el, 'button[aria-label="Retirer « Sortie au musée Soulages »"]').click();
    expect((await changed).detail.value).to.deep.equal(['portes-ouvertes']);
  });

  it('chooses one article for the top tile, and unlinks it', async () => {
    stubFetch(adminAnswers);
    const el = await picker(false, null);
    expect(text(el, 'p.empty')).to.equal('Aucun article lié.');
    let changed = oneEvent(el, 'value-change');
    one(el, 'button[aria-label="Choisir « Conseil pédagogique »"]').click();
    expect((await changed).detail.value).to.equal('conseil-peda');
    changed = oneEvent(el, 'value-change');
    one(el, 'button[aria-label="Choisir « Portes ouvertes du collège »"]').click();
    expect((await changed).detail.value).to.equal('portes-ouvertes');
    await el.updateComplete;
    changed = oneEvent(el, 'value-change');
    one(el, 'button[aria-label="Retirer « Portes ouvertes du collège »"]').click();
    expect((await changed).detail.value).to.equal(null);
  });

  it('names a chosen article it cannot find', async () => {
    stubFetch(() => json({ articles: [] }));
    const el = await fixture<ArticlePicker>(html`<tuiles-admin-article-picker site="college-test" multiple .value=${['ancien']}></tuiles-admin-article-picker>`);
    await until(() => text(el, 'ul[aria-labelledby=chosen-heading]').includes('introuvable'), 'unknown named');
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`passes axe in the ${scheme} theme`, async () => {
      await emulateMedia({ colorScheme: scheme });
      stubFetch(adminAnswers);
      const el = await picker(true, [articlesAnswer.articles[0].id]);
      el.error = 'article inconnu « x »';
      await el.updateComplete;
      await expect(el).to.be.accessible();
      await emulateMedia({ colorScheme: 'light' });
    });
  }
});
