/**
 * The site's rubriques as `GET /api/sites/:site/rubriques` gives them (the viewer's
 * readable ones, flat, each naming its parent, with what the viewer may do in each);
 * tree-order.ts puts them in tree order. Read by the pickers, the composer, the editors
 * and the authoring lists.
 */
import type { AdminApi } from './api.ts';
import type { RubriqueJson } from '../../../contract/authoring.ts';

/** The fields of the route's answer the pickers read. */
export type RubriqueSummary = Pick<RubriqueJson, 'slug' | 'title' | 'parent' | 'visibility' | 'services'>;

export async function loadRubriques(api: AdminApi, signal?: AbortSignal): Promise<RubriqueJson[]> {
  return (await api.get<{ rubriques: RubriqueJson[] }>('/rubriques', signal)).rubriques;
}
