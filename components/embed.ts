/**
 * The one script third-party sites load:
 *
 *   <script type="module" src="https://ent.example/embed/tuiles.js"></script>
 *   <tuiles-news site="college-carladez" rubriques="vie-scolaire,cdi" limit="5"></tuiles-news>
 *
 * It registers every element. Loading it twice (two script tags, or the stable
 * `tuiles.js` beside a hashed copy) is harmless: each registration is skipped when
 * its tag is already defined, and the first copy's elements stay in place.
 */
import { define } from './core/define.ts';
import { TuilesPage } from './page/page.ts';
import { renderedTileTypes } from './tiles/registry.ts';

/** Tag -> element: the page and every tile type that has an element (components/tiles/registry.ts). */
export const elements: Record<string, CustomElementConstructor> = {
  'tuiles-page': TuilesPage,
  ...Object.fromEntries(renderedTileTypes.map((entry) => [entry.tag, entry.element])),
};

/** Defines every element whose tag is still free. Safe to call any number of times. */
export function registerAll(): void {
  for (const [tag, element] of Object.entries(elements)) define(tag, element);
}

registerAll();

// The classes stay reachable for scripts that import this module: `tileRegistry.news.element`.
export { TuilesPage };
export { tileRegistry } from './tiles/registry.ts';
export type { TuilesErrorDetail } from './core/tile.ts';
