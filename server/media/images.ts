/**
 * Uploaded images judged from their bytes and turned into variants by sharp.
 *
 * - The format comes from the magic number, confirmed by sharp's own reading of the
 *   header: never from the file name or the declared type. JPEG, PNG, WebP and GIF only
 *   (SVG can carry scripts; everything else is 415).
 * - Size limits before any decoding: 10 MB of file, 40 megapixels per frame (read from
 *   the header; sharp's `limitInputPixels` guards the decoder too): 413.
 * - A file that does not decode whole (truncated, corrupt) is 422: sharp fails on
 *   warnings, so a half image never becomes a variant.
 * - Every variant is re-encoded from the pixels: metadata (EXIF, GPS, comments) and
 *   whatever trails the image (a polyglot's HTML) never reach a reader. EXIF orientation
 *   is applied first. Animated GIFs stay animated (GIF and animated WebP).
 */
import sharp, { type Metadata, type Sharp } from 'sharp';
import { tooLarge, unprocessable, unsupportedMediaType } from '../errors.ts';
import type { MediaUsage } from '../store/media.ts';
import { cropAround, cropRatios } from '../../contract/media-crop.ts';
import { MAX_UPLOAD_BYTES } from '../../contract/media.ts';

export const MAX_PIXELS = 40_000_000;
/** An animation's frames together: bounded too, or a small GIF could expand to gigabytes. */
const MAX_ANIMATION_PIXELS = 400_000_000;

export type ImageFormat = 'jpeg' | 'png' | 'webp' | 'gif';

export const extensionOf: Record<ImageFormat, string> = { jpeg: 'jpg', png: 'png', webp: 'webp', gif: 'gif' };
export const contentTypeOf: Record<string, string> = { jpg: 'image/jpeg', png: 'image/png', webp: 'image/webp', gif: 'image/gif' };

/** The shapes of each usage: aspect ratio and the widths made. */
export const usages: Record<MediaUsage, { ratio: [number, number]; widths: number[] }> = {
  top: { ratio: cropRatios.top, widths: [2000, 1000, 500] },
  illustration: { ratio: cropRatios.illustration, widths: [1600, 800, 400] },
};

/** The format the first bytes announce, or null. */
export function sniff(bytes: Uint8Array): ImageFormat | null {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0xff, 0xd8, 0xff)) return 'jpeg';
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'png';
  if (starts(0x47, 0x49, 0x46, 0x38) && (bytes[4] === 0x37 || bytes[4] === 0x39) && bytes[5] === 0x61) return 'gif';
  if (starts(0x52, 0x49, 0x46, 0x46) && bytes[8] === 0x57 && bytes[9] === 0x45 && bytes[10] === 0x42 && bytes[11] === 0x50) return 'webp';
  return null;
}

export interface Variant {
  name: string;
  contentType: string;
  bytes: Buffer;
}

export interface ProcessedImage {
  format: ImageFormat;
  width: number;
  height: number;
  animated: boolean;
  variants: Variant[];
}

const unsupported = () =>
  unsupportedMediaType('Format non pris en charge : envoyez une image JPEG, PNG, WebP ou GIF (le SVG est refusé).');
const corrupt = () => unprocessable("L'image est tronquée ou corrompue : elle ne peut pas être lue.", { file: 'image illisible' });

export async function processImage(bytes: Buffer, usage: MediaUsage, focus: { x: number; y: number }): Promise<ProcessedImage> {
  if (bytes.length > MAX_UPLOAD_BYTES) throw tooLarge('Image trop volumineuse : 10 Mo au plus.', { file: '10 Mo au plus' });
  const format = sniff(bytes);
  if (!format) throw unsupported();

  // The header only: no pixel is decoded yet.
  let header: Metadata;
  try {
    header = await sharp(bytes, { animated: true, limitInputPixels: false }).metadata();
  } catch {
    throw corrupt();
  }
  if (header.format !== format) throw unsupported();
  const frames = header.pages ?? 1;
  const width = header.width ?? 0;
  const frameHeight = header.pageHeight ?? header.height ?? 0;
  if (width === 0 || frameHeight === 0) throw corrupt();
  if (width * frameHeight > MAX_PIXELS || width * frameHeight * frames > MAX_ANIMATION_PIXELS) {
    throw tooLarge(`Image trop grande : ${Math.round((width * frameHeight) / 1e6)} mégapixels, 40 au plus.`, { file: '40 mégapixels au plus' });
  }
  const animated = format === 'gif' || format === 'webp' ? frames > 1 : false;

  const input = () =>
    sharp(bytes, {
      animated,
      failOn: 'warning',
      limitInputPixels: animated ? MAX_ANIMATION_PIXELS : MAX_PIXELS,
    });

  // EXIF orientation first (a still image only): the crop is computed on what people see.
  try {
    if (!animated && (header.orientation ?? 1) > 1) {
      const { data, info } = await input().rotate().raw().toBuffer({ resolveWithObject: true });
      const raw = { width: info.width, height: info.height, channels: info.channels };
      return await makeVariants(() => sharp(data, { raw }), format, info.width, info.height, usage, focus, animated);
    }
    return await makeVariants(input, format, width, frameHeight, usage, focus, animated);
  } catch (error) {
    if (isAppError(error)) throw error;
    throw corrupt();
  }
}

const isAppError = (error: unknown) => error instanceof Error && 'status' in error;

async function makeVariants(
  source: () => Sharp,
  format: ImageFormat,
  width: number,
  height: number,
  usage: MediaUsage,
  focus: { x: number; y: number },
  animated: boolean,
): Promise<ProcessedImage> {
  const { ratio, widths } = usages[usage];
  const box = cropAround(width, height, ratio, focus);
  // Decoded once; every width is cut from this crop (sharp clones share the input).
  const cropped = source().extract(box);
  const ext = extensionOf[format];
  const jobs = widths.flatMap((target) => {
    const targetHeight = Math.max(1, Math.round((target * ratio[1]) / ratio[0]));
    const resized = () => cropped.clone().resize(target, targetHeight, { fit: 'fill' });
    const original = () => {
      const r = resized();
      if (format === 'jpeg') return r.jpeg({ quality: 82, mozjpeg: true });
      if (format === 'png') return r.png({ compressionLevel: 9, adaptiveFiltering: true });
      if (format === 'gif') return r.gif();
      return r.webp({ quality: 80 });
    };
    const outputs: [string, () => Sharp][] = [[`${target}.webp`, () => resized().webp({ quality: 80 })]];
    if (ext !== 'webp') outputs.push([`${target}.${ext}`, original]);
    return outputs;
  });
  const variants: Variant[] = [];
  // One at a time: libvips already uses the cores, and memory stays bounded.
  for (const [name, make] of jobs) {
    variants.push({ name, contentType: contentTypeOf[name.split('.')[1]], bytes: await make().toBuffer() });
  }
  return { format, width, height, animated, variants };
}
