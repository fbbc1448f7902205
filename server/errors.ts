/**
 * The typed errors handlers and services throw. One `onError`
 * (http/middleware/errors.ts) turns them into `{"error": {code, message, fields?}}`
 * with their status; the CLI prints them. Throw through the helpers below, never
 * `new AppError(...)` inline, so each status keeps one code and one default message.
 */
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 503;

export class AppError extends Error {
  constructor(
    readonly status: ErrorStatus,
    readonly code: string,
    message: string,
    readonly fields?: Record<string, string>,
    /** Seconds to wait before trying again (429, 503): sent as `Retry-After`. */
    readonly retryAfterSeconds?: number,
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
export const badRequest = (code: string, message: string) => new AppError(400, code, message);
export const unauthorized = (message = 'Connexion requise.', code = 'unauthorized') => new AppError(401, code, message);
export const forbidden = (message = "Vous n'avez pas le droit de faire cela.", code = 'forbidden') => new AppError(403, code, message);
export const notFound = (message = 'Introuvable.') => new AppError(404, 'not_found', message);
export const conflict = (message: string, code = 'conflict') => new AppError(409, code, message);
export const tooLarge = (message: string, fields?: Record<string, string>) => new AppError(413, 'too_large', message, fields);
export const unsupportedMediaType = (message: string) => new AppError(415, 'unsupported_media_type', message);
export const unprocessable = (message: string, fields?: Record<string, string>) => new AppError(422, 'unprocessable', message, fields);
export const tooManyRequests = (retryAfterSeconds: number, message = 'Trop de tentatives. Réessayez dans quelques minutes.', code = 'too_many_attempts') =>
  new AppError(429, code, message, undefined, retryAfterSeconds);
export const unavailable = (retryAfterSeconds: number, message = 'Le serveur est très sollicité. Réessayez dans quelques secondes.') =>
  new AppError(503, 'busy', message, undefined, retryAfterSeconds);
