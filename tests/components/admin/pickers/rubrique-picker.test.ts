import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../../../components/admin/pickers/rubrique-picker.ts';
import type { RubriquePicker } from '../../../../components/admin/pickers/rubrique-picker.ts';
import { all, clean, json, one, restoreFetch, stubFetch, text, until } from '../../fixtures.ts';
import { adminAnswers } from './answers.ts';

const labels = (el: Element) => all(el, 'li label').map((l) => clean(l.textContent));

async function picker(service: 'blog' | 'agenda', value: string[] = []) {
  const el = await fixture<RubriquePicker>(html`<tuiles-admin-rubrique-picker site="college-test" .service=${service} .value=${value}></tuiles-admin-rubrique-picker>`);
  await until(() => el.shadowRoot?.querySelector('fieldset')?.getAttribute('aria-busy') === 'false', 'rubriques loaded');
  return el;
}

describe('<tuiles-admin-rubrique-picker>', () => {
  afterEach(restoreFetch);

  it('offers only the blog rubriques for news, in tree order, private ones marked', async () => {
    const calls = stubFetch(adminAnswers);
    const el = await picker('blog');
    expect(calls[0].url).to.equal('/api/sites/college-test/rubriques');
    expect(calls[0].init?.credentials).to.equal('same-origin');
    expect(text(el, 'legend')).to.equal('Rubriques');
    expect(labels(el)).to.deep.equal(['Vie scolaire', 'CDI', 'Salle des profs (privée)']);
    // CDI sits under Vie scolaire: indented one step.
    expect(one(el, 'li:nth-child(2)').getAttribute('style')).to.contain('--depth: 1');
  });

  it('offers only the agenda rubriques for the agenda, a grandchild indented twice', async () => {
    stubFetch(adminAnswers);
    const el = await picker('agenda');
    expect(labels(el)).to.deep.equal(['Vie scolaire', 'Sorties']);
    expect(one(el, 'li:nth-child(2)').getAttribute('style')).to.contain('--depth: 2');
  });

  it('ticks the chosen ones and fires value-change with the new list', async () => {
    stubFetch(adminAnswers);
    const el = await picker('blog', ['cdi']);
    expect(one<HTMLInputElement>(el, '#r-cdi').checked).to.equal(true);
    const changed = oneEvent(el, 'value-change');
    one<HTMLInputElement>(el, '#r-salle-des-profs').click();
    expect((await changed).detail.value).to.deep.equal(['cdi', 'salle-des-profs']);
    const unticked = oneEvent(el, 'value-change');
    one<HTMLInputElement>(el, '#r-cdi').click();
    expect((await unticked).detail.value).to.deep.equal(['salle-des-profs']);
  });

  it('keeps a chosen rubrique that lost its blog, saying so, so it can be unticked', async () => {
    stubFetch(adminAnswers);
    const el = await picker('blog', ['sorties', 'disparue']);
    expect(labels(el)).to.deep.equal(['Vie scolaire', 'CDI', 'Salle des profs (privée)', 'Sorties (sans blog)', 'disparue (introuvable)']);
  });

  it('shows its error under the legend, tied to the fieldset', async () => {
    stubFetch(adminAnswers);
    const el = await picker('blog');
    el.error = 'rubrique inconnue « x »';
    await el.updateComplete;
    expect(one(el, 'fieldset').getAttribute('aria-invalid')).to.equal('true');
    expect(one(el, 'fieldset').getAttribute('aria-describedby')).to.contain('error');
    expect(text(el, '#error')).to.equal('rubrique inconnue « x »');
  });

  it('says when the site has no rubrique with a blog', async () => {
    stubFetch(() => json({ rubriques: [] }));
    const el = await picker('blog');
    expect(text(el, '.empty')).to.contain('Aucune rubrique avec un blog');
  });

  it('says why the list failed and retries', async () => {
    let fail = true;
    stubFetch((url) => (fail ? json({ error: { code: 'forbidden', message: 'Accès refusé.' } }, 403) : adminAnswers(url)));
    const el = await fixture<RubriquePicker>(html`<tuiles-admin-rubrique-picker site="college-test" service="blog"></tuiles-admin-rubrique-picker>`);
    await until(() => all(el, '[role=alert]').length > 0, 'error shown');
    expect(text(el, '[role=alert]')).to.equal('Accès refusé.');
    fail = false;
    one(el, 'button').click();
    await until(() => all(el, 'li').length === 3, 'reloaded');
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`passes axe in the ${scheme} theme`, async () => {
      await emulateMedia({ colorScheme: scheme });
      stubFetch(adminAnswers);
      const el = await picker('blog', ['cdi']);
      el.error = 'rubrique inconnue « x »';
      await el.updateComplete;
      await expect(el).to.be.accessible();
      await emulateMedia({ colorScheme: 'light' });
    });
  }
});
