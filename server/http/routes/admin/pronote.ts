/**
 * Pronote settings per site, for its admins (as in the ENT console):
 *   GET|PUT /api/sites/:site/settings/pronote
 * and the "identifiants PRONOTE" import (multipart: `file`, optional `mapping` JSON):
 *   POST /api/sites/:site/settings/pronote/identifiants/preview  -> matched, unmatched, errors
 *   POST /api/sites/:site/settings/pronote/identifiants          -> saves, or 422 naming each line
 */
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import type { Deps } from '../../../deps.ts';
import type { ViewerEnv } from '../../middleware/session.ts';
import { jsonBody } from '../../middleware/validate.ts';
import { adminContext } from '../../../authoring/actor.ts';
import { pronoteSettings, type PronoteSettings } from '../../../../contract/tiles/pronote.ts';
import { badRequest, invalid, tooLarge, unprocessable } from '../../../errors.ts';
import { CsvProblem, columnRoles, decodeCsv, guessMapping, planImport, readTable, type ColumnMapping, type ImportPlan } from '../../../pronote/identifiants-csv.ts';

export const defaultPronoteSettings: PronoteSettings = pronoteSettings.parse({});

/** The largest "identifiants PRONOTE" file accepted (a big lycée: a few thousand lines). */
export const MAX_CSV_BYTES = 2 * 1024 * 1024;

const mappingSchema = z.partialRecord(z.enum(columnRoles), z.string().max(200));

export function pronoteSettingsRoutes(deps: Deps) {
  const app = new Hono<ViewerEnv>();

  app.get('/sites/:site/settings/pronote', async (c) => {
    const ctx = await adminContext(deps, c.req.param('site'), c.get('viewer'));
    c.header('Cache-Control', 'private, no-store');
    return c.json({ settings: (await deps.store.pronote.settings(ctx.site.id)) ?? defaultPronoteSettings });
  });

  app.put('/sites/:site/settings/pronote', jsonBody(pronoteSettings), async (c) => {
    const ctx = await adminContext(deps, c.req.param('site'), c.get('viewer'));
    const settings = c.req.valid('json');
    await deps.store.pronote.putSettings(ctx.site.id, settings, deps.now());
    // Personal pages read the settings through the reading memo: drop it (every instance).
    deps.changes.changed(ctx.site.id);
    c.header('Cache-Control', 'private, no-store');
    return c.json({ settings });
  });

  return app;
}

/** Mounted with its own body limit (MAX_CSV_BYTES): app.ts. */
export function pronoteImportRoutes(deps: Deps) {
  const app = new Hono<ViewerEnv>();

  async function plan(c: Context<ViewerEnv>): Promise<{ siteId: number; plan: ImportPlan }> {
    const ctx = await adminContext(deps, c.req.param('site')!, c.get('viewer'));
    if (!c.req.header('Content-Type')?.toLowerCase().startsWith('multipart/form-data')) {
      throw badRequest('invalid', 'Envoyez le fichier en multipart/form-data (champ « file »).');
    }
    const body = await c.req.parseBody();
    const file = body.file;
    if (!(file instanceof File)) throw invalid({ file: 'joignez le fichier CSV des identifiants PRONOTE' });
    if (file.size > MAX_CSV_BYTES) throw tooLarge('Fichier trop volumineux (2 Mio au plus).', { file: 'fichier trop volumineux' });
    let mapping: ColumnMapping | undefined;
    if (typeof body.mapping === 'string' && body.mapping.trim()) {
      let raw: unknown;
      try {
        raw = JSON.parse(body.mapping);
      } catch {
        throw invalid({ mapping: 'JSON attendu : {"identifiant": "…", "nom": "…"}' });
      }
      const parsed = mappingSchema.safeParse(raw);
      if (!parsed.success) throw invalid({ mapping: 'rôles connus : ' + columnRoles.join(', ') });
      mapping = parsed.data;
    }
    try {
      const { text, encoding } = decodeCsv(new Uint8Array(await file.arrayBuffer()));
      const table = readTable(text);
      const users = await deps.store.pronote.identities(ctx.site.id);
      return { siteId: ctx.site.id, plan: { ...planImport(table, mapping ?? guessMapping(table.columns), users), encoding } };
    } catch (error) {
      if (error instanceof CsvProblem) throw invalid(error.fields, 'Fichier des identifiants PRONOTE invalide : rien n\'a été importé.');
      throw error;
    }
  }

  app.post('/sites/:site/settings/pronote/identifiants/preview', async (c) => {
    const { plan: preview } = await plan(c);
    c.header('Cache-Control', 'private, no-store');
    return c.json(preview);
  });

  app.post('/sites/:site/settings/pronote/identifiants', async (c) => {
    const { siteId, plan: saved } = await plan(c);
    if (saved.errors.length > 0) {
      throw unprocessable(
        `${saved.errors.length} ligne(s) à corriger : rien n'a été importé.`,
        Object.fromEntries(saved.errors.map((e) => [`ligne ${e.line}`, e.message])),
      );
    }
    await deps.store.transaction((tx) => tx.pronote.setPronoteIds(siteId, saved.matched.map((m) => ({ userId: m.userId, pronoteId: m.pronoteId }))));
    c.header('Cache-Control', 'private, no-store');
    return c.json({ saved: saved.matched.length, unmatched: saved.unmatched, encoding: saved.encoding });
  });

  return app;
}
