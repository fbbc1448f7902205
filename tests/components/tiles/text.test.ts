import { expect, fixture, html } from '@open-wc/testing';
import '../../../components/tiles/text/text.ts';
import type { TuilesText } from '../../../components/tiles/text/text.ts';
import type { TextConfig, TextData } from '../../../contract/tiles/text.ts';
import { SERVER, all, one, text } from '../fixtures.ts';

const config: TextConfig = { title: 'Liens utiles', html: '<p>ignored: raw config HTML</p>' };
const data: TextData = {
  html: '<p>Le <strong>CDI</strong> est ouvert de 8 h à 17 h.</p><ul><li><a href="/sites/college-carladez/articles/a1">Règlement</a></li><li><a href="https://www.education.gouv.fr/">Ministère</a></li></ul>',
};

function textTile(d: TextData | null = data, server?: string) {
  return fixture<TuilesText>(html`<tuiles-text server=${server ?? ''} .config=${config} .data=${d}></tuiles-text>`);
}

describe('<tuiles-text>', () => {
  it('renders the server-sanitized HTML under its heading', async () => {
    const el = await textTile();
    expect(text(el, 'h2')).to.equal('Liens utiles');
    expect(one(el, '[part="content"] strong').textContent).to.equal('CDI');
    expect(all(el, '[part="content"] li')).to.have.length(2);
  });

  it('never renders the raw config HTML', async () => {
    const el = await textTile();
    expect(one(el, '[part="content"]').textContent).not.to.contain('ignored');
  });

  it('anchors relative links to the Tuiles server', async () => {
    const el = await textTile(data, SERVER);
    const links = all(el, 'a') as HTMLAnchorElement[];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([
      'https://ent.example/sites/college-carladez/articles/a1',
      'https://www.education.gouv.fr/',
    ]);
  });

  it('shows lists with bullets even though tiles reset list styles', async () => {
    const el = await textTile();
    expect(getComputedStyle(one(el, '[part="content"] ul')).listStyleType).to.equal('disc');
  });

  it('shows an error card when the data is null', async () => {
    expect(text(await textTile(null), '[part="error"]')).to.equal('Cette tuile est momentanément indisponible.');
  });

  it('is accessible', async () => {
    await expect(await textTile()).to.be.accessible();
  });
});
