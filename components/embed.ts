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
import { TuilesTop } from './tiles/top/top.ts';
import { TuilesNews } from './tiles/news/news.ts';
import { TuilesSelection } from './tiles/selection/selection.ts';
import { TuilesAgenda } from './tiles/agenda/agenda.ts';
import { TuilesEmbed } from './tiles/embed/embed.ts';
import { TuilesText } from './tiles/text/text.ts';
import { TuilesPortal } from './tiles/portal/portal.ts';
import { TuilesFlux } from './tiles/flux/flux.ts';
import { TuilesMesActualites } from './tiles/mes-actualites/mes-actualites.ts';

export const elements = {
  'tuiles-page': TuilesPage,
  'tuiles-top': TuilesTop,
  'tuiles-news': TuilesNews,
  'tuiles-selection': TuilesSelection,
  'tuiles-agenda': TuilesAgenda,
  'tuiles-embed': TuilesEmbed,
  'tuiles-text': TuilesText,
  'tuiles-portal': TuilesPortal,
  'tuiles-flux': TuilesFlux,
  'tuiles-mes-actualites': TuilesMesActualites,
} as const;

/** Defines every element whose tag is still free. Safe to call any number of times. */
export function registerAll(): void {
  for (const [tag, element] of Object.entries(elements)) define(tag, element);
}

registerAll();

export { TuilesPage, TuilesTop, TuilesNews, TuilesSelection, TuilesAgenda, TuilesEmbed, TuilesText, TuilesPortal };
export { TuilesFlux, TuilesMesActualites };
export type { TuilesErrorDetail } from './core/tile.ts';
