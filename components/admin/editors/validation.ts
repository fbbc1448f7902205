/**
 * Checks a tile's config in the browser with the schema the server uses, and names each
 * fault by the path the server would use, relative to the tile (`config.max`,
 * `config.links.0.url`), in French. The server writes array steps as `[0]`; both
 * spellings become `config.rubriques.0` here so one lookup finds either.
 */
import { frenchErrors } from '../../../contract/french-errors.ts';
import { tileConfigs, type TileType } from '../../../contract/tiles/index.ts';

/** `config.rubriques[0]` -> `config.rubriques.0`. */
export const normalPath = (path: string) => path.replace(/\[(\d+)\]/g, '.$1');

/** Each faulty field's path -> its first message; empty when the config is valid. */
export function configErrors(type: TileType, config: unknown): Record<string, string> {
  const result = tileConfigs[type].safeParse(config ?? {}, { error: frenchErrors });
  const errors: Record<string, string> = {};
  if (result.success) return errors;
  for (const issue of result.error.issues) {
    const path = ['config', ...issue.path.map(String)].join('.');
    errors[path] ??= issue.message;
  }
  return errors;
}
