import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../../../components/admin/pickers/embed-url-field.ts';
import type { EmbedUrlField } from '../../../../components/admin/pickers/embed-url-field.ts';
import { acceptedProviders } from '../../../../components/admin/pickers/embed-url-status.ts';
import { one, text } from '../../fixtures.ts';

const field = (value: string, peertubeHosts?: string[]) =>
  fixture<EmbedUrlField>(html`<tuiles-admin-embed-url-field .value=${value} .peertubeHosts=${peertubeHosts}></tuiles-admin-embed-url-field>`);

describe('<tuiles-admin-embed-url-field>', () => {
  it('is the field « Adresse (URL) » with its status tied to it', async () => {
    const el = await field('');
    const input = one<HTMLInputElement>(el, 'input');
    expect(input.labels?.[0].textContent).to.equal('Adresse (URL)');
    expect(input.getAttribute('aria-describedby')).to.contain('status');
    expect(one(el, '#status').getAttribute('role')).to.equal('status');
    expect(text(el, '#status')).to.contain('Peertube, Digipad, Pearltrees, Genially');
  });

  it('names the provider it recognises as one types, and fires value-change', async () => {
    const el = await field('');
    one<HTMLInputElement>(el, 'input').focus();
    const changed = oneEvent(el, 'value-change');
    await sendKeys({ type: 'https://digipad.app/p/123' });
    expect((await changed).detail.value).to.equal('h');
    await el.updateComplete;
    expect(text(el, '#status')).to.equal('Digipad reconnu');
    expect(el.value).to.equal('https://digipad.app/p/123');
    expect(one(el, 'input').getAttribute('aria-invalid')).to.equal('false');
  });

  it('recognises a Peertube video on one of the site’s instances', async () => {
    const el = await field('https://tube.example.fr/w/abc', ['tube.example.fr']);
    expect(text(el, '#status')).to.equal('Peertube reconnu');
  });

  it('refuses a Peertube instance the site has not declared, as the server would', async () => {
    const el = await field('https://autre-tube.example/w/abc', ['tube.example.fr']);
    expect(text(el, '#status')).to.equal(`Refusée : autre-tube.example n’est pas une instance Peertube déclarée par l’établissement. ${acceptedProviders}`);
    expect(one(el, 'input').getAttribute('aria-invalid')).to.equal('true');
  });

  it('names what may be embedded after a refusal, the Peertube instances with Peertube (not after Genially)', async () => {
    const el = await field('https://evil.example/x', ['tube.example.fr']);
    expect(text(el, '#status')).to.equal(
      'Refusée : evil.example n’est pas un fournisseur reconnu. Seuls Peertube (sur les instances déclarées par l’établissement), Digipad, Pearltrees et Genially peuvent être intégrés, en https.',
    );
  });

  it('leaves an unknown Peertube instance to the server when the site’s list is not known', async () => {
    const el = await field('https://autre-tube.example/videos/watch/abc');
    expect(text(el, '#status')).to.contain('ne sera acceptée que si autre-tube.example est une instance Peertube déclarée');
    expect(one(el, 'input').getAttribute('aria-invalid')).to.equal('false');
  });

  for (const [url, reason] of [
    ['http://digipad.app/p/1', 'seules les adresses en https://'],
    ['https://digipad.app:8443/p/1', 'précise un port (8443)'],
    ['https://moi:secret@digipad.app/p/1', 'identifiant'],
    ['https://evil-digipad.app/p/1', 'evil-digipad.app n’est pas un fournisseur reconnu'],
    ['digipad.app/p/1', 'doit commencer par https://'],
  ]) {
    it(`refuses ${url}, saying why`, async () => {
      const el = await field(url);
      expect(text(el, '#status')).to.contain(reason);
      expect(one(el, '#status').classList.contains('refused')).to.equal(true);
    });
  }

  it('shows the server’s message about the field when the status does not already say it', async () => {
    const el = await field('https://digipad.app/p/1');
    el.error = 'adresse déjà utilisée';
    await el.updateComplete;
    expect(text(el, '#error')).to.equal('adresse déjà utilisée');
    expect(one(el, 'input').getAttribute('aria-invalid')).to.equal('true');
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`passes axe, recognised and refused, in the ${scheme} theme`, async () => {
      await emulateMedia({ colorScheme: scheme });
      await expect(await field('https://digipad.app/p/1')).to.be.accessible();
      await expect(await field('http://example.org/')).to.be.accessible();
      await emulateMedia({ colorScheme: 'light' });
    });
  }
});
