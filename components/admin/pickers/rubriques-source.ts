/**
 * The site's rubriques as `GET /api/sites/:site/rubriques` gives them (the viewer's
 * readable ones, flat, each naming its parent), put in tree order with their depth.
 */
import type { AdminApi } from '../core/api.ts';
import type { RubriqueJson } from '../../../contract/authoring.ts';

/** The fields of the route's answer the pickers read. */
export type RubriqueSummary = Pick<RubriqueJson, 'slug' | 'title' | 'parent' | 'visibility' | 'services'>;

export interface PlacedRubrique extends RubriqueSummary {
  depth: number;
}

export async function loadRubriques(api: AdminApi, signal?: AbortSignal): Promise<RubriqueSummary[]> {
  return (await api.get<{ rubriques: RubriqueSummary[] }>('/rubriques', signal)).rubriques;
}

/** Parents before their children, siblings in the server's order; orphans (unreadable parent) at the root. */
export function inTreeOrder(rubriques: readonly RubriqueSummary[]): PlacedRubrique[] {
  const known = new Set(rubriques.map((r) => r.slug));
  const children = new Map<string | null, RubriqueSummary[]>();
  for (const r of rubriques) {
    const parent = r.parent !== null && known.has(r.parent) ? r.parent : null;
    children.set(parent, [...(children.get(parent) ?? []), r]);
  }
  const out: PlacedRubrique[] = [];
  const visit = (parent: string | null, depth: number) => {
    for (const r of children.get(parent) ?? []) {
      out.push({ ...r, depth });
      visit(r.slug, depth + 1);
    }
  };
  visit(null, 0);
  return out;
}
