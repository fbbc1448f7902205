/**
 * Feeds out, built by libraries rather than string templates: RSS 2.0 and Atom with
 * `feed`, iCalendar with `ical-generator`. The callers pass only what the feed's
 * viewer may read (the reading door), so nothing here decides privacy.
 */
import { Feed } from 'feed';
import ical, { ICalCalendarMethod } from 'ical-generator';
import type { ArticleSummary, AgendaEvent, Rubrique, Site } from '../../store/index.ts';
import { articleUrl, eventUrl } from '../../reading/wire.ts';

import type { FeedFormat } from '../../../contract/feeds.ts';
export type { FeedFormat };

export const feedTypes: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  ics: 'text/calendar; charset=utf-8',
};

interface Where {
  site: Site;
  rubrique: Rubrique;
  /** `https://ent.example`: feeds carry absolute links. */
  origin: string;
  /** This feed's own absolute URL. */
  self: string;
  now: Date;
}

export function articleFeed(format: 'rss' | 'atom', where: Where, articles: readonly ArticleSummary[]): string {
  const { site, rubrique, origin, self } = where;
  const newest = articles[0]?.activityAt;
  const feed = new Feed({
    id: self,
    title: `${rubrique.title} — ${site.name}`,
    description: `Les articles de la rubrique « ${rubrique.title} » (${site.name}).`,
    link: `${origin}/`,
    language: 'fr',
    updated: newest ? new Date(newest) : where.now,
    generator: 'Tuiles',
    feedLinks: format === 'rss' ? { rss: self } : { atom: self },
    copyright: site.name,
  });
  for (const article of articles) {
    const link = origin + articleUrl(site, article.id);
    feed.addItem({
      id: link,
      guid: link,
      title: article.title,
      link,
      description: article.summary,
      date: new Date(article.activityAt),
      published: new Date(article.publishedAt),
      ...(article.illustration && /^(https?:\/\/|\/)/.test(article.illustration.url)
        ? { image: new URL(article.illustration.url, origin).href }
        : {}),
    });
  }
  return format === 'rss' ? feed.rss2() : feed.atom1();
}

const DAY = 86_400_000;

export function eventCalendar(where: Where, events: readonly AgendaEvent[]): string {
  const { site, rubrique, origin, self } = where;
  const calendar = ical({
    name: `${rubrique.title} — ${site.name}`,
    description: `L'agenda de la rubrique « ${rubrique.title} » (${site.name}).`,
    prodId: { company: 'Tuiles', product: 'agenda', language: 'FR' },
    method: ICalCalendarMethod.PUBLISH,
    source: self,
    url: `${origin}/`,
    ttl: 3600,
  });
  for (const event of events) {
    const start = new Date(event.start);
    // Stored all-day events end on their last day; iCalendar's DTEND is the day after.
    const end = event.allDay ? new Date(Date.parse(event.end) + DAY) : new Date(event.end);
    calendar.createEvent({
      id: `${event.id}@${site.slug}.tuiles`,
      start,
      end,
      allDay: event.allDay,
      summary: event.title,
      description: event.summary || null,
      location: event.location || null,
      url: origin + eventUrl(site, event.id),
      stamp: where.now,
    });
  }
  return calendar.toString();
}
