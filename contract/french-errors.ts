/**
 * zod issue -> French sentence, for the server's 400 answers and the admin's forms alike
 * (one wording on both sides of the wire). Passed per parse (`safeParse(value, { error:
 * frenchErrors })`), never through `z.config`: global state would change every parse in
 * the process, the tests' included. A message written in a schema (`.min(1, 'Saisissez
 * votre identifiant.')`) wins over this map: zod asks the schema first.
 */
import type { z } from 'zod';
// The French locale alone, not every locale `z.locales` would bring into the admin bundle.
import french from 'zod/v4/locales/fr.js';

type Issue = Parameters<z.core.$ZodErrorMap>[0];

const localeFallback = french().localeError;

/** Short French messages for the faults a form can make; the rest as zod's French locale says. */
export const frenchErrors: z.core.$ZodErrorMap = (issue: Issue) => {
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
