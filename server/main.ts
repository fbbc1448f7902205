/**
 * Starts the portal: reads the environment, opens the store, seeds the demo school on
 * an empty database, serves. The only module with side effects at start.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { readConfig } from './config.ts';
import { openDatabase } from './store/database.ts';
import { createStore } from './store/index.ts';
import { createSanitizer } from './content/sanitize.ts';
import { createApp } from './app.ts';
import { importSiteDocument } from './site-document/import.ts';
import { demoSchool } from './demo/school.ts';

const fromHere = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const existing = (path: string) => (existsSync(path) ? path : undefined);

export async function startServer(env: NodeJS.ProcessEnv = process.env) {
  const config = readConfig(env);
  const log = (message: string, error?: unknown) => console.error(`[tuiles] ${message}`, error ?? '');
  const handle = await openDatabase(config.databaseUrl, log);
  const store = createStore(handle.db, handle.dialect);
  const sanitize = createSanitizer();

  const empty = (await store.sites.count()) === 0;
  if (empty && !config.demo) console.log('[tuiles] no site yet: import one with `npx tuiles import SITE.json` (or TUILES_DEMO=1 for the demo)');
  if (empty && config.demo) {
    const { site, counts } = await importSiteDocument(store, demoSchool(new Date()), { now: new Date(), sanitize });
    console.log(`[tuiles] demo school "${site.name}" created: ${counts.articles} articles, ${counts.events} events, ${counts.users} accounts`);
  }

  const app = createApp({
    store,
    sanitize,
    now: () => new Date(),
    publicMaxAge: config.publicMaxAge,
    timeZone: config.timeZone,
    publicOrigin: config.publicOrigin,
    staticRoots: {
      embed: existing(fromHere('../dist/embed')),
      site: existing(fromHere('../dist/site')),
      media: existing(fromHere('./demo/media')),
    },
    log,
  });
  const server = serve({ fetch: app.fetch, port: config.port }, (info) => {
    console.log(`[tuiles] listening on http://localhost:${info.port} (${handle.dialect})`);
  });
  server.on('error', (error: NodeJS.ErrnoException) => {
    console.error(
      error.code === 'EADDRINUSE'
        ? `tuiles: PORT ${config.port} is already in use (another Tuiles still running?); choose another with PORT=...`
        : `tuiles: cannot listen on PORT ${config.port}: ${error.message}`,
    );
    void handle.close().then(() => process.exit(1));
  });
  const stop = () => {
    server.close();
    void handle.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return { server, app, close: stop };
}
