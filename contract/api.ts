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

/** What the viewer may do on the write side (the /admin screens, /moi's links). */
export interface Capabilities {
  /** Site admin: pages, rubriques, settings. */
  admin: boolean;
  /** May write an article or an event in at least one rubrique. */
  write: boolean;
  /** Moderates at least one blog rubrique (« À valider »). */
  moderate: boolean;
  /** Creates or staffs rubriques somewhere (admin or gestionnaire). */
  manageRubriques: boolean;
}

export interface Me {
  login: string;
  displayName: string;
  profile: string;
  niveau: string | null;
  fonction: string | null;
  site: SiteSummary;
  may: Capabilities;
}
