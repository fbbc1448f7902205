/**
 * Gives the server-rendered `<tuiles-page>` its data: the resolved page the server
 * embedded (`#tuiles-page-data`, the same JSON as `GET /api/sites/:site/pages/public-home`,
 * or `personal-home` on `/moi`), so it hydrates from it instead of fetching it again.
 *
 * Called from a page script's body, in the same evaluation as the elements' definitions:
 * the element has been upgraded but not yet rendered (Lit's first update waits for a
 * microtask, which only runs once every module of the page has run), so the data is
 * there for it. A function rather than a module run for its effect: each page calls it,
 * so each keeps a script of its own (a page made of shared modules only is folded into a
 * shared chunk by the bundler, and drops out of the manifest the server reads).
 */
export function givePageItsData(): void {
  const dataScript = document.getElementById('tuiles-page-data');
  const pageElement = document.querySelector('tuiles-page');
  if (dataScript?.textContent && pageElement) (pageElement as unknown as { data: unknown }).data = JSON.parse(dataScript.textContent);
}
