/**
 * The upload of an image (`POST /api/sites/:site/media`), as both sides know it: the
 * size limit (the server refuses above it, server/media/images.ts; the media picker
 * refuses before a long upload) and the route's answer `{medium: MediumJson}`
 * (built by server/http/routes/admin/media-upload.ts, read by the pickers and the
 * article editor's illustration).
 */
import type { MediaUsage } from './media-crop.ts';

/** 10 Mo: the largest image file the server takes. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

export interface MediumJson {
  id: string;
  /** The largest variant, in the source's format. */
  url: string;
  /** All the variants' widths, or null when the url is not one of ours. */
  srcset: string | null;
  alt: string;
  usage: MediaUsage;
  /** Judged from the bytes: jpeg, png, webp or gif. */
  format: string;
  animated: boolean;
  /** Of the largest variant (the usage's crop), not of the file sent. */
  width: number;
  height: number;
  variants: string[];
}
