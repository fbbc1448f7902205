/**
 * `/embed-demo`: a third-party page (a town hall's site) that embeds tiles the way any
 * other site would: one `<script type="module" src="SERVER/embed/tuiles.js">` and the
 * elements with `server="SERVER"`. SERVER is `?server=https://ent.example`, else this
 * page's own origin; `?site=slug` changes the school. Served by Tuiles itself, the
 * page's Content-Security-Policy only lets it load Tuiles' own script (another
 * origin's code must never run on the portal's origin); a copy of this page on
 * another site can point `server` anywhere.
 *
 * Nothing from `components/` is bundled here: the page depends on the server's
 * published embed script only, so it also works copied to another origin.
 */

const params = new URLSearchParams(location.search);

/** The origin of `?server=` when it is an http(s) URL, else this page's origin. */
function serverOrigin(): string {
  const given = params.get('server');
  if (given) {
    try {
      const url = new URL(given);
      if (url.protocol === 'https:' || url.protocol === 'http:') return url.origin;
    } catch {
      // Not a URL: fall back to this page's origin.
    }
  }
  return location.origin;
}

const server = serverOrigin();
const site = params.get('site')?.match(/^[a-z0-9][a-z0-9-]{0,79}$/)?.[0];
const tiles = [...document.querySelectorAll<HTMLElement>('.embedded')];

// Attributes first: the elements read them when the script upgrades them.
for (const tile of tiles) {
  tile.setAttribute('server', server);
  if (site) tile.setAttribute('site', site);
}
document.getElementById('server-origin')!.textContent = server;

const news = tiles[0];
document.getElementById('snippet')!.textContent =
  `<script type="module" src="${server}/embed/tuiles.js"></script>\n` +
  `<tuiles-news server="${server}" site="${news.getAttribute('site')}"\n` +
  `  rubriques="${news.getAttribute('rubriques')}" limit="5"></tuiles-news>`;

const script = document.createElement('script');
script.type = 'module';
script.src = `${server}/embed/tuiles.js`;
script.addEventListener('error', () => {
  // Undefined elements show their light DOM: turn "Chargement…" into an explanation.
  for (const fallback of document.querySelectorAll('.embedded .fallback')) {
    fallback.textContent = `Ces informations ne peuvent pas être affichées pour le moment (serveur ${server} injoignable).`;
  }
});
document.head.append(script);
