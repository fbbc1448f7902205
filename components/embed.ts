/**
 * The one script third-party sites load:
 *
 *   <script type="module" src="https://ent.example/embed/tuiles.js"></script>
 *   <tuiles-news site="college-carladez" rubriques="vie-scolaire,cdi" limit="5"></tuiles-news>
 *
 * It registers every element: `<tuiles-page>` and the element of every tile type in
 * the registry (components/tiles/registry.ts), each when its module loads. Loading it
 * twice (two script tags, or the stable `tuiles.js` beside a hashed copy) is harmless:
 * each registration goes through `define()`, skipped when its tag is already defined,
 * and the first copy's elements stay in place.
 */
import './tiles/registry.ts';
import { TuilesPage } from './page/page.ts';

export { TuilesPage };
/** Every tile type: `tileRegistry.news.element` is the class behind `<tuiles-news>`. */
export { tileRegistry } from './tiles/registry.ts';
export type { TuilesErrorDetail } from './core/tile.ts';
