/**
 * Starts the portal: reads the environment, builds the deps, seeds the demo school on
 * an empty database, serves. The only module with side effects at start.
 */
import { serve } from '@hono/node-server';
import { readConfig } from './config.ts';
import { openDeps, defaultStaticRoots } from './deps.ts';
import { createApp } from './app.ts';
import { importSiteDocument } from './site-document/import.ts';
import { demoSchool } from './demo/school.ts';
import { emailQueue } from './annonces/email-queue.ts';

export async function startServer(env: NodeJS.ProcessEnv = process.env) {
  const config = readConfig(env);
  const deps = await openDeps(config, { staticRoots: defaultStaticRoots() });
  const { store } = deps;

  const empty = (await store.sites.count()) === 0;
  if (empty && !config.demo) console.log('[tuiles] no site yet: import one with `npx tuiles import SITE.json` (or TUILES_DEMO=1 for the demo)');
  if (empty && config.demo) {
    const { site, counts } = await importSiteDocument(store, demoSchool(new Date()), { now: new Date(), sanitize: deps.sanitize });
    console.log(`[tuiles] demo school "${site.name}" created: ${counts.articles} articles, ${counts.events} events, ${counts.users} accounts`);
  }

  const app = createApp(deps);
  // Every instance runs the e-mail worker; the queue hands each message to one of them.
  const { mailer } = deps;
  if (mailer) emailQueue({ store, mailer, now: deps.now, log: deps.log }).start();
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    const shown = info.address.includes(':') ? `[${info.address}]` : info.address;
    console.log(`[tuiles] listening on http://${shown}:${info.port} (${deps.database.dialect})`);
  });
  server.on('error', (error: NodeJS.ErrnoException) => {
    console.error(
      error.code === 'EADDRINUSE'
        ? `tuiles: PORT ${config.port} is already in use (another Tuiles still running?); choose another with PORT=...`
        : `tuiles: cannot listen on HOST ${config.host} PORT ${config.port}: ${error.message}`,
    );
    void deps.database.close().then(() => process.exit(1));
  });
  const stop = () => {
    server.close();
    void deps.database.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return { server, app, close: stop };
}
