/**
 * « Rubriques et droits » in Chromium, against a fake of the authoring API answering its
 * real shapes: the tree and its keys, creating, editing, moving and deleting a rubrique,
 * a gestionnaire's narrower view, and axe in both themes.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../../../components/admin/rubriques/rubriques-screen.ts';
import type { RubriquesScreen } from '../../../../components/admin/rubriques/rubriques-screen.ts';
import type { Capabilities } from '../../../../contract/api.ts';
import { clean, restoreFetch, until } from '../../fixtures.ts';
import { API, SITE, adminTree, fakeSite, gestionnaireTree, inner, refusal } from './fake-site.ts';
import { usageSentence } from '../../../../components/admin/rubriques/usage.ts';

const admin: Capabilities = { admin: true, write: true, moderate: true, manageRubriques: true };
const gestionnaire: Capabilities = { admin: false, write: true, moderate: true, manageRubriques: true };

async function screen(may: Capabilities, theme?: string): Promise<RubriquesScreen> {
  const el = await fixture<RubriquesScreen>(html`<tuiles-admin-rubriques site=${SITE} path="" theme=${theme ?? 'light'} .may=${may} .searchDelay=${0}></tuiles-admin-rubriques>`);
  await until(() => !!el.shadowRoot!.querySelector('tuiles-admin-rubrique-tree'), 'the tree');
  return el;
}
const tree = (el: RubriquesScreen) => inner(el, 'tuiles-admin-rubrique-tree');
const item = (el: RubriquesScreen, slug: string) => inner(tree(el), `[role="treeitem"][data-slug="${slug}"]`);
const items = (el: RubriquesScreen) => [...tree(el).shadowRoot!.querySelectorAll<HTMLElement>('[role="treeitem"]')];
const form = (el: RubriquesScreen) => inner(el, 'tuiles-admin-rubrique-form');
const status = (el: RubriquesScreen) => clean(inner(el, '#status').textContent);
const panelTitle = (el: RubriquesScreen) => clean(el.shadowRoot!.querySelector('#panel-title')?.textContent);
const buttonNamed = (root: Element, name: string) => {
  const found = [...root.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => clean(b.textContent) === name);
  if (!found) throw new Error(`no button « ${name} » in <${root.localName}>`);
  return found;
};
const hasButton = (root: Element, name: string) => [...root.shadowRoot!.querySelectorAll('button')].some((b) => clean(b.textContent) === name);

async function choose(el: RubriquesScreen, slug: string): Promise<void> {
  item(el, slug).click();
  await until(() => panelTitle(el) !== '' && item(el, slug).getAttribute('aria-selected') === 'true', `rubrique ${slug} chosen`);
}

function pick(select: HTMLSelectElement, value: string): void {
  select.value = value;
  select.dispatchEvent(new Event('change'));
}

async function type(input: HTMLInputElement, text: string): Promise<void> {
  input.focus();
  await sendKeys({ type: text });
}

afterEach(async () => {
  restoreFetch();
  await emulateMedia({ colorScheme: 'light' });
});

describe('tuiles-admin-rubriques', () => {
  it('shows the rubriques as a tree with their visibility, services and the viewer’s role, said as theirs (« Vous : Gestionnaire »: a bare « Rédacteur » badge read as a property of the rubrique)', async () => {
    fakeSite(adminTree());
    const el = await screen(admin);
    const root = inner(tree(el), '[role="tree"]');
    expect(root.getAttribute('aria-label')).to.equal('Rubriques');
    expect(items(el).map((i) => `${i.dataset.slug}@${i.getAttribute('aria-level')}`)).to.deep.equal(['actus@1', 'club-theatre@2', 'club-photo@3', 'cdi@1']);
    const label = (slug: string) => clean(item(el, slug).textContent).replace(/^[▾▸] /, '').replace(/ ,/g, ',');
    expect(label('actus')).to.equal('Actualités, publique, Blog, Vous : Gestionnaire');
    expect(label('club-theatre')).to.equal('Club théâtre, privée, Blog, Agenda, Vous : Gestionnaire');
    expect(label('club-photo')).to.contain('privée par sa rubrique parente');
    expect(item(el, 'actus').getAttribute('aria-expanded')).to.equal('true');
    expect(item(el, 'cdi').hasAttribute('aria-expanded')).to.equal(false);
    expect([item(el, 'cdi').getAttribute('aria-posinset'), item(el, 'cdi').getAttribute('aria-setsize')]).to.deep.equal(['2', '2']);
    expect(items(el).filter((i) => i.tabIndex === 0).length).to.equal(1, 'one tab stop');
  });

  it('moves through the tree with the arrow keys, Début and Fin, opens and closes branches, and chooses with Entrée', async () => {
    fakeSite(adminTree());
    const el = await screen(admin);
    const focused = () => (tree(el).shadowRoot!.activeElement as HTMLElement | null)?.dataset.slug;
    item(el, 'actus').focus();
    await sendKeys({ press: 'ArrowDown' });
    await until(() => focused() === 'club-theatre', 'down to the child');
    await sendKeys({ press: 'ArrowLeft' });
    await until(() => focused() === 'club-theatre' && item(el, 'club-theatre').getAttribute('aria-expanded') === 'false', 'closes club-theatre');
    await sendKeys({ press: 'ArrowLeft' });
    await until(() => focused() === 'actus', 'up to the parent');
    await sendKeys({ press: 'ArrowLeft' });
    await until(() => item(el, 'actus').getAttribute('aria-expanded') === 'false', 'closes actus');
    expect(items(el).map((i) => i.dataset.slug)).to.deep.equal(['actus', 'cdi']);
    await sendKeys({ press: 'ArrowDown' });
    await until(() => focused() === 'cdi', 'skips the closed branch');
    await sendKeys({ press: 'Home' });
    await until(() => focused() === 'actus', 'Début');
    await sendKeys({ press: 'ArrowRight' });
    await until(() => item(el, 'actus').getAttribute('aria-expanded') === 'true', 'opens actus');
    await sendKeys({ press: 'ArrowRight' });
    await until(() => focused() === 'club-theatre', 'into the first child');
    await sendKeys({ press: 'End' });
    await until(() => focused() === 'cdi', 'Fin');
    await sendKeys({ press: 'Enter' });
    await until(() => panelTitle(el) === 'CDI', 'the panel shows CDI');
    expect(item(el, 'cdi').getAttribute('aria-selected')).to.equal('true');
    expect(item(el, 'cdi').tabIndex).to.equal(0);
  });

  it('creates a rubrique with the identifiant suggested from the title, and sends exactly the form', async () => {
    const site = fakeSite(adminTree());
    const el = await screen(admin);
    await choose(el, 'actus');
    buttonNamed(el, 'Nouvelle rubrique').click();
    await until(() => !!el.shadowRoot!.querySelector('tuiles-admin-rubrique-form'), 'the form');
    const f = form(el);
    await until(() => f.shadowRoot!.activeElement?.id === 'title', 'the title has focus');
    await sendKeys({ type: 'Club d’échecs (6e)' });
    const slug = inner<HTMLInputElement>(f, '#slug');
    await until(() => slug.value === 'club-d-echecs-6e', 'slug suggestion');
    expect(slug.readOnly).to.equal(false);
    const parent = inner<HTMLSelectElement>(f, '#parent');
    expect(parent.value).to.equal('actus', 'under the chosen rubrique');
    expect([...parent.options].map((o) => clean(o.textContent))).to.deep.equal(['Aucune (premier niveau)', 'Actualités', '— Club théâtre', '— — Club photo', 'CDI']);
    await type(slug, '-bis');
    await type(inner(f, '#title'), ' !');
    expect(slug.value).to.equal('club-d-echecs-6e-bis', 'a typed identifiant is kept');
    pick(inner(f, '#visibility'), 'private');
    inner<HTMLInputElement>(f, 'input[value="agenda"]').click();
    buttonNamed(f, 'Enregistrer').click();
    await until(() => site.writes().length === 1, 'the POST');
    const [post] = site.writes();
    expect(post.url).to.equal(`${API}/rubriques`);
    expect(post.init?.method).to.equal('POST');
    expect(post.init?.credentials).to.equal('same-origin');
    expect(site.body(post)).to.deep.equal({ slug: 'club-d-echecs-6e-bis', title: 'Club d’échecs (6e) !', parent: 'actus', visibility: 'private', services: ['blog', 'agenda'] });
    await until(() => panelTitle(el) === 'Club d’échecs (6e) !', 'the new rubrique is shown');
    await until(() => status(el) === 'Rubrique « Club d’échecs (6e) ! » créée.', 'announced');
    expect(item(el, 'club-d-echecs-6e-bis').getAttribute('aria-level')).to.equal('2');
  });

  it('shows the server’s refusal of a taken identifiant next to the field', async () => {
    fakeSite(adminTree(), (url, init) => (init?.method === 'POST' ? refusal(409, 'slug_taken', 'La rubrique « cdi » existe déjà.') : undefined));
    const el = await screen(admin);
    buttonNamed(el, 'Nouvelle rubrique').click();
    await until(() => !!el.shadowRoot!.querySelector('tuiles-admin-rubrique-form'), 'the form');
    await type(inner(form(el), '#title'), 'CDI');
    expect(inner<HTMLSelectElement>(form(el), '#parent').value).to.equal('', 'top level by default for an admin with nothing chosen');
    buttonNamed(form(el), 'Enregistrer').click();
    await until(() => clean(inner(form(el), '#slug-error').textContent) === 'La rubrique « cdi » existe déjà.', 'the slug error');
    expect(inner(form(el), '#slug').getAttribute('aria-invalid')).to.equal('true');
    await until(() => form(el).shadowRoot!.activeElement?.id === 'slug', 'focus on the field at fault');
    await until(() => status(el) === 'Création refusée : La rubrique « cdi » existe déjà.', 'announced');
  });

  it('edits and moves a rubrique, with the identifiant fixed, and shows the server’s 400 on the parent next to that field', async () => {
    const site = fakeSite(adminTree(), (url, init) =>
      init?.method === 'PATCH' ? refusal(400, 'invalid', 'Certaines valeurs sont invalides.', { parent: 'une rubrique ne peut pas aller sous elle-même ou ses sous-rubriques' }) : undefined,
    );
    const el = await screen(admin);
    await choose(el, 'club-theatre');
    buttonNamed(el, 'Modifier').click();
    await until(() => !!el.shadowRoot!.querySelector('tuiles-admin-rubrique-form'), 'the form');
    const f = form(el);
    expect(inner<HTMLInputElement>(f, '#slug').readOnly).to.equal(true);
    expect(inner<HTMLInputElement>(f, '#title').value).to.equal('Club théâtre');
    const parent = inner<HTMLSelectElement>(f, '#parent');
    expect(parent.value).to.equal('actus');
    expect([...parent.options].map((o) => o.value)).to.deep.equal(['', 'actus', 'cdi'], 'never under itself or its own sub-rubriques');
    pick(parent, 'cdi');
    inner<HTMLInputElement>(f, 'input[value="blog"]').click();
    buttonNamed(f, 'Enregistrer').click();
    await until(() => site.writes().length === 1, 'the PATCH');
    const [patch] = site.writes();
    expect(patch.url).to.equal(`${API}/rubriques/club-theatre`);
    expect(site.body(patch)).to.deep.equal({ title: 'Club théâtre', parent: 'cdi', visibility: 'private', services: ['agenda'] });
    await until(() => clean(inner(f, '#parent-error').textContent) === 'une rubrique ne peut pas aller sous elle-même ou ses sous-rubriques', 'the parent error');
    expect(parent.getAttribute('aria-invalid')).to.equal('true');
    expect(parent.getAttribute('aria-describedby')).to.contain('parent-error');
    expect(inner(f, '#title').getAttribute('aria-invalid')).to.equal('false');
    await until(() => f.shadowRoot!.activeElement === parent, 'focus on the parent');
  });

  it('deletes a rubrique only once its identifiant is typed, saying what goes with it', async () => {
    const site = fakeSite(adminTree());
    const el = await screen(admin);
    await choose(el, 'club-theatre');
    buttonNamed(el, 'Supprimer').click();
    await until(() => !!el.shadowRoot!.querySelector('tuiles-admin-rubrique-delete'), 'the confirmation');
    const confirm = inner(el, 'tuiles-admin-rubrique-delete');
    expect(clean(inner(confirm, '#delete-what').textContent)).to.equal('La rubrique sera supprimée avec sa sous-rubrique et tous leurs articles et événements. Cette action est définitive.');
    await until(() => confirm.shadowRoot!.activeElement?.id === 'confirm', 'focus in the field');
    await sendKeys({ type: 'club' });
    buttonNamed(confirm, 'Supprimer définitivement').click();
    await until(() => clean(inner(confirm, '#confirm-error').textContent) === 'Tapez exactement « club-theatre ».', 'mismatch said');
    expect(site.writes()).to.have.length(0);
    await sendKeys({ type: '-theatre' });
    await sendKeys({ press: 'Enter' });
    await until(() => site.writes().length === 1, 'the DELETE');
    const [del] = site.writes();
    expect(del.init?.method).to.equal('DELETE');
    expect(del.url).to.equal(`${API}/rubriques/club-theatre?confirm=club-theatre`);
    await until(() => status(el) === 'Rubrique « Club théâtre » supprimée.', 'announced');
    expect(items(el).map((i) => i.dataset.slug)).to.deep.equal(['actus', 'cdi']);
  });

  it('shows the server’s refusal of a deletion under the field', async () => {
    fakeSite(adminTree(), (url, init) => (init?.method === 'DELETE' ? refusal(400, 'invalid', 'Certaines valeurs sont invalides.', { confirm: 'répétez le nom de la rubrique (?confirm=cdi)' }) : undefined));
    const el = await screen(admin);
    await choose(el, 'cdi');
    buttonNamed(el, 'Supprimer').click();
    await until(() => !!el.shadowRoot!.querySelector('tuiles-admin-rubrique-delete'), 'the confirmation');
    const confirm = inner(el, 'tuiles-admin-rubrique-delete');
    expect(clean(inner(confirm, '#delete-what').textContent)).to.contain('avec tous ses articles et événements');
    await type(inner(confirm, '#confirm'), 'cdi');
    buttonNamed(confirm, 'Supprimer définitivement').click();
    await until(() => clean(inner(confirm, '#confirm-error').textContent) === 'répétez le nom de la rubrique (?confirm=cdi)', 'the server’s word');
    expect(inner(confirm, '#confirm').getAttribute('aria-invalid')).to.equal('true');
  });

  it('offers a gestionnaire only its subtree: no top level, nothing on the rubrique it was given, rights below it', async () => {
    fakeSite(gestionnaireTree(), (url, init) =>
      init?.method === 'PUT' ? refusal(403, 'forbidden', 'Vous ne pouvez pas nommer les acteurs de cette rubrique.') : undefined,
    );
    const el = await screen(gestionnaire);
    await choose(el, 'actus');
    expect(hasButton(el, 'Modifier')).to.equal(false);
    expect(hasButton(el, 'Supprimer')).to.equal(false);
    expect(hasButton(el, 'Nouvelle sous-rubrique')).to.equal(true);
    expect(el.shadowRoot!.querySelector('tuiles-admin-rights-editor')).to.equal(null);
    expect(clean(inner(el, 'section[aria-labelledby="rights-title"]').textContent)).to.contain('nommés par un administrateur ou par le gestionnaire de sa rubrique parente');
    buttonNamed(el, 'Nouvelle rubrique').click();
    await until(() => !!el.shadowRoot!.querySelector('tuiles-admin-rubrique-form'), 'the form');
    expect([...inner<HTMLSelectElement>(form(el), '#parent').options].map((o) => o.value)).to.deep.equal(['actus', 'club-theatre', 'club-photo'], 'no top level, nothing outside');
    buttonNamed(form(el), 'Annuler').click();

    await choose(el, 'cdi');
    expect(hasButton(el, 'Modifier') || hasButton(el, 'Supprimer') || hasButton(el, 'Nouvelle sous-rubrique')).to.equal(false);

    await choose(el, 'club-theatre');
    const rights = inner(el, 'tuiles-admin-rights-editor');
    await until(() => !!rights.shadowRoot!.querySelector('.rights li'), 'its rights');
    buttonNamed(rights, 'Enregistrer les droits').click();
    await until(() => !!el.shadowRoot!.querySelector('section [role="alert"]'), 'the refusal');
    expect(clean(inner(el, 'section [role="alert"]').textContent)).to.equal('Vous ne pouvez pas nommer les acteurs de cette rubrique.');
    await until(() => status(el) === 'Droits non enregistrés : Vous ne pouvez pas nommer les acteurs de cette rubrique.', 'announced');
  });

  it('says when the rubriques cannot be loaded, and loads them again on « Réessayer »', async () => {
    let fail = true;
    fakeSite(adminTree(), (url) => (fail && url.pathname.endsWith('/rubriques') ? refusal(500, 'internal', 'Erreur interne.') : undefined));
    const el = await fixture<RubriquesScreen>(html`<tuiles-admin-rubriques site=${SITE} .may=${admin}></tuiles-admin-rubriques>`);
    await until(() => !!el.shadowRoot!.querySelector('[role="alert"]'), 'the error');
    expect(clean(inner(el, '[role="alert"]').textContent)).to.contain('Les rubriques n’ont pas pu être chargées : Erreur interne.');
    fail = false;
    buttonNamed(el, 'Réessayer').click();
    await until(() => !!el.shadowRoot!.querySelector('tuiles-admin-rubrique-tree'), 'the tree');
  });

  it('says when the site has no rubrique yet, and still offers to create one', async () => {
    fakeSite([]);
    const el = await fixture<RubriquesScreen>(html`<tuiles-admin-rubriques site=${SITE} .may=${admin}></tuiles-admin-rubriques>`);
    await until(() => !!el.shadowRoot!.querySelector('.empty'), 'the empty state');
    expect(clean(inner(el, '.empty').textContent)).to.equal('Aucune rubrique pour l’instant.');
    expect(hasButton(el, 'Nouvelle rubrique')).to.equal(true);
  });

  for (const theme of ['light', 'dark']) {
    it(`passes axe with a rubrique, its rights and the create form in the ${theme} theme`, async () => {
      await emulateMedia({ colorScheme: theme as 'light' | 'dark' });
      fakeSite(adminTree());
      const el = await screen(admin, theme);
      await choose(el, 'actus');
      await until(() => !!el.shadowRoot!.querySelector('tuiles-admin-rights-editor')?.shadowRoot?.querySelector('.rights'), 'the rights');
      await expect(el).to.be.accessible();
      buttonNamed(el, 'Nouvelle rubrique').click();
      await until(() => !!el.shadowRoot!.querySelector('tuiles-admin-rubrique-form'), 'the form');
      await expect(el).to.be.accessible();
    });
  }
});

describe('what deleting a rubrique takes along', () => {
  afterEach(() => restoreFetch());

  it('asks the server when the dialog opens and says it: « 1 sous-rubrique, 42 articles et 5 événements seront supprimés. »', async () => {
    const site = fakeSite(adminTree(), (url) =>
      url.pathname === `${API}/rubriques/cdi/usage` ? new Response(JSON.stringify({ subRubriques: 1, articles: 42, events: 5 }), { headers: { 'Content-Type': 'application/json' } }) : undefined,
    );
    const el = await screen(admin);
    await choose(el, 'cdi');
    buttonNamed(el, 'Supprimer').click();
    await until(() => !!el.shadowRoot!.querySelector('tuiles-admin-rubrique-delete'), 'the confirmation');
    const confirm = inner(el, 'tuiles-admin-rubrique-delete');
    const counts = () => clean(inner(confirm, '#delete-counts').textContent);
    await until(() => counts() === '1 sous-rubrique, 42 articles et 5 événements seront supprimés.', 'the counts said');
    expect(inner(confirm, '#delete-counts').getAttribute('role')).to.equal('status');
    expect(inner(confirm, '#confirm').getAttribute('aria-describedby')).to.contain('delete-counts');
    expect(site.calls.filter((c) => c.url.endsWith('/usage')).map((c) => c.init?.method ?? 'GET')).to.deep.equal(['GET']);
  });

  it('keeps the general warning alone when the server cannot say', async () => {
    fakeSite(adminTree(), (url) => (url.pathname.endsWith('/usage') ? refusal(404, 'not_found', 'Introuvable.') : undefined));
    const el = await screen(admin);
    await choose(el, 'cdi');
    buttonNamed(el, 'Supprimer').click();
    await until(() => !!el.shadowRoot!.querySelector('tuiles-admin-rubrique-delete'), 'the confirmation');
    const confirm = inner(el, 'tuiles-admin-rubrique-delete');
    await until(() => clean(inner(confirm, '#delete-counts').textContent) === '', 'no counts');
    expect(clean(inner(confirm, '#delete-what').textContent)).to.contain('avec tous ses articles et événements');
  });

  it('words the counts as French agrees them', () => {
    expect(usageSentence({ subRubriques: 3, articles: 42, events: 5 })).to.equal('3 sous-rubriques, 42 articles et 5 événements seront supprimés.');
    expect(usageSentence({ subRubriques: 0, articles: 1, events: 0 })).to.equal('1 article sera supprimé.');
    expect(usageSentence({ subRubriques: 1, articles: 0, events: 0 })).to.equal('1 sous-rubrique sera supprimée.');
    expect(usageSentence({ subRubriques: 2, articles: 0, events: 0 })).to.equal('2 sous-rubriques seront supprimées.');
    expect(usageSentence({ subRubriques: 0, articles: 2, events: 1 })).to.equal('2 articles et 1 événement seront supprimés.');
    expect(usageSentence({ subRubriques: 0, articles: 0, events: 0 })).to.equal('Elle ne contient ni sous-rubrique, ni article, ni événement.');
  });
});
