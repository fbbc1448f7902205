import { expect } from '@open-wc/testing';
import { tileRegistry } from '../../components/embed.ts';
import { define } from '../../components/core/define.ts';
import type { TileTypeEntry } from '../../components/core/tile-type.ts';

/** The tile elements, as the registry lists them (a type without an element has no tag). */
const entries = (Object.values(tileRegistry) as TileTypeEntry[]).filter((entry) => entry.tag && entry.element);

describe('the embed entry (components/embed.ts)', () => {
  it('registers <tuiles-page> and the element of every tile type in the registry', () => {
    expect(customElements.get('tuiles-page')).to.exist;
    for (const entry of entries) expect(customElements.get(entry.tag!), entry.tag).to.equal(entry.element);
    expect(entries.map((entry) => entry.tag)).to.include.members([
      'tuiles-top',
      'tuiles-news',
      'tuiles-selection',
      'tuiles-agenda',
      'tuiles-embed',
      'tuiles-text',
      'tuiles-portal',
    ]);
  });

  it('does not throw when loaded a second time', async () => {
    // A new URL makes the browser evaluate the module again, as a second script tag would.
    const url = new URL('../../components/embed.ts', import.meta.url);
    url.searchParams.set('copy', '2');
    const copy = (await import(/* @vite-ignore */ url.href)) as typeof import('../../components/embed.ts');
    expect(copy.tileRegistry.news).to.exist;
  });

  it('keeps the first registration when another copy of the bundle defines the same tags', () => {
    const first = customElements.get('tuiles-news');
    for (const entry of entries) {
      // A second bundle brings its own classes: distinct constructors, same tags.
      const copy = class extends (entry.element as CustomElementConstructor) {};
      expect(() => define(entry.tag!, copy)).not.to.throw();
    }
    expect(customElements.get('tuiles-news')).to.equal(first);
  });
});
