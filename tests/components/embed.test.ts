import { expect } from '@open-wc/testing';
import { elements, registerAll } from '../../components/embed.ts';
import { define } from '../../components/core/define.ts';

describe('the embed entry (components/embed.ts)', () => {
  it('registers every element', () => {
    for (const tag of ['tuiles-page', 'tuiles-top', 'tuiles-news', 'tuiles-selection', 'tuiles-agenda', 'tuiles-embed', 'tuiles-text', 'tuiles-portal']) {
      expect(customElements.get(tag), tag).to.exist;
    }
  });

  it('does not throw when loaded a second time', async () => {
    // A new URL makes the browser evaluate the module again, as a second script tag would.
    const url = new URL('../../components/embed.ts', import.meta.url);
    url.searchParams.set('copy', '2');
    await import(/* @vite-ignore */ url.href);
    expect(() => registerAll()).not.to.throw();
  });

  it('keeps the first registration when another copy of the bundle defines the same tags', () => {
    const first = customElements.get('tuiles-news');
    for (const [tag, element] of Object.entries(elements)) {
      // A second bundle brings its own classes: distinct constructors, same tags.
      const copy = class extends (element as CustomElementConstructor) {};
      expect(() => define(tag, copy)).not.to.throw();
    }
    expect(customElements.get('tuiles-news')).to.equal(first);
  });
});
