/**
 * The tile types the composer offers: the contract's catalogue (label, description, the
 * pages each fits, a starting config), one entry per tile type beside its schema.
 */
import { tileCatalogue, type TileType } from '../../../contract/tiles/index.ts';
import type { PageKind } from '../../../contract/vocabulary.ts';

export { tileCatalogue };

export const isKnownType = (type: string): type is TileType => Object.hasOwn(tileCatalogue, type);

/** The types that may stand on this page, in the catalogue's order. */
export function typesFor(kind: PageKind): TileType[] {
  return (Object.keys(tileCatalogue) as TileType[]).filter((type) => tileCatalogue[type].pages.includes(kind));
}

/** The French label of a type, or the type itself for one this version does not know. */
export const labelOf = (type: string): string => (isKnownType(type) ? tileCatalogue[type].label : type);

/** A fresh copy of a type's starting config (never shared between two tiles). */
export const stubConfigOf = (type: TileType): unknown => structuredClone(tileCatalogue[type].stubConfig);
