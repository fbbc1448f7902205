import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../../components/tiles/news/news.ts';
import type { TuilesNews } from '../../../components/tiles/news/news.ts';
import type { NewsConfig, NewsData } from '../../../contract/tiles/news.ts';
import type { TileResponse } from '../../../contract/api.ts';
import {
  NOW,
  SERVER,
  all,
  article,
  clean,
  json,
  one,
  pendingFetch,
  restoreFetch,
  stubFetch,
  text,
  unreachable,
  until,
} from '../fixtures.ts';

const config: NewsConfig = {
  title: 'Actualités',
  rubriques: ['vie-scolaire'],
  max: 6,
  showDates: true,
  showIllustration: true,
  showSummary: true,
};

const data: NewsData = {
  items: [
    article({ id: 'a2', title: 'Résultats du cross', publishedAt: '2026-11-23T07:00:00Z', url: '/articles/a2' }),
    article(),
    article({ id: 'a3', title: 'Menu de la semaine', illustration: null, summary: '', url: 'https://autre.example/menu' }),
  ],
};

function news(c: Partial<NewsConfig> = config, d: NewsData | null = data) {
  return fixture<TuilesNews>(html`<tuiles-news server=${SERVER} .config=${c} .data=${d} .now=${NOW}></tuiles-news>`);
}

function tileResponse(d: NewsData, c: Partial<NewsConfig> = config): TileResponse {
  return { site: { slug: 'college-carladez', name: 'Collège Carladez' }, tile: { id: 'news', type: 'news', config: { ...config, ...c }, data: d } } as TileResponse;
}

