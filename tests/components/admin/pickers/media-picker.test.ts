import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../../../components/admin/pickers/media-picker.ts';
import type { MediaPicker } from '../../../../components/admin/pickers/media-picker.ts';
import { cropAround, cropRatios } from '../../../../contract/media-crop.ts';
import { json, one, restoreFetch, stubFetch, text, until, type FetchCall } from '../../fixtures.ts';

/** An 800×400 PNG drawn here: the preview and the crop read its real size. */
async function png(name = 'sortie.png'): Promise<File> {
  const canvas = document.createElement('canvas');
  canvas.width = 800;
  canvas.height = 400;
  const g = canvas.getContext('2d')!;
  g.fillStyle = '#2a6';
  g.fillRect(0, 0, 800, 400);
  const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/png'));
  return new File([blob], name, { type: 'image/png' });
}

async function choose(el: MediaPicker, file: File): Promise<void> {
  const input = one<HTMLInputElement>(el, '#file');
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
  await until(() => el.shadowRoot!.querySelector('.crop') !== null, 'preview with its crop');
}

const cropStyle = (el: MediaPicker) => one(el, '.crop').getAttribute('style') ?? '';
const medium = { id: 'm1', url: '/media/college-test/m1/2000.webp', srcset: '', alt: 'La cour', usage: 'top', format: 'png', animated: false, width: 2000, height: 453, variants: [] };

