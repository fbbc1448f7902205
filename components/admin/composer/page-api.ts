/**
 * The composer's calls to the composition routes of one page (server/http/routes/admin/
 * pages.ts and stale.ts), with their answers typed as the server sends them. A publish
 * comes back as what happened (published, conflict, refused), so the element only
 * decides what to show.
 */
import type { ResolvedTile } from '../../../contract/tiles/index.ts';
import type { PageKind } from '../../../contract/vocabulary.ts';
import { FetchError } from '../../core/api.ts';
import type { AdminApi } from '../core/api.ts';
import { failureMessage, fieldErrors } from '../core/failure.ts';
import type { DraftTile } from './draft.ts';
import type { PageVersionJson, StaleWarning } from '../../../contract/authoring.ts';
import type { PreviewAs } from './viewer.ts';

export interface Source {
  version: number;
  tiles: DraftTile[];
  /** The site's Peertube instances, for the embed tile's editor. */
  peertubeHosts?: string[];
}

export type PublishResult =
  | { outcome: 'published'; version: number }
  | { outcome: 'conflict' }
  | { outcome: 'refused'; message: string; fields: Record<string, string> };

export function pageApi(api: AdminApi, kind: PageKind) {
  const page = `/pages/${kind}`;
  return {
    source: () => api.get<Source>(`${page}/source`),
    versions: async () => (await api.get<{ versions: PageVersionJson[] }>(`${page}/versions`)).versions,
    restore: (number: number) => api.post<{ version: number }>(`${page}/versions/${number}/restore`),
    preview: async (tiles: DraftTile[], as: PreviewAs) =>
      (await api.post<{ page: { kind: PageKind; tiles: ResolvedTile[] } }>(`${page}/preview`, { tiles, as })).page.tiles,
    stale: async () => (await api.get<{ warnings: StaleWarning[] }>('/stale')).warnings,
    async publish(version: number, tiles: DraftTile[]): Promise<PublishResult> {
      try {
        return { outcome: 'published', version: (await api.put<{ version: number }>(page, { version, tiles })).version };
      } catch (error) {
        if (error instanceof FetchError && error.status === 409) return { outcome: 'conflict' };
        return { outcome: 'refused', message: failureMessage(error), fields: fieldErrors(error) };
      }
    },
  };
}

export type PageApi = ReturnType<typeof pageApi>;
