/**
 * The site's rubriques as a tree reads them: each parent followed by its subtree, with
 * its depth. `GET …/rubriques` lists them flat, each naming its parent; a rubrique whose
 * parent the viewer does not read is placed at the root. Siblings keep the server's order.
 * (The server only needs "parents first" for export, a different order: see
 * server/store/rubriques.ts `parentsFirst`.)
 */
export function inTreeOrder<T extends { slug: string; parent: string | null }>(items: readonly T[]): (T & { depth: number })[] {
  const known = new Set(items.map((r) => r.slug));
  const children = new Map<string | null, T[]>();
  for (const r of items) {
    const parent = r.parent !== null && known.has(r.parent) ? r.parent : null;
    children.set(parent, [...(children.get(parent) ?? []), r]);
  }
  const out: (T & { depth: number })[] = [];
  const visit = (parent: string | null, depth: number) => {
    for (const r of children.get(parent) ?? []) {
      out.push({ ...r, depth });
      visit(r.slug, depth + 1);
    }
  };
  visit(null, 0);
  return out;
}
