/**
 * Tuiles over real HTTP on 127.0.0.1 for the identity-provider tests, on a fresh
 * database with the test school and the given providers; `instance()` starts another
 * server on the same database (several instances must agree on logins under way).
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp } from '../../../server/app.ts';
import { createDeps, type DepsOverrides } from '../../../server/deps.ts';
import { readConfig } from '../../../server/config.ts';
import { openDatabase } from '../../../server/store/database.ts';
import { importSiteDocument } from '../../../server/site-document/import.ts';
import type { IdentityProviderInput } from '../../../server/auth/identities.ts';
import type { Backend } from './backends.ts';
import { NOW, schoolDocument } from './fixtures.ts';
import { sanitize } from './harness.ts';

export interface TuilesInstance {
  origin: string;
  logs: string[];
  close(): Promise<void>;
}

export async function listen(fetch: (request: Request) => Response | Promise<Response>): Promise<{ origin: string; close(): Promise<void> }> {
  return new Promise((resolve) => {
    const server = serve({ fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) =>
      resolve({
        origin: `http://127.0.0.1:${info.port}`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      }),
    );
  });
}

export async function ssoTuiles(backend: Backend, providers: (origin: string) => IdentityProviderInput[], overrides: DepsOverrides = {}) {
  const db = await backend.fresh();
  const instances: TuilesInstance[] = [];
  let publicOrigin: string | undefined;

  async function instance(): Promise<TuilesInstance> {
    // The first instance shares db.handle; others open their own connection, like another process.
    const handle = instances.length === 0 ? db.handle : await openDatabase(db.url);
    const logs: string[] = [];
    // The libraries check validity against the real clock: so does the server here.
    const deps = createDeps(readConfig({}), handle, { sanitize, now: () => new Date(), log: (message) => logs.push(message), publicOrigin, ...overrides });
    const running = await listen(createApp(deps).fetch);
    const self: TuilesInstance = {
      // Every instance answers under the first one's public origin, as behind one proxy.
      origin: running.origin,
      logs,
      async close() {
        await running.close();
        if (handle !== db.handle) await handle.close();
      },
    };
    instances.push(self);
    return self;
  }

  // The providers' settings name the server's URLs: start it, then import the school.
  const first = await instance();
  publicOrigin = first.origin;
  await importSiteDocument(db.store, { ...schoolDocument(), identityProviders: providers(first.origin) }, { now: NOW, sanitize });
  return {
    ...db,
    origin: first.origin,
    first,
    instance,
    async close() {
      for (const i of instances.reverse()) await i.close();
      await db.drop();
    },
  };
}

/** The session cookie a response set, as a Cookie header, or null. */
export const sessionCookie = (res: Response) => {
  const set = res.headers.getSetCookie().find((c) => c.startsWith('tuiles_session=') && !c.startsWith('tuiles_session=;'));
  return set ? set.split(';')[0] : null;
};
