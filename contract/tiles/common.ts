import { z } from 'zod';

/** `max` of a list tile: how many items to show. */
export const maxItems = z.number().int().min(1).max(50).default(6);
export const flag = z.boolean().default(true);
export const title = (label: string) => z.string().max(200).default(label);
