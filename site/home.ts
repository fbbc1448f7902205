/**
 * `/` and `/sites/:site/`: the school's homepage arrives rendered by the server (tiles
 * included, readable without JavaScript; server/render/home.ts). This script only
 * makes it live: `<tuiles-page>` hydrates from the page data embedded in the HTML, so
 * nothing is fetched again on load.
 */
import './hydrate.ts';
import { givePageItsData } from './page-data.ts';
import '../components/embed.ts';

givePageItsData();
