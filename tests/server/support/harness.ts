/** An app on a fresh database with the test school imported, and a fixed clock. */
import { createApp } from '../../../server/app.ts';
import { createDeps, type DepsOverrides } from '../../../server/deps.ts';
import { defaultLoginLimits } from '../../../server/auth/login-brake.ts';
import { readConfig } from '../../../server/config.ts';
import { createSanitizer } from '../../../server/content/sanitize.ts';
import { importSiteDocument } from '../../../server/site-document/import.ts';
import type { SiteDocumentInput } from '../../../server/site-document/schema.ts';
import type { Backend } from './backends.ts';
import { NOW, PASSWORD, schoolDocument } from './fixtures.ts';

/** One sanitizer for the suite: building its jsdom window is the slow part. */
export const sanitize = createSanitizer();

export async function testApp(
  backend: Backend,
  document: SiteDocumentInput = schoolDocument(),
  options: { publicMaxAge?: number } & DepsOverrides = {},
) {
  const db = await backend.fresh();
  await importSiteDocument(db.store, document, { now: NOW, sanitize });
  let now = NOW;
  const errors: unknown[] = [];
  const deps = createDeps(readConfig({}), db.handle, {
    sanitize,
    now: () => now,
    log: (_message, error) => errors.push(error),
    // Tests log many viewers in at once: the password gate's short queue (503 past it)
    // is tested on its own, with its own limits (http/routes/auth.test.ts). Failed logins
    // are not held for the failure floor either (tested on its own, with a fake timer).
    loginLimits: { ...defaultLoginLimits, hashQueue: 1000, failureFloorMs: 0 },
    ...options,
  });
  const app = createApp(deps);
  const request = (path: string, init?: RequestInit) => app.request(path, init);
  return {
    ...db,
    deps,
    app,
    errors,
    request,
    setNow(date: Date) {
      now = date;
    },
    /** Logs in and returns the Cookie header to send. */
    async login(login: string, password = PASSWORD): Promise<string> {
      const res = await request('/api/auth/login', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ login, password }),
      });
      if (res.status !== 200) throw new Error(`login ${login}: ${res.status} ${await res.text()}`);
      return res.headers.get('set-cookie')!.split(';')[0];
    },
    async getJson(path: string, cookie?: string) {
      const res = await request(path, cookie ? { headers: { Cookie: cookie } } : undefined);
      return { res, body: (await res.json()) as any };
    },
  };
}
