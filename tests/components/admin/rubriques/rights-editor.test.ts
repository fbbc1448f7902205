/**
 * « Droits » of one rubrique, through the screen: the list, the three pickers (profile,
 * group, person by keyboard in the combobox), the roles explained, and what
 * « Enregistrer les droits » sends.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../../../components/admin/rubriques/rubriques-screen.ts';
import type { RubriquesScreen } from '../../../../components/admin/rubriques/rubriques-screen.ts';
import { clean, restoreFetch, until } from '../../fixtures.ts';
import { API, SITE, adminTree, fakeSite, inner, refusal } from './fake-site.ts';

const admin = { admin: true, write: true, moderate: true, manageRubriques: true };

async function rightsOf(slug: string, theme = 'light'): Promise<{ el: RubriquesScreen; rights: HTMLElement }> {
  const el = await fixture<RubriquesScreen>(html`<tuiles-admin-rubriques site=${SITE} theme=${theme} .may=${admin} .searchDelay=${0}></tuiles-admin-rubriques>`);
  await until(() => !!el.shadowRoot!.querySelector('tuiles-admin-rubrique-tree'), 'the tree');
  inner(inner(el, 'tuiles-admin-rubrique-tree'), `[data-slug="${slug}"]`).click();
  await until(() => !!el.shadowRoot!.querySelector('tuiles-admin-rights-editor'), 'the rights editor');
  const rights = inner(el, 'tuiles-admin-rights-editor');
  await until(() => (rights.shadowRoot!.querySelector<HTMLSelectElement>('#add-group')?.options.length ?? 0) > 0 || !!rights.shadowRoot!.querySelector('#add-profile'), 'the pickers');
  return { el, rights };
}
const rows = (rights: HTMLElement) => [...rights.shadowRoot!.querySelectorAll<HTMLElement>('.rights li')].map((li) => `${clean(li.querySelector('.who')!.textContent)} = ${clean(li.querySelector('select')!.selectedOptions[0].textContent)}`);
const button = (root: HTMLElement, name: string) => [...root.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => clean(b.textContent) === name)!;
const kind = (rights: HTMLElement, k: 'profile' | 'group' | 'user') => inner<HTMLInputElement>(rights, `#add-kind-${k}`).click();
function pick(select: HTMLSelectElement, value: string): void {
  select.value = value;
  select.dispatchEvent(new Event('change'));
}
const status = (el: RubriquesScreen) => clean(inner(el, '#status').textContent);

afterEach(async () => {
  restoreFetch();
  await emulateMedia({ colorScheme: 'light' });
});

describe('the rights editor of tuiles-admin-rubriques', () => {
  it('lists who holds which role, and explains the five roles from the role table', async () => {
    fakeSite(adminTree());
    const { rights } = await rightsOf('actus');
    expect(rows(rights)).to.deep.equal(['Tous les élèves = Visiteur', 'Groupe Professeurs = Rédacteur', 'Prof Un (prof) = Modérateur']);
    const roleSelect = inner<HTMLSelectElement>(rights, '#add-role');
    expect(clean(inner(rights, 'label[for="add-role"]').textContent)).to.equal('Rôle');
    expect([...roleSelect.options].map((o) => clean(o.textContent))).to.deep.equal(['Visiteur', 'Rédacteur', 'Rédacteur avec mise en ligne', 'Modérateur', 'Gestionnaire']);
    expect(clean(inner(rights, 'label[for="role-0"]').textContent)).to.equal('Rôle : Tous les élèves');
    const help = [...rights.shadowRoot!.querySelectorAll('details dt')].map((dt) => `${clean(dt.textContent)} : ${clean(dt.nextElementSibling!.textContent)}`);
    expect(help).to.have.length(5);
    expect(help[3]).to.equal('Modérateur : Comme un rédacteur avec mise en ligne, et valide, met en ligne et supprime tout contenu de la rubrique.');
    expect(help[4]).to.equal('Gestionnaire : Comme un modérateur, et crée, modifie et supprime les sous-rubriques et en nomme les acteurs.');
  });

  it('adds a profile, a group and a person chosen by keyboard in the combobox, changes and removes rights, and sends the list', async () => {
    const site = fakeSite(adminTree());
    const { el, rights } = await rightsOf('actus');

    pick(inner(rights, '#add-profile'), 'parent');
    pick(inner(rights, '#add-role'), 'redacteur');
    button(rights, 'Ajouter un droit').click();
    await until(() => rows(rights).length === 4, 'the profile right');
    await until(() => status(el) === 'Droit ajouté : Tous les parents, Rédacteur. Pensez à enregistrer.', 'announced');

    kind(rights, 'group');
    await until(() => !!rights.shadowRoot!.querySelector('#add-group'), 'the group select');
    const groupSelect = inner<HTMLSelectElement>(rights, '#add-group');
    expect([...groupSelect.options].map((o) => clean(o.textContent))).to.deep.equal(['6e A', 'Professeurs']);
    pick(groupSelect, '6a');
    pick(inner(rights, '#add-role'), 'visiteur');
    button(rights, 'Ajouter un droit').click();
    await until(() => rows(rights).length === 5, 'the group right');

    kind(rights, 'user');
    await until(() => !!rights.shadowRoot!.querySelector('tuiles-admin-person-picker'), 'the person picker');
    const picker = inner(rights, 'tuiles-admin-person-picker');
    await until(() => !!picker.shadowRoot?.querySelector('input'), 'its box');
    const box = inner<HTMLInputElement>(picker, 'input');
    expect([box.getAttribute('role'), box.getAttribute('aria-autocomplete'), box.getAttribute('aria-expanded')]).to.deep.equal(['combobox', 'list', 'false']);
    expect(clean(inner(picker, 'label[for="person"]').textContent)).to.equal('Personne');
    box.focus();
    await sendKeys({ type: 'émi' });
    await until(() => box.getAttribute('aria-expanded') === 'true', 'the list opens');
    const search = site.calls.filter((c) => c.url.includes('/users?')).at(-1)!;
    expect(search.url).to.equal(`${API}/users?q=%C3%A9mi&limit=20`);
    const options = [...picker.shadowRoot!.querySelectorAll('[role="option"]')].map((o) => clean(o.textContent));
    expect(options).to.deep.equal(['Émilie Durand (emilie.durand) — enseignant, Documentaliste', 'Émile Martin (emile.martin) — élève']);
    // The count is announced once the answer is shown (one render after the list opens).
    await until(() => clean(inner(picker, '[role="status"]').textContent) === '2 personnes trouvées.', 'the count announced');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await until(() => box.getAttribute('aria-activedescendant') === 'person-1', 'the second option is active');
    expect(inner(picker, '#person-1').getAttribute('aria-selected')).to.equal('true');
    await sendKeys({ press: 'Enter' });
    await until(() => box.getAttribute('aria-expanded') === 'false' && box.value === 'Émile Martin (emile.martin)', 'picked');
    pick(inner(rights, '#add-role'), 'redacteur-publication');
    button(rights, 'Ajouter un droit').click();
    await until(() => rows(rights).length === 6, 'the person right');
    expect(box.value).to.equal('', 'the box empties for the next one');

    // Naming an actor again changes its role rather than adding a second right.
    kind(rights, 'profile');
    await until(() => !!rights.shadowRoot!.querySelector('#add-profile'), 'the profile select');
    pick(inner(rights, '#add-profile'), 'eleve');
    pick(inner(rights, '#add-role'), 'redacteur');
    button(rights, 'Ajouter un droit').click();
    await until(() => rows(rights)[0] === 'Tous les élèves = Rédacteur', 'the role replaced');

    pick(inner(rights, '#role-1'), 'moderateur');
    inner<HTMLButtonElement>(rights, 'button[aria-label="Retirer Prof Un (prof)"]').click();
    await until(() => rows(rights).length === 5, 'removed');
    expect(clean(inner(rights, '.actions [role="status"]').textContent)).to.equal('Droits non enregistrés');
    expect(rows(rights)).to.deep.equal([
      'Tous les élèves = Rédacteur',
      'Groupe Professeurs = Modérateur',
      'Tous les parents = Rédacteur',
      'Groupe 6e A = Visiteur',
      'Émile Martin (emile.martin) = Rédacteur avec mise en ligne',
    ]);

    button(rights, 'Enregistrer les droits').click();
    await until(() => site.writes().length === 1, 'the PUT');
    const [put] = site.writes();
    expect([put.init?.method, put.url]).to.deep.equal(['PUT', `${API}/rubriques/actus/rights`]);
    expect(site.body(put)).to.deep.equal([
      { profile: 'eleve', role: 'redacteur' },
      { group: 'profs', role: 'moderateur' },
      { profile: 'parent', role: 'redacteur' },
      { group: '6a', role: 'visiteur' },
      { user: 'emile.martin', role: 'redacteur-publication' },
    ]);
    await until(() => status(el) === 'Droits enregistrés.', 'announced');
    await until(() => !rights.shadowRoot!.querySelector('.actions [role="status"]'), 'saved: nothing pending');
  });

  it('asks for a person before adding one, and says when nobody matches', async () => {
    fakeSite(adminTree());
    const { rights } = await rightsOf('club-theatre');
    expect(clean(inner(rights, '.empty').textContent)).to.equal('Personne n’a de droit propre sur cette rubrique.');
    kind(rights, 'user');
    await until(() => !!rights.shadowRoot!.querySelector('tuiles-admin-person-picker')?.shadowRoot?.querySelector('input'), 'the picker');
    button(rights, 'Ajouter un droit').click();
    await until(() => clean(rights.shadowRoot!.querySelector('fieldset [role="alert"]')?.textContent) === 'Cherchez puis choisissez une personne dans la liste.', 'asked');
    const picker = inner(rights, 'tuiles-admin-person-picker');
    inner(picker, 'input').focus();
    await sendKeys({ type: 'zz' });
    await until(() => clean(inner(picker, '[role="status"]').textContent) === 'Aucune personne trouvée.', 'nobody');
    expect(inner(picker, 'input').getAttribute('aria-expanded')).to.equal('false');
  });

  it('shows the server’s 400 on a right next to that right', async () => {
    fakeSite(adminTree(), (url, init) =>
      init?.method === 'PUT' ? refusal(400, 'invalid', 'Certaines valeurs sont invalides.', { '[1].group': 'groupe inconnu « profs »' }) : undefined,
    );
    const { el, rights } = await rightsOf('actus');
    button(rights, 'Enregistrer les droits').click();
    await until(() => !!rights.shadowRoot!.querySelector('li[data-index="1"] .field-error'), 'the error');
    expect(clean(inner(rights, 'li[data-index="1"] .field-error').textContent)).to.equal('groupe inconnu « profs »');
    expect(rights.shadowRoot!.querySelector('li[data-index="0"] .field-error')).to.equal(null);
    await until(() => status(el) === 'Droits non enregistrés : Certaines valeurs sont invalides.', 'announced');
  });

  for (const theme of ['light', 'dark']) {
    it(`passes axe with the person list open in the ${theme} theme`, async () => {
      await emulateMedia({ colorScheme: theme as 'light' | 'dark' });
      fakeSite(adminTree());
      const { el, rights } = await rightsOf('actus', theme);
      inner(rights, 'details').setAttribute('open', '');
      kind(rights, 'user');
      await until(() => !!rights.shadowRoot!.querySelector('tuiles-admin-person-picker')?.shadowRoot?.querySelector('input'), 'the picker');
      const picker = inner(rights, 'tuiles-admin-person-picker');
      inner(picker, 'input').focus();
      await sendKeys({ type: 'em' });
      await until(() => inner(picker, 'input').getAttribute('aria-expanded') === 'true', 'open');
      await sendKeys({ press: 'ArrowDown' });
      await expect(el).to.be.accessible();
    });
  }
});
