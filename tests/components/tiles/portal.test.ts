import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../../components/tiles/portal/portal.ts';
import '../../../components/page/page.ts';
import { monogram, type TuilesPortal } from '../../../components/tiles/portal/portal.ts';
import type { PortalConfig, PortalData } from '../../../contract/tiles/portal.ts';
import type { PageResponse } from '../../../contract/api.ts';
import type { ResolvedTile } from '../../../contract/tiles/index.ts';
import { SERVER, all, clean, one, restoreFetch, stubFetch, json, text, until } from '../fixtures.ts';

const config: PortalConfig = {
  title: 'Mes services',
  links: [
    { label: 'Pronote', url: 'https://0120001a.index-education.net/pronote/', icon: '/media/pronote.svg' },
    { label: 'Cahier de textes', url: '/services/cahier' },
    { label: 'Esidoc', url: 'https://cdi.example/esidoc', icon: 'https://cdi.example/logo.png', profiles: ['eleve'] },
  ],
};

const data: PortalData = {
  links: [
    { label: 'Pronote', url: 'https://0120001a.index-education.net/pronote/', icon: '/media/pronote.svg' },
    { label: 'Cahier de textes', url: '/services/cahier', icon: null },
    { label: 'Esidoc', url: 'https://cdi.example/esidoc', icon: 'https://cdi.example/logo.png' },
  ],
};

function portal(c: Partial<PortalConfig> = config, d: PortalData | null = data) {
  return fixture<TuilesPortal>(html`<tuiles-portal server=${SERVER} .config=${c} .data=${d}></tuiles-portal>`);
}

function links(el: Element): HTMLAnchorElement[] {
  return all(el, 'li a') as HTMLAnchorElement[];
}

