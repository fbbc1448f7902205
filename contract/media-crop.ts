/**
 * The crop an uploaded image gets: the widest box of the usage's ratio that fits,
 * centred on the focal point, kept inside the image. Written once, here, because both
 * sides need the same figures: the server cuts the variants with it
 * (server/media/images.ts) and the media picker previews that very box before the
 * upload (components/admin/pickers/media-picker.ts). Plain arithmetic: no Node, no DOM.
 */

/** What an uploaded image is for (`usage` of `POST /api/sites/:site/media`). */
export type MediaUsage = 'top' | 'illustration';

/** Each usage's aspect ratio, width to height. */
export const cropRatios: Record<MediaUsage, [number, number]> = { top: [2000, 453], illustration: [16, 9] };

/** The focal point, as fractions of the width and height (0 left/top, 1 right/bottom). */
export interface Focus {
  x: number;
  y: number;
}

export interface CropBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The crop box of `ratio` around the focal point, inside a `width`×`height` image, in whole pixels. */
export function cropAround(width: number, height: number, [rw, rh]: [number, number], focus: Focus): CropBox {
  const clamp = (value: number, max: number) => Math.max(0, Math.min(Math.round(value), max));
  if (width / height > rw / rh) {
    const w = Math.max(1, Math.round((height * rw) / rh));
    return { left: clamp(focus.x * width - w / 2, width - w), top: 0, width: w, height };
  }
  const h = Math.max(1, Math.round((width * rh) / rw));
  return { left: 0, top: clamp(focus.y * height - h / 2, height - h), width, height: h };
}
