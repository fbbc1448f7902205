import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';

/**
 * The address of the socket's peer. Forwarded-For headers are not trusted: anyone can
 * write them. (Behind a proxy every client shares its address; the per-account limit
 * still applies.) In-process test requests have no socket: `local`.
 */
export function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'local';
  } catch {
    return 'local';
  }
}
