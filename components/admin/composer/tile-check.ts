/**
 * What the composer can say about a tile before asking the server: is its type known,
 * does its config pass the type's schema (the same zod schema the server parses with,
 * saying its faults in the same French words).
 * A tile that fails here still gets a card (an error card) and can be fixed or removed.
 */
import { frenchErrors } from '../../../contract/french-errors.ts';
import { tileConfigs, type TileType } from '../../../contract/tiles/index.ts';
import type { DraftTile } from './draft.ts';

export type TileProblem = { kind: 'unknown-type'; message: string } | { kind: 'invalid-config'; fields: Record<string, string> } | null;

/** `['rubriques', 0]` -> `config.rubriques.0`: paths relative to the tile, as the editors name fields. */
const configPath = (path: readonly PropertyKey[]) => ['config', ...path.map(String)].join('.');

export function tileProblem(tile: DraftTile): TileProblem {
  if (!Object.hasOwn(tileConfigs, tile.type)) return { kind: 'unknown-type', message: `Type de tuile inconnu « ${tile.type} »` };
  const parsed = tileConfigs[tile.type as TileType].safeParse(tile.config ?? {}, { error: frenchErrors });
  if (parsed.success) return null;
  const fields: Record<string, string> = {};
  for (const issue of parsed.error.issues) fields[configPath(issue.path)] ??= issue.message;
  return { kind: 'invalid-config', fields };
}
