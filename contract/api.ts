/** The JSON shapes of the HTTP API, shared by the server and the elements (type-only). */
import type { PageKind } from './vocabulary.ts';
import type { ResolvedTile } from './tiles/index.ts';

export interface ApiError {
  error: {
    code: string;
    message: string;
    /** Field path (`rubriques.0`, `password`) -> message, on 400s. */
    fields?: Record<string, string>;
  };
}

export interface SiteSummary {
  slug: string;
  name: string;
}

export interface PageResponse {
  site: SiteSummary;
  page: { kind: PageKind; tiles: ResolvedTile[] };
}

/** `GET /api/sites/:site/tiles/:type`: one tile resolved ad hoc, for embeds. */
export interface TileResponse<T extends ResolvedTile = ResolvedTile> {
  site: SiteSummary;
  tile: T;
}

export interface Me {
  login: string;
  displayName: string;
  profile: string;
  niveau: string | null;
  fonction: string | null;
  site: SiteSummary;
}