describe('<tuiles-portal>', () => {
  afterEach(restoreFetch);

  describe('given data', () => {
    it('renders the configured heading and one list item per service, in the given order', async () => {
      const el = await portal();
      expect(text(el, 'h2')).to.equal('Mes services');
      expect(all(el, 'ul[part="list"] > li[part="item"]')).to.have.length(3);
      const names = all(el, '[part="label"]').map((label) => clean(label.textContent).replace(' (nouvelle fenêtre)', ''));
      expect(names).to.deep.equal([
        'Pronote',
        'Cahier de textes',
        'Esidoc',
      ]);
    });

    it('links each service, resolving relative URLs against the server, in a new window', async () => {
      const el = await portal();
      expect(links(el).map((a) => a.href)).to.deep.equal([
        'https://0120001a.index-education.net/pronote/',
        'https://ent.example/services/cahier',
        'https://cdi.example/esidoc',
      ]);
      for (const a of links(el)) {
        expect(a.target).to.equal('_blank');
        expect(a.rel).to.equal('noopener');
      }
    });

    it('says, to screen readers only, that each link opens a new window', async () => {
      const el = await portal();
      const a = links(el)[0];
      expect(clean(a.textContent)).to.equal('Pronote (nouvelle fenêtre)');
      const hint = a.querySelector('.visually-hidden')!;
      expect(clean(hint.textContent)).to.equal('(nouvelle fenêtre)');
      expect(hint.getBoundingClientRect().width).to.be.at.most(1);
    });

    it('shows icons from http(s) or server-relative URLs, decorative, with an explicit size', async () => {
      const el = await portal();
      const imgs = all(el, 'img[part="icon"]') as HTMLImageElement[];
      expect(imgs.map((img) => img.getAttribute('src'))).to.deep.equal([
        'https://ent.example/media/pronote.svg',
        'https://cdi.example/logo.png',
      ]);
      for (const img of imgs) {
        expect(img.getAttribute('alt')).to.equal('');
        expect(img.getAttribute('width')).to.equal('48');
        expect(img.getAttribute('height')).to.equal('48');
      }
    });

    it('shows a coloured monogram of the label when there is no usable icon', async () => {
      const el = await portal(config, {
        links: [
          { label: 'Cahier de textes', url: '/cahier', icon: null },
          { label: 'moodle', url: '/moodle', icon: 'javascript:alert(1)' },
          { label: 'Éduthèque', url: '/edutheque', icon: 'data:image/svg+xml,<svg onload="alert(1)"/>' },
        ],
      });
      expect(all(el, 'img')).to.have.length(0);
      const monograms = all(el, '[part="monogram"]');
      expect(monograms.map((m) => clean(m.textContent))).to.deep.equal(['CT', 'M', 'É']);
      for (const m of monograms) expect(m.getAttribute('aria-hidden')).to.equal('true');
      const style = getComputedStyle(monograms[0]);
      expect(style.color).to.equal('rgb(255, 255, 255)');
      expect(style.backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
    });

    it('gives the same label the same monogram colour every time', async () => {
      const a = await portal(config, { links: [{ label: 'Cahier de textes', url: '/a', icon: null }] });
      const b = await portal(config, { links: [{ label: 'Cahier de textes', url: '/b', icon: null }] });
      expect(getComputedStyle(one(a, '.monogram')).backgroundColor).to.equal(
        getComputedStyle(one(b, '.monogram')).backgroundColor,
      );
    });

    it('makes monograms from the first letters of the main words', () => {
      expect(monogram('Pronote')).to.equal('P');
      expect(monogram('Cahier de textes')).to.equal('CT');
      expect(monogram("L'ENT du collège")).to.equal('EC');
      expect(monogram('de la')).to.equal('DL');
      expect(monogram('  « 42 »  ')).to.equal('4');
      expect(monogram('—')).to.equal('?');
    });

    it('falls back to the monogram when an icon fails to load', async () => {
      const el = await fixture<TuilesPortal>(
        html`<tuiles-portal server=${location.origin} .data=${{ links: [{ label: 'Pronote', url: '/pronote', icon: '/nothing-here/pronote.png' }] }}></tuiles-portal>`,
      );
      await until(() => all(el, '[part="monogram"]').length === 1, 'monogram after the icon failed');
      expect(all(el, 'img')).to.have.length(0);
      expect(text(el, '[part="monogram"]')).to.equal('P');
    });

    it('never renders a javascript: (or any non-http) link', async () => {
      const el = await portal(config, {
        links: [
          { label: 'Piège', url: 'javascript:alert(1)', icon: null },
          { label: 'Piège encodé', url: 'JaVaScRiPt:alert(1)', icon: null },
          { label: 'Données', url: 'data:text/html,<script>alert(1)</script>', icon: null },
          { label: 'Messagerie', url: 'https://mail.example/', icon: null },
        ],
      });
      expect(links(el).map((a) => a.href)).to.deep.equal(['https://mail.example/']);
      expect(all(el, 'li')).to.have.length(1);
      expect(el.shadowRoot!.innerHTML).not.to.contain('javascript:');
    });

    it('says there is no service yet when the list is empty', async () => {
      const el = await portal(config, { links: [] });
      expect(text(el, '[part="empty"]')).to.equal('Aucun service pour le moment');
      expect(all(el, 'ul')).to.have.length(0);
    });

    it('shows the empty state when no link is usable', async () => {
      const el = await portal(config, { links: [{ label: 'Piège', url: 'javascript:alert(1)', icon: null }] });
      expect(text(el, '[part="empty"]')).to.equal('Aucun service pour le moment');
      expect(all(el, 'a')).to.have.length(0);
    });

    it('speaks English with lang="en"', async () => {
      const el = await fixture<TuilesPortal>(
        html`<tuiles-portal lang="en" .config=${{ links: [] }} .data=${data}></tuiles-portal>`,
      );
      expect(text(el, 'h2')).to.equal('My services');
      expect(clean(links(el)[0].textContent)).to.equal('Pronote (new window)');
      el.data = { links: [] };
      await el.updateComplete;
      expect(text(el, '[part="empty"]')).to.equal('No services yet');
    });

    it('inherits English from the closest ancestor with a lang attribute', async () => {
      const wrapper = await fixture(html`<div lang="en-GB"><tuiles-portal .data=${{ links: [] }}></tuiles-portal></div>`);
      const el = wrapper.querySelector('tuiles-portal')!;
      await el.updateComplete;
      expect(text(el, '[part="empty"]')).to.equal('No services yet');
    });

    it('uses the heading attribute over the configured title, at the chosen level', async () => {
      const el = await fixture<TuilesPortal>(
        html`<tuiles-portal heading="Outils du CDI" heading-level="3" .config=${config} .data=${data}></tuiles-portal>`,
      );
      expect(text(el, 'h3.heading')).to.equal('Outils du CDI');
      expect(all(el, 'h2')).to.have.length(0);
    });

    it('shows an error card when the data is null', async () => {
      const el = await portal(config, null);
      expect(one(el, '[part="error"]').getAttribute('role')).to.equal('status');
      expect(text(el, '[part="error"]')).to.equal('Cette tuile est momentanément indisponible.');
    });

    it('does not fetch anything on its own (there is no portal endpoint)', async () => {
      const calls = stubFetch(() => json({}));
      const el = await fixture<TuilesPortal>(html`<tuiles-portal site="college-carladez"></tuiles-portal>`);
      expect(calls).to.have.length(0);
      expect(all(el, '*')).to.have.length(0);
    });

    it('reaches every service with the keyboard and shows a visible focus ring', async () => {
      const el = await portal();
      await sendKeys({ press: 'Tab' });
      const focused = el.shadowRoot?.activeElement as HTMLAnchorElement;
      expect(focused?.localName).to.equal('a');
      expect(focused.href).to.equal('https://0120001a.index-education.net/pronote/');
      const style = getComputedStyle(focused);
      expect(style.outlineStyle).to.equal('solid');
      expect(style.outlineWidth).to.equal('3px');
      await sendKeys({ press: 'Tab' });
      expect((el.shadowRoot?.activeElement as HTMLAnchorElement).href).to.equal('https://ent.example/services/cahier');
    });

    it('lays shortcuts in a grid: several per row when wide, one per row when very narrow', async () => {
      const many: PortalData = { links: Array.from({ length: 8 }, (_, i) => ({ label: `Service ${i}`, url: `/s/${i}`, icon: null })) };
      const at = async (width: string) => {
        const wrapper = await fixture(html`<div style="width: ${width}"><tuiles-portal .data=${many}></tuiles-portal></div>`);
        const el = wrapper.querySelector('tuiles-portal')!;
        await el.updateComplete;
        return getComputedStyle(one(el, '.list')).gridTemplateColumns.split(' ').length;
      };
      expect(await at('360px')).to.equal(2);
      expect(await at('900px')).to.be.greaterThan(4);
      expect(await at('120px')).to.equal(1);
    });

    it('is accessible', async () => {
      const el = await portal();
      await expect(el).to.be.accessible();
    });

    it('is accessible in the dark theme, and empty', async () => {
      const dark = await fixture<TuilesPortal>(html`<tuiles-portal theme="dark" .data=${data}></tuiles-portal>`);
      await expect(dark).to.be.accessible();
      const empty = await portal(config, { links: [] });
      await expect(empty).to.be.accessible();
    });
  });

  describe('theming', () => {
    it('takes its link colour from --tuiles-accent', async () => {
      const el = await fixture<TuilesPortal>(
        html`<tuiles-portal style="--tuiles-accent: rgb(200, 0, 0)" .data=${data}></tuiles-portal>`,
      );
      expect(getComputedStyle(one(el, 'li a')).color).to.equal('rgb(200, 0, 0)');
    });

    it('prefers --tuiles-portal-accent over --tuiles-accent', async () => {
      const el = await fixture<TuilesPortal>(
        html`<tuiles-portal
          style="--tuiles-accent: rgb(200, 0, 0); --tuiles-portal-accent: rgb(0, 100, 0)"
          .data=${data}
        ></tuiles-portal>`,
      );
      expect(getComputedStyle(one(el, 'li a')).color).to.equal('rgb(0, 100, 0)');
    });

    it('lets the site set one colour for every monogram', async () => {
      const el = await fixture<TuilesPortal>(
        html`<tuiles-portal style="--tuiles-portal-monogram: rgb(10, 20, 30)" .data=${data}></tuiles-portal>`,
      );
      expect(getComputedStyle(one(el, '.monogram')).backgroundColor).to.equal('rgb(10, 20, 30)');
    });

    it('follows prefers-color-scheme unless theme is set', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      try {
        const auto = await portal();
        const light = await fixture<TuilesPortal>(html`<tuiles-portal theme="light" .data=${data}></tuiles-portal>`);
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
          .site a { text-decoration: underline wavy; }
          .site { text-transform: uppercase; letter-spacing: 4px; }
        </style>
        <div class="site"><tuiles-portal .data=${data}></tuiles-portal></div>
      </div>`);
      const el = wrapper.querySelector('tuiles-portal')!;
      await el.updateComplete;
      expect(getComputedStyle(one(el, 'li')).listStyleType).to.equal('none');
      expect(getComputedStyle(one(el, '.label')).textTransform).to.equal('none');
      expect(getComputedStyle(one(el, '.label')).letterSpacing).to.equal('normal');
    });

    it('exposes parts for the embedding page to style', async () => {
      const el = await portal();
      for (const part of ['tile', 'heading', 'list', 'item', 'link', 'icon', 'monogram', 'label']) {
        expect(all(el, `[part~="${part}"]`).length, part).to.be.greaterThan(0);
      }
    });
  });

  describe('inside <tuiles-page>', () => {
    const tile = { id: 't-portal', type: 'portal', config, data } as ResolvedTile;
    const page = (tiles: ResolvedTile[]): PageResponse => ({
      site: { slug: 'college-carladez', name: 'Collège Carladez' },
      page: { kind: 'personal-home', tiles },
    });

    it('renders a portal tile instead of the unsupported card', async () => {
      const el = await fixture<HTMLElementTagNameMap['tuiles-page']>(
        html`<tuiles-page server=${SERVER} theme="dark" heading-level="3" .data=${page([tile])}></tuiles-page>`,
      );
      expect(all(el, '[part="tile-error"]')).to.have.length(0);
      const child = one(el, 'tuiles-portal') as TuilesPortal;
      expect(child.dataset.tile).to.equal('t-portal');
      expect(child.getAttribute('theme')).to.equal('dark');
      await child.updateComplete;
      expect(text(child, 'h3.heading')).to.equal('Mes services');
      expect(links(child).map((a) => a.href)).to.deep.equal([
        'https://0120001a.index-education.net/pronote/',
        'https://ent.example/services/cahier',
        'https://cdi.example/esidoc',
      ]);
      await expect(el).to.be.accessible();
    });

    it('still shows an error card for a portal tile the server could not resolve', async () => {
      const broken = { ...tile, data: null, error: { code: 'internal', message: 'boom' } } as ResolvedTile;
      const el = await fixture<HTMLElementTagNameMap['tuiles-page']>(html`<tuiles-page .data=${page([broken])}></tuiles-page>`);
      expect(all(el, 'tuiles-portal')).to.have.length(0);
      expect(text(el, '[part="tile-error"] h2')).to.equal('Mes services');
    });
  });
});
