/**
 * The typed errors handlers and services throw. One `onError` (http/errors.ts) turns
 * them into `{"error": {code, message, fields?}}` with their status; the CLI prints them.
 */
export class AppError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 429,
    readonly code: string,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
  }
}

/** `articles[3].rubrique` from a validation issue's path ['articles', 3, 'rubrique']. */
export function jsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  );
}

/** Field path -> first message, from zod's issues; `whole` names an issue about the value itself. */
export function fieldsOf(issues: readonly { path: readonly PropertyKey[]; message: string }[], whole: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of issues) fields[jsonPath(issue.path) || whole] ??= issue.message;
  return fields;
}

export const invalid = (fields: Record<string, string>, message = 'Certaines valeurs sont invalides.') =>
  new AppError(400, 'invalid', message, fields);
export const unauthorized = (message = 'Connexion requise.') => new AppError(401, 'unauthorized', message);
export const notFound = (message = 'Introuvable.') => new AppError(404, 'not_found', message);
export const conflict = (message: string) => new AppError(409, 'conflict', message);
