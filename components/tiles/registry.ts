/**
 * Every tile type of the contract (contract/tiles/index.ts), as the client knows it:
 * the one list `<tuiles-page>`, `embed.ts` and the composer read. Each entry is declared
 * beside its element (`newsTile` in news/news.ts: tag, element, defaults); a type with
 * no element yet has its defaults only, and `<tuiles-page>` shows an error card for it.
 *
 * A new tile type for the client: its folder here, with its entry, and one line below.
 * The type annotation makes a missing line a compile error (and a test checks it too).
 */
import type { TileType } from '../../contract/tiles/index.ts';
import type { TileTypeEntry } from '../core/tile-type.ts';
import { topTile } from './top/top.ts';
import { newsTile } from './news/news.ts';
import { selectionTile } from './selection/selection.ts';
import { agendaTile } from './agenda/agenda.ts';
import { embedTile } from './embed/embed.ts';
import { textTile } from './text/text.ts';
import { portalTile } from './portal/portal.ts';
import { annoncesTile } from './annonces/annonces.ts';
import { pronoteTile } from './pronote/pronote.ts';
import { fluxTile } from './flux/flux.ts';
import { mesActualitesTile } from './mes-actualites/mes-actualites.ts';

export const tileRegistry: { readonly [T in TileType]: TileTypeEntry<T> } = {
  top: topTile,
  news: newsTile,
  selection: selectionTile,
  agenda: agendaTile,
  embed: embedTile,
  text: textTile,
  annonces: annoncesTile,
  pronote: pronoteTile,
  portal: portalTile,
  flux: fluxTile,
  'mes-actualites': mesActualitesTile,
};
