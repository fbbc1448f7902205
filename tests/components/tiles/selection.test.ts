import { expect, fixture, html } from '@open-wc/testing';
import '../../../components/tiles/selection/selection.ts';
import type { TuilesSelection } from '../../../components/tiles/selection/selection.ts';
import type { SelectionConfig, SelectionData } from '../../../contract/tiles/selection.ts';
import { NOW, SERVER, all, article, one, restoreFetch, stubFetch, json, text, until } from '../fixtures.ts';

const config: SelectionConfig = { title: 'À la une', articles: ['a2', 'a1'], showIllustration: true, showSummary: true };
const data: SelectionData = {
  items: [article({ id: 'a2', title: 'Concert de fin d’année', url: '/articles/a2' }), article()],
};

function selection(c: Partial<SelectionConfig> = config, d: SelectionData | null = data, lang = 'fr') {
  return fixture<TuilesSelection>(
    html`<tuiles-selection lang=${lang} server=${SERVER} .config=${c} .data=${d} .now=${NOW}></tuiles-selection>`,
  );
}

describe('<tuiles-selection>', () => {
  afterEach(restoreFetch);

  it('renders the chosen articles in the admin order, as linked cards', async () => {
    const el = await selection();
    expect(text(el, 'h2')).to.equal('À la une');
    expect(all(el, 'ul > li h3').map((h) => h.textContent?.trim())).to.deep.equal([
      'Concert de fin d’année',
      'Sortie au musée Soulages',
    ]);
    expect((one(el, 'li a') as HTMLAnchorElement).href).to.equal('https://ent.example/articles/a2');
  });

  it('shows no dates (a selection has no date option)', async () => {
    expect(all(await selection(), 'time')).to.have.length(0);
  });

  it('shows 16:9 illustrations, lazily loaded, with explicit size, above the title', async () => {
    const el = await selection();
    const img = one<HTMLImageElement>(el, 'img');
    expect(img.loading).to.equal('lazy');
    expect([img.getAttribute('width'), img.getAttribute('height')]).to.deep.equal(['480', '270']);
    expect(getComputedStyle(img).aspectRatio).to.equal('16 / 9');
    expect(getComputedStyle(img).objectFit).to.equal('cover');
    expect(img.getBoundingClientRect().top).to.be.lessThan(one(el, 'h3').getBoundingClientRect().top);
  });

  it('hides illustrations when showIllustration is false', async () => {
    expect(all(await selection({ ...config, showIllustration: false }), 'img')).to.have.length(0);
  });

  it('hides résumés when showSummary is false', async () => {
    expect(all(await selection(), '[part="summary"]')).to.have.length(2);
    expect(all(await selection({ ...config, showSummary: false }), '[part="summary"]')).to.have.length(0);
  });

  it('says no article is selected when the list is empty, in French or English', async () => {
    expect(text(await selection(config, { items: [] }), '[part="empty"]')).to.equal('Aucun article sélectionné pour le moment');
    expect(text(await selection(config, { items: [] }, 'en'), '[part="empty"]')).to.equal('No selected articles yet');
  });

  it('uses the English default title with lang="en" when none is configured', async () => {
    expect(text(await selection({}, data, 'en'), 'h2')).to.equal('Selected articles');
  });

  it('shows an error card when the data is null', async () => {
    expect(text(await selection(config, null), '[part="error"]')).to.equal('Cette tuile est momentanément indisponible.');
  });

  it('fetches the chosen articles anonymously, in their order, when used alone', async () => {
    const calls = stubFetch(() => json({ site: { slug: 'college-carladez', name: 'Collège' }, tile: { id: 'selection', type: 'selection', config: {}, data } }));
    const el = await fixture<TuilesSelection>(
      html`<tuiles-selection site="college-carladez" server=${SERVER} articles="horaires, charte"></tuiles-selection>`,
    );
    await until(() => all(el, 'li').length === data.items.length, 'articles');
    expect(calls[0].url).to.equal('https://ent.example/api/sites/college-carladez/tiles/selection?articles=horaires%2Ccharte');
    expect(calls[0].init?.credentials).to.equal('omit');
  });

  it('names the missing attribute instead of fetching without articles', async () => {
    const calls = stubFetch(() => json({}));
    const el = await fixture<TuilesSelection>(html`<tuiles-selection site="college-carladez"></tuiles-selection>`);
    await until(() => all(el, '[part="error"]').length === 1, 'error card');
    expect(text(el, '[part="error"]')).to.contain('articles');
    expect(calls).to.have.length(0);
  });

  it('takes its card spacing from --tuiles-gap', async () => {
    const el = await fixture<TuilesSelection>(
      html`<tuiles-selection style="--tuiles-gap: 7px" .config=${config} .data=${data}></tuiles-selection>`,
    );
    expect(getComputedStyle(one(el, 'ul')).columnGap).to.equal('7px');
  });

  it('is accessible', async () => {
    await expect(await selection()).to.be.accessible();
  });
});
