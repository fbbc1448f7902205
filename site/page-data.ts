/**
 * Gives the server-rendered `<tuiles-page>` its data before the elements are defined:
 * the resolved page the server embedded (`#tuiles-page-data`, the same JSON as
 * `GET /api/sites/:site/pages/public-home`), so it hydrates from it instead of
 * fetching it again. A property set before the upgrade is kept by Lit.
 */
export {};

const dataScript = document.getElementById('tuiles-page-data');
const pageElement = document.querySelector('tuiles-page');
if (dataScript?.textContent && pageElement) (pageElement as unknown as { data: unknown }).data = JSON.parse(dataScript.textContent);
