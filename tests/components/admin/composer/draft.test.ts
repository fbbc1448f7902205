import { expect } from '@open-wc/testing';
import { duplicateAt, move, newTileId, type DraftTile } from '../../../../components/admin/composer/draft.ts';
import { tileErrors } from '../../../../components/admin/composer/server-errors.ts';
import { restoreFetch, until } from '../../fixtures.ts';
import { FakeServer, cardNames, clearDrafts, composer } from './server.ts';

const tiles: DraftTile[] = ['a', 'b', 'c', 'd'].map((id) => ({ id, type: 'text', config: { title: id } }));

describe('the composer’s draft helpers', () => {
  afterEach(() => {
    restoreFetch();
    clearDrafts();
  });

  it('moves a tile to any place, clamped to the page', () => {
    expect(move(tiles, 0, 2).map((t) => t.id)).to.deep.equal(['b', 'c', 'a', 'd']);
    expect(move(tiles, 3, 0).map((t) => t.id)).to.deep.equal(['d', 'a', 'b', 'c']);
    expect(move(tiles, 1, 99).map((t) => t.id)).to.deep.equal(['a', 'c', 'd', 'b']);
    expect(duplicateAt(tiles, 1, 'b2').map((t) => t.id)).to.deep.equal(['a', 'b', 'b2', 'c', 'd']);
  });

  it('makes ids the server accepts: the type and six letters or digits', () => {
    let n = 0;
    expect(newTileId('mes-actualites', () => (n++ % 36) / 36)).to.equal('mes-actualites-abcdef');
    expect(newTileId('news')).to.match(/^news-[a-z0-9]{6}$/);
  });

  it('sends the server’s field errors to the tile sent at that index, relative to it', () => {
    const errors = tileErrors(
      { 'tiles[1].config.rubriques[0]': 'rubrique inconnue', 'tiles.2.config.max': 'trop grand', 'tiles[3].type': 'type inconnu', tiles: '100 tuiles au plus' },
      ['a', 'b', 'c', 'd'],
    );
    expect(Object.fromEntries(errors.byTile)).to.deep.equal({
      b: { 'config.rubriques.0': 'rubrique inconnue' },
      c: { 'config.max': 'trop grand' },
      d: { type: 'type inconnu' },
    });
    expect(errors.page).to.deep.equal(['100 tuiles au plus']);
  });

  it('loads the other page when the shell changes `path`', async () => {
    const server = new FakeServer().install();
    const el = await composer(server);
    server.tiles = [{ id: 'pronote', type: 'pronote', config: { title: 'Pronote' } }];
    el.setAttribute('path', 'personal-home');
    await until(() => el.loadState === 'ready' && cardNames(el)[0] === 'Pronote', 'the personal page');
    expect(server.calls.some((c) => c.url.endsWith('/pages/personal-home/source'))).to.equal(true);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Page personnelle');
  });
});
