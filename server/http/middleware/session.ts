/** Who is asking: anonymous unless the session cookie names a live session. Reads nothing else. */
import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { Store } from '../../store/index.ts';
import { anonymous, type Viewer } from '../../access/viewer.ts';
import { SESSION_COOKIE, hashToken } from '../../auth/sessions.ts';

export type ViewerEnv = { Variables: { viewer: Viewer; sessionTokenHash: string | null } };

export function viewerMiddleware(deps: { store: Store; now: () => Date }): MiddlewareHandler<ViewerEnv> {
  return async (c, next) => {
    c.set('viewer', anonymous);
    c.set('sessionTokenHash', null);
    const token = getCookie(c, SESSION_COOKIE);
    if (token) {
      const tokenHash = hashToken(token);
      const userId = await deps.store.sessions.userOf(tokenHash, deps.now());
      const user = userId === null ? null : await deps.store.users.byId(userId);
      if (user) {
        const { passwordHash: _, ...rest } = user;
        c.set('viewer', { kind: 'user', ...rest });
        c.set('sessionTokenHash', tokenHash);
      }
    }
    await next();
  };
}
