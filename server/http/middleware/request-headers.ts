/**
 * Reading a request's headers before it is routed, for the answers that leave before
 * the router (the shared anonymous copies, createApp). `request.headers` on
 * @hono/node-server's request builds a whole `Headers` object from the socket's raw
 * headers on first use; the Node request it came from (handed over as `env.incoming`)
 * has them parsed already, lower-cased, repeated values joined as `Headers.get` joins
 * them. Any other runtime (tests calling `app.request`) reads `request.headers`.
 */

/** One request header by its lower-case name, undefined when absent. */
export type HeaderOf = (name: string) => string | undefined;

interface NodeEnv {
  incoming?: { headers?: Record<string, string | string[] | undefined> };
}

export function headerReader(request: Request, env: unknown): HeaderOf {
  const parsed = (env as NodeEnv | undefined)?.incoming?.headers;
  if (parsed && typeof parsed === 'object') {
    return (name) => {
      const value = parsed[name];
      return value === undefined || typeof value === 'string' ? value : value.join(', ');
    };
  }
  return (name) => request.headers.get(name) ?? undefined;
}

/**
 * The same reader for a routed request: what the middleware of every API request reads
 * (cookie, accept-encoding, if-none-match, content-type) without building a `Headers`.
 */
export const headerOf = (c: { req: { raw: Request }; env: unknown }): HeaderOf => headerReader(c.req.raw, c.env);
