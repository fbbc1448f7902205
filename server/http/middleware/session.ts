/** Who is asking: anonymous unless the session cookie names a live session. Reads nothing else. */
import type { Context, MiddlewareHandler } from 'hono';
import type { ViewerOwn } from '../../reading/context.ts';
import type { Store } from '../../store/index.ts';
import { anonymous, type Viewer } from '../../access/viewer.ts';
import { SESSION_COOKIE, hashToken } from '../../auth/sessions.ts';
import { cookieOf, headerOf } from './request-headers.ts';
import type { Preferences } from '../../store/preferences.ts';

/**
 * `preferences` and `annoncesRead` (which annonces current around now they have read): the
 * logged-in viewer's own, read with their session (one round trip for all); undefined for
 * an anonymous viewer.
 */
export type ViewerEnv = {
  Variables: { viewer: Viewer; sessionTokenHash: string | null; preferences: Preferences | undefined; annoncesRead: ReadonlySet<number> | undefined };
};

/** What the session read of the viewer's own, as a reading context takes it (reading/context.ts `ViewerOwn`). */
export function viewerOwn(c: Context<ViewerEnv>): ViewerOwn {
  const preferences = c.get('preferences');
  return { preferences: preferences && Promise.resolve(preferences), annoncesRead: c.get('annoncesRead') };
}

export function viewerMiddleware(deps: { store: Store; now: () => Date }): MiddlewareHandler<ViewerEnv> {
  return (c, next) => {
    c.set('viewer', anonymous);
    c.set('sessionTokenHash', null);
    // hono/cookie's getCookie would build the request's whole Headers object first.
    const token = cookieOf(headerOf(c)('cookie'), SESSION_COOKIE);
    // Anonymous: passed straight on, without an async frame of its own around the rest.
    if (!token) return next();
    return (async () => {
      const tokenHash = hashToken(token);
      // Session, user and groups in one query: every logged-in request starts here.
      const found = await deps.store.sessions.viewerOf(tokenHash, deps.now());
      if (found) {
        // A spread first then more would cost every request; a literal then a spread does not
        // (docs/design-notes.md, "No spread first on a request's path").
        c.set('viewer', { kind: 'user', ...found.user });
        c.set('sessionTokenHash', tokenHash);
        c.set('preferences', found.preferences);
        c.set('annoncesRead', found.annoncesRead);
      }
      await next();
    })();
  };
}
