import { expect, fixture, html } from '@open-wc/testing';
import '../../../components/tiles/top/top.ts';
import type { TuilesTop } from '../../../components/tiles/top/top.ts';
import type { TopData } from '../../../contract/tiles/top.ts';
import { SERVER, all, one, text } from '../fixtures.ts';

const image = { url: '/media/bandeau.gif', alt: 'Le collège sous la neige', width: 2000, height: 453 };
const article = {
  id: 'a1',
  title: 'Portes ouvertes samedi',
  summary: 'Venez découvrir le collège le 5 décembre.',
  url: '/sites/college-carladez/articles/a1',
};

function topTile(data: TopData | null | undefined, attrs: { width?: string; theme?: string } = {}) {
  return fixture<TuilesTop>(
    html`<div style="width: ${attrs.width ?? '1000px'}">
      <tuiles-top server=${SERVER} theme=${attrs.theme ?? 'light'} .data=${data}></tuiles-top>
    </div>`,
  ).then(async (wrapper) => {
    const el = wrapper.querySelector('tuiles-top')!;
    await el.updateComplete;
    return el;
  });
}

describe('<tuiles-top>', () => {
  it('fills the width at the 2000:453 ratio before the image has loaded', async () => {
    const el = await topTile({ image: { ...image, url: 'https://ent.example/never-loads.jpg' }, article: null });
    const img = one<HTMLImageElement>(el, 'img');
    expect(img.complete && img.naturalWidth > 0).to.equal(false);
    const box = img.getBoundingClientRect();
    expect(box.width).to.equal(1000);
    expect(box.height).to.be.closeTo((1000 * 453) / 2000, 1);
    expect(img.getAttribute('width')).to.equal('2000');
    expect(img.getAttribute('height')).to.equal('453');
  });

  it('shows the image alone, with no link and no title, when the article is null', async () => {
    const el = await topTile({ image, article: null });
    expect(one<HTMLImageElement>(el, 'img').src).to.equal('https://ent.example/media/bandeau.gif');
    expect(all(el, 'a, h2, [part~="band"], [part="summary"]')).to.have.length(0);
  });

  it('plays animated GIFs as uploaded: a plain img, no srcset', async () => {
    const el = await topTile({ image, article: null });
    const img = one<HTMLImageElement>(el, 'img');
    expect(img.src.endsWith('.gif')).to.equal(true);
    expect(img.hasAttribute('srcset')).to.equal(false);
    expect(all(el, 'picture, canvas, video')).to.have.length(0);
  });

  it('offers the variants in srcset when the server lists them', async () => {
    const el = await topTile({ image: { ...image, srcset: '/media/b-800.jpg 800w, /media/b-2000.jpg 2000w' } as never, article: null });
    const img = one<HTMLImageElement>(el, 'img');
    expect(img.getAttribute('srcset')).to.equal('https://ent.example/media/b-800.jpg 800w, https://ent.example/media/b-2000.jpg 2000w');
    expect(img.getAttribute('sizes')).to.equal('100vw');
  });

  it('uses the image alt, empty when decorative', async () => {
    expect(one<HTMLImageElement>(await topTile({ image, article: null }), 'img').alt).to.equal('Le collège sous la neige');
    const decorative = one<HTMLImageElement>(await topTile({ image: { ...image, alt: '' }, article: null }), 'img');
    expect(decorative.hasAttribute('alt')).to.equal(true);
    expect(decorative.alt).to.equal('');
  });

  it('puts the article title and résumé on a white band that is one link to the article', async () => {
    const el = await topTile({ image, article });
    const links = all(el, 'a') as HTMLAnchorElement[];
    expect(links).to.have.length(1);
    expect(links[0].href).to.equal('https://ent.example/sites/college-carladez/articles/a1');
    expect(text(el, 'a h2')).to.equal('Portes ouvertes samedi');
    expect(text(el, 'a [part="summary"]')).to.equal('Venez découvrir le collège le 5 décembre.');
    expect(getComputedStyle(links[0]).backgroundColor).to.equal('rgb(255, 255, 255)');
  });

  it('lays the band over the image when wide and below it on a 360px phone', async () => {
    const wide = await topTile({ image, article });
    const wideBand = one(wide, '.band').getBoundingClientRect();
    const wideImg = one(wide, 'img').getBoundingClientRect();
    expect(wideBand.bottom).to.be.at.most(wideImg.bottom);
    expect(wideBand.top).to.be.greaterThan(wideImg.top);

    const phone = await topTile({ image, article }, { width: '360px' });
    const band = one(phone, '.band').getBoundingClientRect();
    const img = one(phone, 'img').getBoundingClientRect();
    expect(band.top).to.be.at.least(img.bottom - 1);
  });

  it('keeps the band white in the dark theme', async () => {
    const el = await topTile({ image, article }, { theme: 'dark' });
    expect(getComputedStyle(one(el, '.band')).backgroundColor).to.equal('rgb(255, 255, 255)');
    await expect(el).to.be.accessible();
  });

  it('takes the band colour from --tuiles-top-band', async () => {
    const el = await fixture<TuilesTop>(
      html`<tuiles-top style="--tuiles-top-band: rgb(250, 240, 200)" .data=${{ image, article }}></tuiles-top>`,
    );
    expect(getComputedStyle(one(el, '.band')).backgroundColor).to.equal('rgb(250, 240, 200)');
  });

  it('renders nothing when there is no image (tile disabled)', async () => {
    const el = await topTile({ image: null, article: null });
    expect(el.shadowRoot?.children.length ?? 0).to.equal(0);
    expect(el.getBoundingClientRect().height).to.equal(0);
  });

  it('shows an error card when the data is null', async () => {
    const el = await topTile(null);
    expect(text(el, '[part="error"]')).to.equal('Cette tuile est momentanément indisponible.');
    const en = await fixture<TuilesTop>(html`<tuiles-top lang="en" .data=${null}></tuiles-top>`);
    expect(text(en, '[part="error"]')).to.equal('This tile is temporarily unavailable.');
  });

  it('is accessible with and without its article', async () => {
    await expect(await topTile({ image, article })).to.be.accessible();
    await expect(await topTile({ image, article: null })).to.be.accessible();
  });
});
