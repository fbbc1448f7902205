/**
 * The crop the server makes of an uploaded image (server/media/images.ts `usages` and
 * `cropAround`, repeated here because components/ never imports server/): the widest
 * box of the usage's ratio that fits, centred on the focal point, kept inside the image.
 * tests/components/admin/pickers/media-picker.test.ts pins the figures the server gives.
 */
export type MediaUsage = 'top' | 'illustration';

export const usageRatio: Record<MediaUsage, [number, number]> = { top: [2000, 453], illustration: [16, 9] };
export const usageSize: Record<MediaUsage, string> = { top: '2000 × 453', illustration: '1600 × 900' };

export interface Focus {
  x: number;
  y: number;
}

export function cropAround(width: number, height: number, [rw, rh]: [number, number], focus: Focus) {
  const clamp = (value: number, max: number) => Math.max(0, Math.min(Math.round(value), max));
  if (width / height > rw / rh) {
    const w = Math.max(1, Math.round((height * rw) / rh));
    return { left: clamp(focus.x * width - w / 2, width - w), top: 0, width: w, height };
  }
  const h = Math.max(1, Math.round((width * rh) / rw));
  return { left: 0, top: clamp(focus.y * height - h / 2, height - h), width, height: h };
}

/** A fraction kept in [0, 1] with three decimals (what the upload's `focus` carries). */
export const unit = (value: number) => Math.round(Math.max(0, Math.min(1, value)) * 1000) / 1000;
