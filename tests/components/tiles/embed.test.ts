import { expect, fixture, html } from '@open-wc/testing';
import '../../../components/tiles/embed/embed.ts';
import type { TuilesEmbed } from '../../../components/tiles/embed/embed.ts';
import type { EmbedConfig, EmbedData } from '../../../contract/tiles/embed.ts';
import { all, one, text } from '../fixtures.ts';

const config: EmbedConfig = { title: 'Mur de la classe', url: 'https://digipad.app/p/12345/abc', height: 500 };
const data: EmbedData = {
  provider: 'digipad',
  providerName: 'Digipad',
  src: 'https://digipad.app/p/12345/abc',
  height: 500,
  sandbox: 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox',
  allow: 'fullscreen',
};

function embed(c: Partial<EmbedConfig> = config, d: EmbedData | null = data, lang = 'fr') {
  return fixture<TuilesEmbed>(html`<tuiles-embed lang=${lang} .config=${c} .data=${d}></tuiles-embed>`);
}

describe('<tuiles-embed>', () => {
  it('frames the tool in a sandboxed, lazily loaded iframe with the server-chosen tokens', async () => {
    const el = await embed();
    const frame = one<HTMLIFrameElement>(el, 'iframe');
    expect(frame.getAttribute('src')).to.equal('https://digipad.app/p/12345/abc');
    expect(frame.getAttribute('sandbox')).to.equal(data.sandbox);
    expect(frame.getAttribute('allow')).to.equal('fullscreen');
    expect(frame.getAttribute('loading')).to.equal('lazy');
    expect(frame.getAttribute('referrerpolicy')).to.equal('strict-origin-when-cross-origin');
  });

  it('sizes the frame from the data height', async () => {
    const el = await embed();
    expect(one(el, 'iframe').getBoundingClientRect().height).to.equal(500);
  });

  it('titles the frame with the configured title, else the provider name', async () => {
    expect(one(await embed(), 'iframe').getAttribute('title')).to.equal('Mur de la classe');
    expect(one(await embed({ ...config, title: '' }), 'iframe').getAttribute('title')).to.equal('Digipad');
  });

  it('offers to open the tool in a new tab, in French or English', async () => {
    const link = one<HTMLAnchorElement>(await embed(), 'a');
    expect(link.href).to.equal(data.src);
    expect(link.target).to.equal('_blank');
    expect(link.rel).to.equal('noopener noreferrer');
    expect(link.textContent?.trim()).to.equal('Ouvrir Digipad dans un nouvel onglet');
    expect(text(await embed(config, data, 'en'), 'a')).to.equal('Open Digipad in a new tab');
  });

  it('shows nothing but an error card when the data is null', async () => {
    const el = await embed(config, null);
    expect(all(el, 'iframe, h2, a')).to.have.length(0);
    expect(text(el, '[part="error"]')).to.equal('Cette tuile est momentanément indisponible.');
  });

  it('refuses to frame anything but https', async () => {
    const el = await embed(config, { ...data, src: 'javascript:alert(1)' });
    expect(all(el, 'iframe')).to.have.length(0);
  });

  it('is accessible', async () => {
    await expect(await embed()).to.be.accessible();
  });
});
