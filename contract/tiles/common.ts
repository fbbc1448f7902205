import { z } from 'zod';

// Each takes its default from `tileDefaults` (./defaults.ts), the one place defaults are written.

/** `max` of a list tile: how many items to show. */
export const maxItems = (fallback: number) => z.number().int().min(1).max(50).default(fallback);
export const flag = (fallback: boolean) => z.boolean().default(fallback);
export const title = (label: string) => z.string().max(200).default(label);
