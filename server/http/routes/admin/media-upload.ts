/**
 * `POST /api/sites/:site/media` (multipart: file, alt, usage, focus): an image judged
 * from its bytes, made into variants, stored. Mounted before the API's 64 KB body
 * limit with its own (an image may weigh 10 MB); it carries the API's other guards
 * itself (same origin, viewer). Who may upload: site admins and anyone who may write
 * in at least one rubrique.
 */
import { byMember, recordAudit } from '../../../authoring/audit.ts';
import { randomBytes } from 'node:crypto';
import { Hono } from 'hono';
import type { Deps } from '../../../deps.ts';
import { viewerMiddleware, type ViewerEnv } from '../../middleware/session.ts';
import { limitBody } from '../../middleware/body.ts';
import { sameOrigin } from '../../middleware/same-origin.ts';
import { memberContext, isSiteAdmin } from '../../../authoring/actor.ts';
import { extensionOf, processImage, usages } from '../../../media/images.ts';
import { MAX_UPLOAD_BYTES, type MediumJson } from '../../../../contract/media.ts';
import { mediaFolder, srcsetOf } from '../../../media/variants.ts';
import type { Medium, MediaUsage } from '../../../store/index.ts';
import { forbidden, invalid, tooLarge, unsupportedMediaType } from '../../../errors.ts';

/** Room for the multipart envelope and the text fields around a 10 MB file. */
const UPLOAD_LIMIT = MAX_UPLOAD_BYTES + 64 * 1024;

function parseFocus(value: unknown): { x: number; y: number } | null {
  if (value === undefined || value === '') return { x: 0.5, y: 0.5 };
  const match = typeof value === 'string' ? /^\s*([01](?:\.\d+)?|\.\d+)\s*,\s*([01](?:\.\d+)?|\.\d+)\s*$/.exec(value) : null;
  if (!match) return null;
  const [x, y] = [Number(match[1]), Number(match[2])];
  return x >= 0 && x <= 1 && y >= 0 && y <= 1 ? { x, y } : null;
}

export const mediumJson = (siteSlug: string, medium: Medium): MediumJson => {
  const largest = usages[medium.usage].widths[0];
  const url = `${mediaFolder(siteSlug, medium.id)}${largest}.${extensionOf[medium.format as keyof typeof extensionOf]}`;
  return {
    id: medium.id,
    url,
    srcset: srcsetOf(url),
    alt: medium.alt,
    usage: medium.usage,
    format: medium.format,
    animated: medium.animated,
    width: largest,
    height: Math.round((largest * usages[medium.usage].ratio[1]) / usages[medium.usage].ratio[0]),
    variants: medium.variants,
  };
};

export function mediaUploadRoutes(deps: Deps) {
  const app = new Hono<ViewerEnv>();
  app.post('/sites/:site/media', limitBody(UPLOAD_LIMIT), sameOrigin(deps.publicOrigin), viewerMiddleware(deps), async (c) => {
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Cache-Control', 'no-store');
    const ctx = await memberContext(deps, c.req.param('site'), c.get('viewer'));
    const writes = isSiteAdmin(ctx) || ctx.rubriques.some((r) => ctx.access.can(r.id, 'writeOwn'));
    if (!writes) throw forbidden("Vous n'avez le droit d'écrire dans aucune rubrique de cet établissement.");

    if (c.req.header('Content-Type')?.split(';')[0].trim().toLowerCase() !== 'multipart/form-data') {
      throw unsupportedMediaType('Envoyez le fichier en multipart/form-data (champs file, alt, usage, focus).');
    }
    let form: Record<string, string | File | (string | File)[]>;
    try {
      form = await c.req.parseBody();
    } catch (error) {
      if (error instanceof Error && 'status' in error && (error as { status: number }).status === 413) throw error;
      throw invalid({ file: 'formulaire multipart illisible' });
    }
    const fields: Record<string, string> = {};
    const file = form.file;
    if (!(file instanceof File)) fields.file = 'un fichier image est attendu (champ file)';
    const usage = form.usage;
    if (usage !== 'illustration' && usage !== 'top') fields.usage = '« illustration » ou « top »';
    const alt = typeof form.alt === 'string' ? form.alt.trim() : form.alt === undefined ? '' : null;
    if (alt === null || alt.length > 500) fields.alt = 'texte de 500 caractères au plus';
    const focus = parseFocus(form.focus);
    if (!focus) fields.focus = '« x,y » avec x et y entre 0 et 1';
    if (Object.keys(fields).length > 0) throw invalid(fields);
    if ((file as File).size > MAX_UPLOAD_BYTES) throw tooLarge('Image trop volumineuse : 10 Mo au plus.', { file: '10 Mo au plus' });

    const bytes = Buffer.from(await (file as File).arrayBuffer());
    const image = await processImage(bytes, usage as MediaUsage, focus!);
    const id = randomBytes(16).toString('hex');
    const folder = `${ctx.site.id}/${id}`;
    try {
      for (const variant of image.variants) await deps.mediaStorage.put(`${folder}/${variant.name}`, variant.bytes);
      const medium: Medium = {
        id,
        siteId: ctx.site.id,
        usage: usage as MediaUsage,
        alt: alt!,
        format: image.format,
        width: image.width,
        height: image.height,
        focus: focus!,
        animated: image.animated,
        variants: image.variants.map((v) => v.name),
        bytes: bytes.length,
        authorId: ctx.viewer.id,
        createdAt: ctx.now.toISOString(),
      };
      await ctx.store.transaction(async (tx) => {
        await tx.media.create(medium);
        await recordAudit(tx, byMember(ctx, 'media.upload', { kind: 'media', id }, { usage: medium.usage, alt: medium.alt }));
      });
      deps.changes.changed(ctx.site.id);
      return c.json({ medium: mediumJson(ctx.site.slug, medium) }, 201);
    } catch (error) {
      await deps.mediaStorage.delete(folder).catch(() => {});
      throw error;
    }
  });
  return app;
}
