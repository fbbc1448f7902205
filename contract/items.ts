/**
 * What resolvers send and elements render. Type-only: the elements import these with
 * `import type`, so nothing here reaches the browser bundle.
 *
 * URLs (`url`, `illustration.url`) are relative to the Tuiles server's origin unless
 * absolute: an element embedded on another site resolves them against its `server`.
 */

export interface Illustration {
  url: string;
  /** Empty when the image is decorative. */
  alt: string;
  width: number | null;
  height: number | null;
  /**
   * Ready-made widths in `srcset` syntax (`/media/…/800.webp 800w, …`), when the image
   * is an uploaded medium; absent for any other address.
   */
  srcset?: string;
}

export interface ResolvedArticle {
  /** The article's id in the site document. */
  id: string;
  /** Slug of the rubrique the article belongs to. */
  rubrique: string;
  title: string;
  summary: string;
  /** ISO 8601, UTC. */
  publishedAt: string;
  /** ISO 8601, UTC: the later of publication and last update; feeds are ordered by it. */
  activityAt: string;
  url: string;
  illustration: Illustration | null;
}

export interface ResolvedEvent {
  id: string;
  rubrique: string;
  title: string;
  summary: string;
  location: string;
  /** ISO 8601, UTC. For an all-day event, midnight UTC of the first day. */
  start: string;
  /** ISO 8601, UTC. For an all-day event, midnight UTC of the last day. */
  end: string;
  allDay: boolean;
  url: string;
  illustration: Illustration | null;
}
