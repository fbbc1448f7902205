/**
 * Checks a tile's config in the browser with the schema the server uses, and names each
 * fault by the path the server would use, relative to the tile (`config.max`,
 * `config.links.0.url`), in French. The server writes array steps as `[0]`; both
 * spellings become `config.rubriques.0` here so one lookup finds either.
 */
import { z } from 'zod';
// The French locale alone, not every locale `z.locales` would bring into the admin bundle.
import french from 'zod/v4/locales/fr.js';
import { tileConfigs, type TileType } from '../../../contract/tiles/index.ts';

type Issue = Parameters<z.core.$ZodErrorMap>[0];

const localeFallback = french().localeError;

/** Short French messages for the faults a form can make; the rest as zod's French locale says. */
const frenchIssue: z.core.$ZodErrorMap = (issue: Issue) => {
  switch (issue.code) {
    case 'too_big':
      if (issue.origin === 'string') return `${issue.maximum} caractères au plus`;
      if (issue.origin === 'array') return `${issue.maximum} éléments au plus`;
      return `${issue.maximum} au plus`;
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'champ requis' : `${issue.minimum} caractères au moins`;
      if (issue.origin === 'array') return `${issue.minimum} éléments au moins`;
      return `${issue.minimum} au moins`;
    case 'invalid_type':
      if (issue.input === undefined) return 'champ requis';
      if (issue.expected === 'int') return 'nombre entier attendu';
      if (issue.expected === 'number') return 'nombre attendu';
      break;
    case 'invalid_format':
      if (issue.format === 'url') return 'adresse web complète attendue (https://…)';
      break;
  }
  return localeFallback(issue);
};

/** `config.rubriques[0]` -> `config.rubriques.0`. */
export const normalPath = (path: string) => path.replace(/\[(\d+)\]/g, '.$1');

/** Each faulty field's path -> its first message; empty when the config is valid. */
export function configErrors(type: TileType, config: unknown): Record<string, string> {
  const result = tileConfigs[type].safeParse(config ?? {}, { error: frenchIssue });
  const errors: Record<string, string> = {};
  if (result.success) return errors;
  for (const issue of result.error.issues) {
    const path = ['config', ...issue.path.map(String)].join('.');
    errors[path] ??= issue.message;
  }
  return errors;
}
