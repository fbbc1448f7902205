/**
 * One tile type as the client knows it: its tag, its element and its defaults, declared
 * once beside the element (`export const newsTile = tileElement('news', TuilesNews)` in
 * tiles/news/news.ts) and collected in `components/tiles/registry.ts`, which
 * `<tuiles-page>`, `embed.ts` and the composer read. Adding a tile type to the client is
 * its element folder plus one registry line.
 */
import { tileDefaults } from '../../contract/tiles/defaults.ts';
import type { TileDataByType, TileType } from '../../contract/tiles/index.ts';
import { define } from './define.ts';

export interface TileTypeEntry<T extends TileType = TileType> {
  readonly type: T;
  /**
   * The contract's defaults (contract/tiles/defaults.ts, zod-free): the config of a new
   * tile of this type. tests/components/tile-types.test.ts checks them against the schema,
   * at compile time (a `Partial<TileConfig<T>>` each) and by parsing.
   */
  readonly defaults: (typeof tileDefaults)[T];
  /** Its element's tag; absent while this version renders no element for the type. */
  readonly tag?: string;
  readonly element?: CustomElementConstructor;
  /** Spans every column of `<tuiles-page>` (the top tile). */
  readonly wide?: boolean;
  /** When true, `<tuiles-page>` leaves the tile out: it has nothing to show (a top tile without image). */
  isEmpty?(data: TileDataByType[T]): boolean;
}

/** A tile type this version renders: it has its element. */
export type RenderedTileType<T extends TileType = TileType> = TileTypeEntry<T> & {
  readonly tag: `tuiles-${string}`;
  readonly element: CustomElementConstructor;
};

/**
 * Declares the element of a tile type: registers it as `tuiles-<type>` (the house rule
 * for tags; skipped when a copy of the bundle already took the tag) and returns the
 * type's registry entry, with the contract's defaults.
 */
export function tileElement<T extends TileType>(
  type: T,
  element: CustomElementConstructor,
  layout?: Pick<TileTypeEntry<T>, 'wide' | 'isEmpty'>,
): RenderedTileType<T> {
  const entry = { type, tag: `tuiles-${type}` as const, element, defaults: tileDefaults[type], ...layout };
  define(entry.tag, element);
  return entry;
}
