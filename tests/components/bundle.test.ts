/**
 * The built embed bundle (`npm run test:components` builds it first), loaded the way a
 * third-party page might: the stable `tuiles.js` and, by mistake, its hashed copy too.
 * This page has imported no element source, so everything here comes from dist/.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { all, text } from './fixtures.ts';

interface Manifest {
  file: string;
  hashed: string;
  integrity: string;
}

describe('the built embed bundle (dist/embed)', () => {
  let manifest: Manifest;

  before(async () => {
    const response = await fetch('/dist/embed/manifest.json');
    if (!response.ok) throw new Error('dist/embed/manifest.json missing: run `npm run build`');
    manifest = (await response.json()) as Manifest;
  });

  it('names the stable file, a content-hashed copy and its integrity', () => {
    expect(manifest.file).to.equal('tuiles.js');
    expect(manifest.hashed).to.match(/^tuiles-[0-9a-f]{10}\.js$/);
    expect(manifest.integrity).to.match(/^sha384-/);
  });

  it('serves the same bytes under both names', async () => {
    const [stable, hashed] = await Promise.all(
      [manifest.file, manifest.hashed].map(async (file) => (await fetch(`/dist/embed/${file}`)).text()),
    );
    expect(stable).to.equal(hashed);
  });

  it('registers every element, and loading both copies does not throw', async () => {
    const stable: string = `/dist/embed/${manifest.file}`;
    const hashed: string = `/dist/embed/${manifest.hashed}`;
    await import(/* @vite-ignore */ stable);
    await import(/* @vite-ignore */ hashed);
    for (const tag of ['tuiles-page', 'tuiles-top', 'tuiles-news', 'tuiles-selection', 'tuiles-agenda', 'tuiles-embed', 'tuiles-text', 'tuiles-portal', 'tuiles-pronote']) {
      expect(customElements.get(tag), tag).to.exist;
    }
  });

  it('carries none of the /admin app: no admin element, no rich-text editor', async () => {
    // The admin screens are their own bundle (site/admin.ts); a school's homepage and
    // third-party pages must not download them.
    const code = await (await fetch(`/dist/embed/${manifest.file}`)).text();
    expect(code.length).to.be.greaterThan(1000);
    expect(code).to.not.include('tuiles-admin-');
    expect(code).to.not.include('ProseMirror');
    expect(code).to.not.include('tiptap');
  });

  it('renders a tile from the production build', async () => {
    const el = await fixture(html`<tuiles-news .data=${{ items: [] }}></tuiles-news>`);
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(text(el, 'h2')).to.equal('Actualités');
    expect(all(el, '[part="empty"]')).to.have.length(1);
  });
});
