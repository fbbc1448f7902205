/** Texte libre: fixed rich text and links, sanitized on the server. */
import { z } from 'zod';
import { title } from './common.ts';

export const textConfig = z.object({
  title: title('Informations'),
  html: z.string().max(100_000).default(''),
});
export type TextConfig = z.infer<typeof textConfig>;

export interface TextData {
  /** Sanitized: no script, no event handler, no javascript: URL, no unlisted iframe. */
  html: string;
}
