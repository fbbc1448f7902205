/**
 * One tile type as the client knows it: its tag, its element and its defaults, declared
 * once beside the element (`export const newsTile` in tiles/news/news.ts) and collected
 * in `components/tiles/registry.ts`, which `<tuiles-page>`, `embed.ts` and the composer
 * read. Adding a tile type to the client is its element folder plus one registry line.
 */
import type { TileConfig, TileDataByType, TileType } from '../../contract/tiles/index.ts';

export interface TileTypeEntry<T extends TileType = TileType> {
  readonly type: T;
  /**
   * The contract's defaults (contract/tiles/defaults.ts, zod-free): the config of a new
   * tile of this type. Typed against the schema, so a wrong value does not compile.
   */
  readonly defaults: Partial<TileConfig<T>>;
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
