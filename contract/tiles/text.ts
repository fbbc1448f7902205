/** Texte libre: fixed rich text and links, sanitized on the server. */
import { z } from 'zod';
import { title } from './common.ts';
import { tileDefaults } from './defaults.ts';

const d = tileDefaults.text;

export const textConfig = z.object({
  title: title(d.title),
  html: z.string().max(100_000).default(d.html),
});
export type TextConfig = z.infer<typeof textConfig>;

export interface TextData {
  /** Sanitized: no script, no event handler, no javascript: URL, no unlisted iframe. */
  html: string;
}
