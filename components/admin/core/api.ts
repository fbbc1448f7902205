/**
 * The admin screens' way to the API: the elements' one fetch helper
 * (components/core/api.ts) with the session cookie (same origin: /admin is served by the
 * portal itself) and paths under the site. Errors stay `FetchError`s, so a screen can
 * show `error.fields` next to the fields the server named.
 */
import { FetchError, request, type RequestOptions } from '../../core/api.ts';

export interface AdminApi {
  /** The site's slug, as the screens were given it. */
  readonly site: string;
  /** `/api/sites/:site` + `path` (which starts with `/`). */
  url(path: string): string;
  get<T>(path: string, signal?: AbortSignal): Promise<T>;
  post<T>(path: string, body?: unknown): Promise<T>;
  put<T>(path: string, body: unknown): Promise<T>;
  patch<T>(path: string, body: unknown): Promise<T>;
  delete<T = null>(path: string): Promise<T>;
  /** A multipart upload (media): the browser sets the boundary. */
  upload<T>(path: string, form: FormData, signal?: AbortSignal): Promise<T>;
}

export function adminApi(site: string, server = ''): AdminApi {
  const base = `${server.replace(/\/+$/, '')}/api/sites/${encodeURIComponent(site)}`;
  const call = <T>(path: string, options: RequestOptions) => request<T>(`${base}${path}`, { credentials: 'same-origin', ...options });
  return {
    site,
    url: (path) => `${base}${path}`,
    get: (path, signal) => call(path, { signal }),
    post: (path, body) => call(path, { method: 'POST', body: body ?? {} }),
    put: (path, body) => call(path, { method: 'PUT', body }),
    patch: (path, body) => call(path, { method: 'PATCH', body }),
    delete: (path) => call(path, { method: 'DELETE' }),
    upload: async <T>(path: string, form: FormData, signal?: AbortSignal): Promise<T> => {
      let response: Response;
      try {
        response = await fetch(`${base}${path}`, { method: 'POST', body: form, credentials: 'same-origin', signal, headers: { accept: 'application/json' } });
      } catch (error) {
        if (signal?.aborted) throw error;
        throw new FetchError(0, 'server unreachable');
      }
      const body = (await response.json().catch(() => null)) as { error?: { code?: string; message?: string; fields?: Record<string, string> } } | null;
      if (!response.ok) throw new FetchError(response.status, body?.error?.message ?? `HTTP ${response.status}`, body?.error?.code, body?.error?.fields);
      return body as T;
    },
  };
}