describe('<tuiles-admin-media-picker>', () => {
  afterEach(restoreFetch);

  it('crops as the server does (800×400 for the top tile: the full width, 181 px high around the focus)', () => {
    expect(cropAround(800, 400, cropRatios.top, { x: 0.5, y: 0.5 })).to.deep.equal({ left: 0, top: 110, width: 800, height: 181 });
    expect(cropAround(800, 400, cropRatios.illustration, { x: 0, y: 0.5 })).to.deep.equal({ left: 0, top: 0, width: 711, height: 400 });
    expect(cropAround(4000, 500, cropRatios.top, { x: 1, y: 0 })).to.deep.equal({ left: 1792, top: 0, width: 2208, height: 500 });
  });

  it('previews the chosen file with the crop the server will make', async () => {
    const el = await fixture<MediaPicker>(html`<tuiles-admin-media-picker site="college-test" usage="top"></tuiles-admin-media-picker>`);
    await choose(el, await png());
    expect(cropStyle(el)).to.contain('top: 27.5%').and.contain('height: 45.25%').and.contain('width: 100%');
    expect(text(el, '#focus-value')).to.equal('Point focal : 50 % depuis la gauche, 50 % depuis le haut.');
    expect(text(el, '#crop-hint')).to.contain('2000 × 453');
  });

  it('shows the preview from a data: URL, which the pages\' CSP (img-src \'self\' data: https:) allows, not a blob: URL it refuses', async () => {
    const el = await fixture<MediaPicker>(html`<tuiles-admin-media-picker site="college-test" usage="illustration"></tuiles-admin-media-picker>`);
    await choose(el, await png());
    const preview = one<HTMLImageElement>(el, '.stage img');
    expect(preview.getAttribute('src')).to.match(/^data:image\/png;base64,/);
    expect(preview.naturalWidth).to.equal(800);
  });

  it('moves the focal point with the arrow keys, saying where it is', async () => {
    const el = await fixture<MediaPicker>(html`<tuiles-admin-media-picker site="college-test" usage="top"></tuiles-admin-media-picker>`);
    await choose(el, await png());
    one(el, '#focus').focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(text(el, '#focus-value')).to.equal('Point focal : 45 % depuis la gauche, 60 % depuis le haut.');
    // y 0.6: the 181 px band starts at 240 - 90.5, rounded: 150 px of 400.
    expect(cropStyle(el)).to.contain('top: 37.5%');
    await until(() => text(el, '#live') === 'Point focal : 45 % depuis la gauche, 60 % depuis le haut.', 'announced');
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ up: 'Shift' });
    await el.updateComplete;
    expect(text(el, '#focus-value')).to.contain('46 % depuis la gauche');
  });

  it('moves the focal point where the pointer presses and drags', async () => {
    const el = await fixture<MediaPicker>(html`<tuiles-admin-media-picker site="college-test" usage="top"></tuiles-admin-media-picker>`);
    await choose(el, await png());
    const rect = one(el, '.stage img').getBoundingClientRect();
    const at = (x: number, y: number) => [Math.round(rect.left + rect.width * x), Math.round(rect.top + rect.height * y)] as [number, number];
    await sendMouse({ type: 'move', position: at(0.2, 0.2) });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: at(0.25, 0.9) });
    await sendMouse({ type: 'up' });
    await el.updateComplete;
    expect(text(el, '#focus-value')).to.match(/Point focal : 2[4-6] % depuis la gauche, (89|90|91) % depuis le haut\./);
    // Near the bottom: the band sticks to the image's lower edge.
    expect(cropStyle(el)).to.contain('top: 54.75%');
    expect(el.shadowRoot!.activeElement?.id).to.equal('focus');
    await until(() => text(el, '#live').startsWith('Point focal'), 'announced after the drag');
  });

  it('requires a text alternative before sending anything', async () => {
    const calls = stubFetch(() => json({ medium }, 201));
    const el = await fixture<MediaPicker>(html`<tuiles-admin-media-picker site="college-test" usage="top"></tuiles-admin-media-picker>`);
    await choose(el, await png());
    one(el, '.actions button').click();
    await el.updateComplete;
    expect(calls).to.have.length(0);
    const alt = one<HTMLInputElement>(el, '#alt');
    expect(alt.labels?.[0].textContent).to.equal('Texte alternatif');
    expect(alt.getAttribute('aria-invalid')).to.equal('true');
    expect(text(el, '#alt-error')).to.contain('Décrivez l’image');
    expect(el.shadowRoot!.activeElement).to.equal(alt);
  });

  it('uploads file, alt, usage and focus as multipart, then fills the tile with the image', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const calls: FetchCall[] = stubFetch(async () => {
      await gate;
      return json({ medium }, 201);
    });
    const el = await fixture<MediaPicker>(html`<tuiles-admin-media-picker site="college-test" usage="top"></tuiles-admin-media-picker>`);
    await choose(el, await png('cour.png'));
    one(el, '#focus').focus();
    await sendKeys({ press: 'ArrowUp' });
    one<HTMLInputElement>(el, '#alt').focus();
    await sendKeys({ type: 'La cour' });
    const changed = oneEvent(el, 'value-change');
    one(el, '.actions button').click();
    await el.updateComplete;
    const button = one<HTMLButtonElement>(el, '.actions button');
    expect(button.disabled).to.equal(true);
    expect(button.textContent?.trim()).to.equal('Envoi en cours…');
    expect(text(el, '[role=status]')).to.equal('Envoi de l’image en cours…');

    expect(calls[0].url).to.equal('/api/sites/college-test/media');
    expect(calls[0].init?.method).to.equal('POST');
    const form = calls[0].init?.body as FormData;
    expect((form.get('file') as File).name).to.equal('cour.png');
    expect(form.get('alt')).to.equal('La cour');
    expect(form.get('usage')).to.equal('top');
    expect(form.get('focus')).to.equal('0.5,0.45');
    release();
    expect((await changed).detail.value).to.deep.equal({ url: medium.url, alt: 'La cour', width: 2000, height: 453 });
    await el.updateComplete;
    expect(one<HTMLImageElement>(el, '.current img').getAttribute('alt')).to.equal('La cour');
    expect(el.shadowRoot!.querySelector('#alt')).to.equal(null);
  });

  for (const [status, words] of [
    [413, 'Image trop volumineuse'],
    [415, 'Format non pris en charge'],
    [422, 'tronquée ou corrompue'],
  ] as const) {
    it(`explains a ${status} in French`, async () => {
      stubFetch(() => json({ error: { code: 'x', message: 'server words' } }, status));
      const el = await fixture<MediaPicker>(html`<tuiles-admin-media-picker site="college-test" usage="illustration"></tuiles-admin-media-picker>`);
      await choose(el, await png());
      one<HTMLInputElement>(el, '#alt').focus();
      await sendKeys({ type: 'Une image' });
      one(el, '.actions button').click();
      await until(() => text(el, '[role=alert]').includes(words), `${status} explained`);
      expect(one<HTMLButtonElement>(el, '.actions button').disabled).to.equal(false);
    });
  }

  it('refuses a file over 10 MB before sending it', async () => {
    const calls = stubFetch(() => json({ medium }, 201));
    const el = await fixture<MediaPicker>(html`<tuiles-admin-media-picker site="college-test" usage="top"></tuiles-admin-media-picker>`);
    const input = one<HTMLInputElement>(el, '#file');
    const transfer = new DataTransfer();
    transfer.items.add(new File([new Uint8Array(10 * 1024 * 1024 + 1)], 'enorme.jpg', { type: 'image/jpeg' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(text(el, '#file-error')).to.contain('10 Mo au plus');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(calls).to.have.length(0);
  });

  it('removes the current image', async () => {
    const el = await fixture<MediaPicker>(html`<tuiles-admin-media-picker site="college-test" usage="top" .value=${{ url: '/media/x.png', alt: 'Le collège' }}></tuiles-admin-media-picker>`);
    const changed = oneEvent(el, 'value-change');
    one<HTMLButtonElement>(el, 'button.danger').click();
    expect((await changed).detail.value).to.equal(null);
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`passes axe with a pending upload in the ${scheme} theme`, async () => {
      await emulateMedia({ colorScheme: scheme });
      const el = await fixture<MediaPicker>(html`<tuiles-admin-media-picker site="college-test" usage="top"></tuiles-admin-media-picker>`);
      await choose(el, await png());
      one(el, '.actions button').click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
      await emulateMedia({ colorScheme: 'light' });
    });
  }
});
