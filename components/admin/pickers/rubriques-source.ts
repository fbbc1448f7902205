/**
 * The site's rubriques as `GET /api/sites/:site/rubriques` gives them (the viewer's
 * readable ones, flat, each naming its parent); core/tree-order.ts puts them in tree order.
 */
import type { AdminApi } from '../core/api.ts';
import type { RubriqueJson } from '../../../contract/authoring.ts';

/** The fields of the route's answer the pickers read. */
export type RubriqueSummary = Pick<RubriqueJson, 'slug' | 'title' | 'parent' | 'visibility' | 'services'>;

export async function loadRubriques(api: AdminApi, signal?: AbortSignal): Promise<RubriqueSummary[]> {
  return (await api.get<{ rubriques: RubriqueSummary[] }>('/rubriques', signal)).rubriques;
}
