/**
 * The composer's catalogue (contract/tiles/index.ts `tileCatalogue`): every type's
 * starting config is one the server saves as it is, on exactly the pages the catalogue
 * says the type fits, so « Ajouter une tuile » never makes a page the server refuses.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { tileCatalogue, tileConfigs, tileTypes } from '../../../contract/tiles/index.ts';
import { pageKinds } from '../../../contract/vocabulary.ts';
import { checkPageTiles } from '../../../server/tiles/registry.ts';
import type { Site } from '../../../server/store/index.ts';

// A site with no Peertube instance and no rubrique: a stub must not depend on either.
const site: Site = { id: 1, slug: 'college-test', name: 'Collège test', peertubeHosts: [] };
const noRubriques = { rubriques: new Set<string>(), articles: new Set<string>() };

const check = (type: string, config: unknown, kind: (typeof pageKinds)[number]) => {
  const fields: Record<string, string> = {};
  const tiles = checkPageTiles([{ id: 'nouvelle', type, config }], site, kind, noRubriques, (i) => `tiles[${i}]`, fields);
  return { tiles, fields };
};

describe('the tile catalogue', () => {
  it('has one entry per tile type', () => {
    assert.deepEqual(Object.keys(tileCatalogue).sort(), [...tileTypes].sort());
  });

  for (const type of tileTypes) {
    const entry = tileCatalogue[type];

    it(`${type}: a French label, a one-sentence description and at least one page`, () => {
      assert.match(entry.label, /^\p{Lu}/u);
      assert.match(entry.description, /^\p{Lu}.+\.$/u);
      assert.ok(entry.pages.length > 0);
    });

    it(`${type}: its stub config passes the schema unchanged`, () => {
      const parsed = tileConfigs[type].safeParse(entry.stubConfig);
      assert.ok(parsed.success, JSON.stringify(!parsed.success && parsed.error.issues));
      // Every field is written out: the editor starts from what will be saved.
      assert.deepEqual(parsed.data, entry.stubConfig);
    });

    for (const kind of pageKinds) {
      const fits = entry.pages.includes(kind);
      it(`${type}: the server ${fits ? 'accepts' : 'refuses'} its stub on ${kind}, as the catalogue says`, () => {
        const { tiles, fields } = check(type, entry.stubConfig, kind);
        if (fits) {
          assert.deepEqual(fields, {});
          assert.deepEqual(tiles, [{ id: 'nouvelle', type, config: entry.stubConfig }]);
        } else {
          assert.equal(tiles.length, 0);
          assert.ok(fields['tiles[0].type'], JSON.stringify(fields));
        }
      });
    }
  }

  it('the labels the composer and the end-to-end tests name', () => {
    assert.deepEqual(
      tileTypes.map((type) => tileCatalogue[type].label),
      ['Tuile haute', 'Actualités', 'Sélection d’articles', 'Agenda', 'Intégration', 'Texte', 'Annonces', 'Pronote', 'Portail de services', 'Flux externe', 'Mes actualités'],
    );
  });
});
