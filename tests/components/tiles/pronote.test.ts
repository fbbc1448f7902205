import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../../components/tiles/pronote/pronote.ts';
import '../../../components/page/page.ts';
import type { TuilesPronote } from '../../../components/tiles/pronote/pronote.ts';
import type { PronoteConfig, PronoteData } from '../../../contract/tiles/pronote.ts';
import type { PageResponse } from '../../../contract/api.ts';
// The demo provider's own data (pure, no Node): what `npm start` shows the demo accounts.
import { demoSummary } from '../../../server/pronote/demo.ts';
import { NOW, SERVER, all, clean, text } from '../fixtures.ts';

const config: PronoteConfig = { title: 'Pronote', showGrades: true, showEvaluations: true, showVieScolaire: true, showHomework: true, max: 4 };
const openUrl = `/cas/login?service=${encodeURIComponent('https://demo.index-education.net/pronote/')}`;
const cut = (pupils: ReturnType<typeof demoSummary>['pupils']) =>
  pupils.map((p) => ({ ...p, grades: p.grades.slice(0, 4), evaluations: p.evaluations.slice(0, 4), events: p.events.slice(0, 4), homework: p.homework.slice(0, 4) }));

const pupilData: PronoteData = { state: 'ok', openUrl, viewer: 'eleve', pupils: cut(demoSummary({ login: 'eleve.demo', displayName: 'Léa Martin', profile: 'eleve' }, NOW).pupils) };
const parentData: PronoteData = { state: 'ok', openUrl, viewer: 'parent', pupils: cut(demoSummary({ login: 'parent.demo', displayName: 'Sophie Martin', profile: 'parent' }, NOW).pupils) };
const emptyData: PronoteData = { state: 'ok', openUrl, viewer: 'eleve', pupils: [{ name: 'Léa Martin', grades: [], evaluations: [], events: [], homework: [] }] };
const unavailableData: PronoteData = { state: 'unavailable', openUrl, message: 'Pronote ne répond pas pour le moment : réessayez plus tard, ou ouvrez Pronote directement.' };

function pronote(data: PronoteData | null, c: Partial<PronoteConfig> = config) {
  return fixture<TuilesPronote>(html`<tuiles-pronote server=${SERVER} .config=${c} .data=${data}></tuiles-pronote>`);
}

describe('<tuiles-pronote>', () => {
  before(() => setViewport({ width: 360, height: 800 }));
  after(() => setViewport({ width: 800, height: 600 }));

  it("shows a pupil's latest grades (mark / scale), evaluations, vie scolaire and homework, under one heading", async () => {
    const el = await pronote(pupilData);
    expect(text(el, 'h2')).to.equal('Pronote');
    expect(all(el, 'h3').map((h) => clean(h.textContent))).to.deep.equal(['Dernières notes', 'Dernières évaluations', 'Vie scolaire', 'Travail à faire']);
    const first = pupilData.state === 'ok' ? pupilData.pupils[0].grades[0] : null!;
    const grade = all(el, 'section')[0].querySelector('li')!;
    expect(clean(grade.textContent)).to.contain(first.subject);
    expect(clean(grade.querySelector('.mark')!.textContent)).to.equal(`${first.mark} / ${first.scale}`);
    expect(grade.querySelector('.mark')!.getAttribute('aria-label')).to.equal(`${first.mark} sur ${first.scale}`);
    expect(grade.querySelector('time')!.getAttribute('datetime')).to.equal(first.date);
    expect(all(el, 'section')[3].querySelectorAll('li').length).to.equal(4);
    expect(clean(all(el, 'section')[2].textContent)).to.contain('Retard');
  });

  it('shows a parent each child, by name, each with their own lists', async () => {
    const el = await pronote(parentData);
    const children = all(el, '[part="pupil"]');
    expect(children).to.have.length(2);
    expect(all(el, 'h3').map((h) => clean(h.textContent))).to.deep.equal(['Léa Martin', 'Tom Martin']);
    expect(children[1].getAttribute('aria-label')).to.equal('Pronote de Tom Martin');
    expect(children[1].querySelectorAll('h4')).to.have.length(4);
  });

  it('links « Ouvrir Pronote » through the CAS server of the ENT', async () => {
    const el = await pronote(parentData);
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('a[part="open"]')!;
    expect(clean(link.textContent)).to.equal('Ouvrir Pronote');
    expect(link.href).to.equal(`${SERVER}${openUrl}`);
  });

  it('says so, list by list, when the term is still empty', async () => {
    const el = await pronote(emptyData);
    expect(all(el, '[part="empty"]').map((p) => clean(p.textContent))).to.deep.equal([
      'Aucune note récente',
      'Aucune évaluation récente',
      'Aucun événement récent',
      'Aucun travail à faire',
    ]);
    expect(all(el, 'li')).to.have.length(0);
  });

  it('says Pronote is unavailable, and keeps the link to it', async () => {
    const el = await pronote(unavailableData);
    const message = el.shadowRoot!.querySelector('[part="unavailable"]')!;
    expect(message.getAttribute('role')).to.equal('status');
    expect(clean(message.textContent)).to.match(/Pronote ne répond pas/);
    expect(el.shadowRoot!.querySelector('a[part="open"]')).to.exist;
  });

  it('hides the lists the config switches off', async () => {
    const el = await pronote(pupilData, { ...config, showEvaluations: false, showHomework: false });
    expect(all(el, 'h3').map((h) => clean(h.textContent))).to.deep.equal(['Dernières notes', 'Vie scolaire']);
  });

  it('is hidden when the site switched the block off', async () => {
    const el = await pronote({ state: 'disabled' });
    expect(el.hidden).to.equal(true);
    expect(el.getBoundingClientRect().height).to.equal(0);
  });

  it('fits 360 px without horizontal scrolling', async () => {
    const el = await pronote(parentData);
    expect(el.getBoundingClientRect().width).to.be.at.most(360);
    const card = el.shadowRoot!.querySelector('[part="tile"]')!;
    expect(card.scrollWidth).to.be.at.most(card.clientWidth + 1);
  });

  for (const [name, data] of [['pupil', pupilData], ['parent of two', parentData], ['empty', emptyData], ['unavailable', unavailableData]] as const) {
    it(`is accessible (${name}), light and dark`, async () => {
      await expect(await pronote(data)).to.be.accessible();
      const dark = await fixture<TuilesPronote>(html`<tuiles-pronote theme="dark" server=${SERVER} .config=${config} .data=${data}></tuiles-pronote>`);
      await expect(dark).to.be.accessible();
    });
  }

  it('is rendered by <tuiles-page>, which leaves out a disabled block', async () => {
    const page: PageResponse = {
      site: { slug: 'college-jean-moulin', name: 'Collège Jean Moulin' },
      page: {
        kind: 'personal-home',
        tiles: [
          { id: 'p1', type: 'pronote', config, data: parentData },
          { id: 'p2', type: 'pronote', config, data: { state: 'disabled' } },
        ],
      },
    } as PageResponse;
    const el = await fixture(html`<tuiles-page server=${SERVER} .data=${page}></tuiles-page>`);
    const blocks = el.shadowRoot!.querySelectorAll('tuiles-pronote');
    expect(blocks).to.have.length(1);
    await (blocks[0] as TuilesPronote).updateComplete;
    expect(blocks[0].shadowRoot!.querySelectorAll('[part="pupil"]')).to.have.length(2);
  });
});
