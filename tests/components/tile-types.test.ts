/**
 * The tile-type registry (components/tiles/registry.ts) against the contract: every type
 * listed, every element registered under its tag, and the zod-free defaults the elements
 * use equal to what the schemas fill in. zod runs here (in the browser, for the test
 * only); the embed bundle never imports it.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import '../../components/page/page.ts';
import { messagesFor, type TitledTileType } from '../../components/core/i18n.ts';
import type { TileTypeEntry } from '../../components/core/tile-type.ts';
import { tileRegistry } from '../../components/tiles/registry.ts';
import type { PageResponse } from '../../contract/api.ts';
import { tileDefaults } from '../../contract/tiles/defaults.ts';
import { tileConfigs, tileTypes, type ResolvedTile, type TileConfig, type TileType } from '../../contract/tiles/index.ts';
import { all } from './fixtures.ts';

// Checked by `npm run typecheck`: each type's defaults are a valid part of its config.
const typedDefaults: { readonly [T in TileType]: Partial<TileConfig<T>> } = tileDefaults;

/** The fields a config must give because the contract has no default for them. */
const required: Partial<Record<TileType, Record<string, unknown>>> = {
  embed: { url: 'https://digipad.app/p/123/abc' },
  flux: { url: 'https://mairie.example.fr/actualites.rss' },
};

const entries = Object.values(tileRegistry) as TileTypeEntry[];

describe('the tile-type registry', () => {
  it('lists every tile type of the contract, and only those', () => {
    expect(Object.keys(tileRegistry)).to.have.members(tileTypes);
    expect(tileTypes).to.have.members(Object.keys(tileConfigs));
    for (const [type, entry] of Object.entries(tileRegistry)) expect(entry.type, type).to.equal(type);
  });

  it("gives each type the contract's defaults", () => {
    for (const entry of entries) expect(entry.defaults, entry.type).to.equal(tileDefaults[entry.type]);
  });

  it('registers each element under tuiles-<type>', () => {
    const rendered = entries.filter((entry) => entry.element);
    expect(rendered.map((entry) => entry.type)).to.have.members(tileTypes);
    for (const entry of rendered) {
      expect(entry.tag, entry.type).to.equal(`tuiles-${entry.type}`);
      expect(customElements.get(entry.tag!), entry.type).to.equal(entry.element);
    }
  });

  it('has an English title for every rendered type that has a title', () => {
    const titled = entries.filter((entry) => entry.element && 'title' in entry.defaults);
    for (const entry of titled) expect(messagesFor('en').titles[entry.type as TitledTileType], entry.type).to.be.a('string');
  });
});

describe('the plain defaults (contract/tiles/defaults.ts)', () => {
  for (const type of tileTypes) {
    it(`equal what the ${type} schema fills in`, () => {
      const given = required[type] ?? {};
      const parsed = tileConfigs[type].parse(given);
      expect(parsed).to.deep.equal({ ...typedDefaults[type], ...given });
    });
  }

  it('are not shared with what the schemas return (a parsed list can be changed safely)', () => {
    const parsed = tileConfigs.news.parse({});
    expect(parsed.rubriques).to.deep.equal([]);
    expect(parsed.rubriques).not.to.equal(tileDefaults.news.rubriques);
  });
});

describe('<tuiles-page> and the registry', () => {
  class TestAnnonces extends LitElement {
    static override properties = { config: { attribute: false }, data: { attribute: false } };
    declare config: unknown;
    declare data: unknown;
  }
  customElements.define('tuiles-test-annonces', TestAnnonces);

  const registry = tileRegistry as unknown as Record<string, TileTypeEntry>;
  const original = registry.annonces;
  afterEach(() => {
    registry.annonces = original;
  });

  const annonces: ResolvedTile = {
    id: 't-annonces',
    type: 'annonces',
    config: { title: 'Annonces', max: 3 },
    data: { items: [] },
  };
  const page: PageResponse = { site: { slug: 'college', name: 'Collège' }, page: { kind: 'personal-home', tiles: [annonces] } };

  it('renders a tile with the element its registry entry names', async () => {
    registry.annonces = { ...original, tag: 'tuiles-test-annonces', element: TestAnnonces };
    const el = await fixture<HTMLElementTagNameMap['tuiles-page']>(html`<tuiles-page .data=${page}></tuiles-page>`);
    const [tile] = all(el, '.grid > *') as TestAnnonces[];
    expect(tile.localName).to.equal('tuiles-test-annonces');
    expect(tile.dataset.tile).to.equal('t-annonces');
    expect(tile.config).to.equal(annonces.config);
    expect(tile.data).to.equal(annonces.data);
  });

  it('shows an error card for a type whose entry has no element', async () => {
    registry.annonces = { type: 'annonces', defaults: original.defaults };
    const el = await fixture<HTMLElementTagNameMap['tuiles-page']>(html`<tuiles-page .data=${page}></tuiles-page>`);
    expect(all(el, '.grid > *').map((child) => child.getAttribute('part'))).to.deep.equal(['tile-error']);
  });
});
