/**
 * `tuiles serve` | `tuiles import FILE.json [--replace]` | `tuiles export SITE`.
 * Each honours DATABASE_URL; errors go to stderr as one readable block, exit code 1.
 */
import { readFile } from 'node:fs/promises';
import { readConfig, ConfigError } from './config.ts';
import { openDeps, type Deps } from './deps.ts';
import { importSiteDocument } from './site-document/import.ts';
import { exportSiteDocument } from './site-document/export.ts';
import { AppError } from './errors.ts';
import { DatabaseOpenError } from './store/database.ts';
import { MigrationError } from './store/migrate.ts';

const usage = `Utilisation :
  tuiles serve                      démarre le portail (PORT, DATABASE_URL)
  tuiles import FICHIER.json [--replace]
                                    importe un site (tout ou rien)
  tuiles export SITE > FICHIER.json exporte un site`;

async function withDeps<T>(work: (deps: Deps) => Promise<T>): Promise<T> {
  const deps = await openDeps(readConfig(process.env));
  try {
    return await work(deps);
  } finally {
    await deps.database.close();
  }
}

export async function main(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  try {
    switch (command) {
      case 'serve': {
        readConfig(process.env); // a bad variable stops here, before anything loads
        const { startServer } = await import('./main.ts');
        await startServer();
        return -1; // keeps running
      }
      case 'import': {
        const file = rest.find((a) => !a.startsWith('--'));
        if (!file) throw new UsageError('import: nom de fichier manquant');
        let document: unknown;
        try {
          document = JSON.parse(await readFile(file, 'utf8'));
        } catch (error) {
          throw new UsageError(`import: ${file} : ${(error as Error).message}`);
        }
        const result = await withDeps(({ store, sanitize, now }) =>
          importSiteDocument(store, document, { now: now(), sanitize, replace: rest.includes('--replace') }),
        );
        const c = result.counts;
        console.error(
          `Site « ${result.site.slug} » importé : ${c.rubriques} rubriques, ${c.articles} articles, ${c.events} événements, ${c.users} comptes, ${c.tiles} tuiles.`,
        );
        return 0;
      }
      case 'export': {
        const [site] = rest;
        if (!site) throw new UsageError('export: slug du site manquant');
        const document = await withDeps(({ store }) => exportSiteDocument(store, site));
        process.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
        return 0;
      }
      default:
        throw new UsageError(command ? `commande inconnue « ${command} »` : 'commande manquante');
    }
  } catch (error) {
    if (error instanceof UsageError) console.error(`tuiles: ${error.message}\n${usage}`);
    else if (error instanceof ConfigError || error instanceof DatabaseOpenError || error instanceof MigrationError) console.error(`tuiles: ${error.message}`);
    else if (error instanceof AppError) {
      console.error(`tuiles: ${error.message}`);
      for (const [path, message] of Object.entries(error.fields ?? {})) console.error(`  ${path}: ${message}`);
    } else console.error(`tuiles: ${(error as Error).stack ?? error}`);
    return 1;
  }
}

class UsageError extends Error {}