describe('<tuiles-news>', () => {
  afterEach(restoreFetch);

  describe('given data', () => {
    it('renders a heading and one list item per article, in the given order', async () => {
      const el = await news();
      expect(text(el, 'h2')).to.equal('Actualités');
      const items = all(el, 'ul > li');
      expect(items).to.have.length(3);
      expect(items.map((li) => li.querySelector('h3')?.textContent?.trim())).to.deep.equal([
        'Résultats du cross',
        'Sortie au musée Soulages',
        'Menu de la semaine',
      ]);
    });

    it('links each title to its article, resolving relative URLs against the server', async () => {
      const el = await news();
      const links = all(el, 'li a') as HTMLAnchorElement[];
      expect(links.map((a) => a.href)).to.deep.equal([
        'https://ent.example/articles/a2',
        'https://ent.example/articles/a1',
        'https://autre.example/menu',
      ]);
    });

    it('never renders a javascript: URL as a link', async () => {
      const el = await news(config, { items: [article({ url: 'javascript:alert(1)' })] });
      expect(all(el, 'a')).to.have.length(0);
      expect(text(el, 'h3')).to.equal('Sortie au musée Soulages');
    });

    it('dates recent articles relatively and older ones by day, in French by default', async () => {
      const el = await news();
      const times = all(el, 'time') as HTMLTimeElement[];
      expect(clean(times[0].textContent)).to.equal('il y a 2 h');
      expect(times[0].dateTime).to.equal('2026-11-23T07:00:00Z');
      expect(clean(times[1].textContent)).to.equal('lun. 2 mars');
    });

    it('switches dates and labels to English with lang="en"', async () => {
      const el = await fixture<TuilesNews>(
        html`<tuiles-news lang="en" .config=${{ ...config, title: undefined }} .data=${data} .now=${NOW}></tuiles-news>`,
      );
      expect(text(el, 'h2')).to.equal('News');
      const times = all(el, 'time');
      expect(clean(times[0].textContent)).to.equal('2 hr. ago');
      expect(clean(times[1].textContent)).to.equal('Mon, Mar 2');
    });

    it('inherits English from the closest ancestor with a lang attribute', async () => {
      const wrapper = await fixture(html`<div lang="en-GB"><tuiles-news .data=${{ items: [] }}></tuiles-news></div>`);
      const el = wrapper.querySelector('tuiles-news')!;
      await el.updateComplete;
      expect(text(el, '.empty')).to.equal('No news yet');
    });

    it('shows illustrations cropped to a fixed ratio, lazily loaded, with explicit size and alt', async () => {
      const el = await news();
      const img = one<HTMLImageElement>(el, 'img');
      expect(img.getAttribute('src')).to.equal('https://ent.example/media/musee.jpg');
      expect(img.alt).to.equal('Élèves devant une toile noire');
      expect(img.loading).to.equal('lazy');
      expect(img.getAttribute('width')).to.equal('160');
      expect(img.getAttribute('height')).to.equal('120');
      expect(getComputedStyle(img).objectFit).to.equal('cover');
      expect(getComputedStyle(img).aspectRatio).to.equal('4 / 3');
    });

    it('gives decorative illustrations an empty alt', async () => {
      const el = await news(config, { items: [article({ illustration: { url: '/x.jpg', alt: '', width: null, height: null } })] });
      const img = one<HTMLImageElement>(el, 'img');
      expect(img.hasAttribute('alt')).to.equal(true);
      expect(img.alt).to.equal('');
    });

    it('hides dates when showDates is false', async () => {
      const el = await news({ ...config, showDates: false });
      expect(all(el, 'time')).to.have.length(0);
    });

    it('hides illustrations when showIllustration is false', async () => {
      const el = await news({ ...config, showIllustration: false });
      expect(all(el, 'img')).to.have.length(0);
    });

    it('hides résumés when showSummary is false', async () => {
      const el = await news({ ...config, showSummary: false });
      expect(all(el, '[part="summary"]')).to.have.length(0);
      const shown = await news();
      expect(all(shown, '[part="summary"]')).to.have.length(2);
    });

    it('shows at most max articles', async () => {
      const el = await news({ ...config, max: 2 });
      expect(all(el, 'li')).to.have.length(2);
    });

    it('lets hide-* attributes and limit override the config', async () => {
      const el = await fixture<TuilesNews>(
        html`<tuiles-news hide-dates hide-illustration hide-summary limit="1" .config=${config} .data=${data}></tuiles-news>`,
      );
      expect(all(el, 'li')).to.have.length(1);
      expect(all(el, 'time, img, [part="summary"]')).to.have.length(0);
    });

    it('uses the heading attribute over the configured title, at the chosen level', async () => {
      const el = await fixture<TuilesNews>(
        html`<tuiles-news heading="Vie du collège" heading-level="3" .config=${config} .data=${data}></tuiles-news>`,
      );
      expect(text(el, 'h3.heading')).to.equal('Vie du collège');
      expect(all(el, 'h2')).to.have.length(0);
      expect(all(el, 'h4.title')).to.have.length(3);
    });

    it('says there is no news yet when the list is empty', async () => {
      const el = await news(config, { items: [] });
      expect(text(el, '[part="empty"]')).to.equal('Aucune actualité pour le moment');
      expect(all(el, 'ul')).to.have.length(0);
    });

    it('shows an error card when the data is null', async () => {
      const el = await news(config, null);
      expect(one(el, '[part="error"]').getAttribute('role')).to.equal('status');
      expect(text(el, '[part="error"]')).to.equal('Cette tuile est momentanément indisponible.');
    });

    it('re-renders in English when its lang attribute changes', async () => {
      const el = await news(config, { items: [] });
      expect(text(el, '[part="empty"]')).to.equal('Aucune actualité pour le moment');
      el.setAttribute('lang', 'en');
      await el.updateComplete;
      expect(text(el, '[part="empty"]')).to.equal('No news yet');
    });

    it('reaches every article link with the keyboard and shows a visible focus ring', async () => {
      const el = await news();
      await sendKeys({ press: 'Tab' });
      const focused = el.shadowRoot?.activeElement as HTMLAnchorElement;
      expect(focused?.localName).to.equal('a');
      expect(focused.href).to.equal('https://ent.example/articles/a2');
      const style = getComputedStyle(focused);
      expect(style.outlineStyle).to.equal('solid');
      expect(style.outlineWidth).to.equal('3px');
      await sendKeys({ press: 'Tab' });
      expect((el.shadowRoot?.activeElement as HTMLAnchorElement).href).to.equal('https://ent.example/articles/a1');
    });

    it('is accessible', async () => {
      const el = await news();
      await expect(el).to.be.accessible();
    });

    it('is accessible in the dark theme', async () => {
      const el = await fixture<TuilesNews>(
        html`<tuiles-news theme="dark" .config=${config} .data=${data} .now=${NOW}></tuiles-news>`,
      );
      await expect(el).to.be.accessible();
    });
  });

  describe('theming', () => {
    it('takes its link colour from --tuiles-accent', async () => {
      const el = await fixture<TuilesNews>(
        html`<tuiles-news style="--tuiles-accent: rgb(200, 0, 0)" .config=${config} .data=${data}></tuiles-news>`,
      );
      expect(getComputedStyle(one(el, 'li a')).color).to.equal('rgb(200, 0, 0)');
    });

    it('prefers --tuiles-news-accent over --tuiles-accent', async () => {
      const el = await fixture<TuilesNews>(
        html`<tuiles-news
          style="--tuiles-accent: rgb(200, 0, 0); --tuiles-news-accent: rgb(0, 100, 0)"
          .config=${config}
          .data=${data}
        ></tuiles-news>`,
      );
      expect(getComputedStyle(one(el, 'li a')).color).to.equal('rgb(0, 100, 0)');
    });

    it('follows prefers-color-scheme unless theme is set', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      try {
        const auto = await news();
        const light = await fixture<TuilesNews>(html`<tuiles-news theme="light" .data=${data}></tuiles-news>`);
        expect(getComputedStyle(one(auto, '.tile')).backgroundColor).to.equal('rgb(23, 27, 33)');
        expect(getComputedStyle(one(light, '.tile')).backgroundColor).to.equal('rgb(255, 255, 255)');
      } finally {
        await emulateMedia({ colorScheme: 'light' });
      }
    });

    it('is not restyled by the embedding page', async () => {
      const wrapper = await fixture(html`<div>
        <style>
          .site li { color: red; list-style: disc; }
          .site h2 { font-size: 40px; }
          .site { text-transform: uppercase; letter-spacing: 4px; }
        </style>
        <div class="site"><tuiles-news .config=${config} .data=${data}></tuiles-news></div>
      </div>`);
      const el = wrapper.querySelector('tuiles-news')!;
      await el.updateComplete;
      const h2 = one(el, 'h2');
      expect(getComputedStyle(h2).fontSize).to.equal('20px');
      expect(getComputedStyle(h2).textTransform).to.equal('none');
      expect(getComputedStyle(h2).letterSpacing).to.equal('normal');
      expect(getComputedStyle(one(el, 'li')).listStyleType).to.equal('none');
    });

    it('exposes parts for the embedding page to style', async () => {
      const el = await news();
      for (const part of ['tile', 'heading', 'list', 'item', 'title', 'link', 'date', 'summary', 'illustration']) {
        expect(all(el, `[part~="${part}"]`).length, part).to.be.greaterThan(0);
      }
    });
  });

  describe('standalone', () => {
    it('fetches its tile anonymously with rubriques and limit, then renders it', async () => {
      const calls = stubFetch(() => json(tileResponse(data)));
      const el = await fixture<TuilesNews>(
        html`<tuiles-news site="college-carladez" server="https://ent.example/" rubriques="vie-scolaire, cdi" limit="2"></tuiles-news>`,
      );
      await until(() => all(el, 'li a').length > 0, 'articles');
      expect(calls).to.have.length(1);
      expect(calls[0].url).to.equal(
        'https://ent.example/api/sites/college-carladez/tiles/news?rubriques=vie-scolaire%2Ccdi&limit=2',
      );
      expect(calls[0].init?.credentials).to.equal('omit');
      expect(calls[0].init?.signal).to.be.instanceOf(AbortSignal);
      expect(all(el, 'li')).to.have.length(2);
    });

    it('uses the page origin when no server is given', async () => {
      const calls = stubFetch(() => json(tileResponse(data)));
      const el = await fixture<TuilesNews>(html`<tuiles-news site="college-carladez" rubriques="cdi"></tuiles-news>`);
      await until(() => all(el, 'li a').length > 0, 'articles');
      expect(calls[0].url).to.equal(`${location.origin}/api/sites/college-carladez/tiles/news?rubriques=cdi`);
      expect((one(el, 'li a') as HTMLAnchorElement).href).to.equal(`${location.origin}/articles/a2`);
    });

    it('shows a busy skeleton of the final size while loading', async () => {
      const pending = pendingFetch();
      stubFetch(pending.answer);
      const el = await fixture<TuilesNews>(
        html`<tuiles-news site="college-carladez" rubriques="cdi" limit="2" .now=${NOW}></tuiles-news>`,
      );
      const tile = one(el, '.tile');
      expect(tile.getAttribute('aria-busy')).to.equal('true');
      expect(all(el, 'li[aria-hidden="true"] .skeleton').length).to.be.greaterThan(0);
      expect(all(el, 'li')).to.have.length(2);
      const loadingHeight = el.getBoundingClientRect().height;
      await expect(el).to.be.accessible();
      pending.release(json(tileResponse({ items: data.items.slice(0, 2).map((i) => ({ ...i, summary: 'Un résumé court.' })) })));
      await until(() => one(el, '.tile').getAttribute('aria-busy') === 'false', 'loaded');
      const loadedHeight = el.getBoundingClientRect().height;
      expect(Math.abs(loadedHeight - loadingHeight)).to.be.lessThan(loadingHeight * 0.25);
    });

    it('says so, fires tuiles-error and offers a retry when the server is unreachable', async () => {
      stubFetch(unreachable);
      const el = document.createElement('tuiles-news');
      el.setAttribute('site', 'college-carladez');
      el.setAttribute('rubriques', 'cdi');
      const fired = oneEvent(document.body, 'tuiles-error');
      document.body.append(el);
      try {
        const event = (await fired) as CustomEvent<{ status: number }>;
        expect(event.detail).to.deep.equal({ status: 0 });
        await until(() => all(el, '[role="alert"]').length > 0, 'alert');
        const alert = one(el, '[role="alert"]');
        expect(alert.textContent).to.contain('Le serveur ne répond pas');
        expect(text(el, 'button')).to.equal('Réessayer');
        await expect(el).to.be.accessible();

        const calls = stubFetch(() => json(tileResponse(data)));
        one<HTMLButtonElement>(el, 'button').click();
        await until(() => all(el, 'li').length === 3, 'articles after retry');
        expect(calls).to.have.length(1);
        expect(all(el, '[role="alert"]')).to.have.length(0);
      } finally {
        el.remove();
      }
    });

    it('reports the HTTP status of a refused request, with no retry that could not help', async () => {
      stubFetch(() => json({ error: { code: 'not_found', message: 'Site inconnu' } }, 404));
      const el = document.createElement('tuiles-news');
      el.setAttribute('site', 'nulle-part');
      el.setAttribute('rubriques', 'cdi');
      el.setAttribute('lang', 'en');
      const fired = oneEvent(el, 'tuiles-error');
      document.body.append(el);
      try {
        expect(((await fired) as CustomEvent).detail).to.deep.equal({ status: 404 });
        await until(() => all(el, '[role="alert"]').length > 0, 'alert');
        expect(text(el, '[role="alert"] p')).to.equal('This content does not exist or no longer exists.');
        expect(all(el, 'button')).to.have.length(0);
      } finally {
        el.remove();
      }
    });

    it('aborts the stale request when its attributes change', async () => {
      const pending = pendingFetch();
      const calls = stubFetch(pending.answer);
      const el = await fixture<TuilesNews>(html`<tuiles-news site="college-carladez" rubriques="cdi"></tuiles-news>`);
      el.rubriques = 'vie-scolaire';
      await el.updateComplete;
      expect(calls).to.have.length(2);
      expect(calls[0].init?.signal?.aborted).to.equal(true);
      expect(calls[1].init?.signal?.aborted).to.equal(false);
    });

    it('does not fetch when given data', async () => {
      const calls = stubFetch(() => json(tileResponse(data)));
      await fixture(html`<tuiles-news site="college-carladez" rubriques="cdi" .data=${data}></tuiles-news>`);
      expect(calls).to.have.length(0);
    });

    it('asks for the site attribute when it is missing', async () => {
      const calls = stubFetch(() => json(tileResponse(data)));
      const el = await fixture<TuilesNews>(html`<tuiles-news rubriques="cdi"></tuiles-news>`);
      expect(text(el, '[part="error"]')).to.contain('« site »');
      expect(calls).to.have.length(0);
    });

    it('asks for the rubriques attribute when it is missing', async () => {
      const calls = stubFetch(() => json(tileResponse(data)));
      const el = await fixture<TuilesNews>(html`<tuiles-news site="college-carladez"></tuiles-news>`);
      expect(text(el, '[part="error"]')).to.contain('« rubriques »');
      expect(calls).to.have.length(0);
    });
  });
});
