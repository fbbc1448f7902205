/**
 * `/`: the school's public homepage. The site is `?site=slug`, else the first site the
 * server lists; its public page is one `<tuiles-page>`, fetched anonymously (the same
 * cached answer for every visitor).
 */
import '../components/embed.ts';
import { chooseSite, failureMessage, keepSiteParam, link, requestedSite, showNotice, showSite } from './shared.ts';
import type { PublicFeedsResponse } from '../contract/feeds.ts';
import { request } from '../components/core/api.ts';

const main = document.querySelector<HTMLElement>('main')!;
keepSiteParam();

function showPage(slug: string): void {
  const page = document.createElement('tuiles-page');
  page.setAttribute('site', slug);
  main.replaceChildren(page);
}

async function start(): Promise<void> {
  // With ?site=, the page and the site's name load side by side.
  const wanted = requestedSite();
  if (wanted) showPage(wanted);
  let site;
  try {
    site = await chooseSite(wanted);
  } catch (error) {
    showSite(null, 'Accueil');
    if (!wanted) {
      const retry = document.createElement('button');
      retry.type = 'button';
      retry.className = 'button';
      retry.textContent = 'Réessayer';
      retry.addEventListener('click', () => void start());
      showNotice(main, [failureMessage(error), retry]);
    }
    return;
  }
  showSite(site, 'Accueil');
  if (site) {
    document.querySelector('meta[name="description"]')?.setAttribute(
      'content',
      `${site.name} : actualités, agenda et informations pratiques de l’établissement.`,
    );
    if (!wanted) showPage(site.slug);
    void addFeedLinks(site.slug);
  } else if (wanted) {
    showNotice(main, [`Aucun établissement ne correspond à « ${wanted} » sur ce portail.`, link('/', 'Aller à l’accueil du portail')]);
  } else {
    showNotice(main, ['Ce portail n’a pas encore d’établissement.']);
  }
}

/** `<link rel="alternate">` for each public rubrique's feeds, so browsers and readers find them. */
async function addFeedLinks(slug: string): Promise<void> {
  const types = { rss: 'application/rss+xml', atom: 'application/atom+xml', ics: 'text/calendar' } as const;
  try {
    const { feeds } = await request<PublicFeedsResponse>(`/api/sites/${encodeURIComponent(slug)}/feeds`, { credentials: 'same-origin' });
    document.head.querySelectorAll('link[data-feed]').forEach((link) => link.remove());
    for (const feed of feeds) {
      const link = document.createElement('link');
      Object.assign(link, { rel: 'alternate', type: types[feed.format], href: feed.url, title: `${feed.title} (${feed.format.toUpperCase()})` });
      link.dataset.feed = '';
      document.head.append(link);
    }
  } catch {
    // No feed links: the page itself is unaffected.
  }
}

void start();
