/**
 * Feed text -> the few fields a tile shows. rss-parser reads RSS 0.9x/1.0 (RDF), RSS 2.0
 * and Atom; what it returns is mapped here to plain text and http(s) links only, so a
 * feed's markup or a `javascript:` link never reaches a page.
 */
import Parser from 'rss-parser';
import { FeedError } from './errors.ts';

export interface ParsedItem {
  title: string;
  /** Absolute http(s) link, or null when the item has none we may show. */
  url: string | null;
  /** ISO 8601 UTC, or null when the feed gives no readable date. */
  date: string | null;
}

export interface ParsedFeed {
  title: string;
  /** The site the feed belongs to (http(s)), or null. */
  link: string | null;
  items: ParsedItem[];
}

/** Items kept per feed: a tile shows at most 50. */
const MAX_ITEMS = 50;

const parser = new Parser();

export async function parseFeed(text: string, feedUrl: string): Promise<ParsedFeed> {
  let feed: Parser.Output<Record<string, unknown>>;
  try {
    feed = await parser.parseString(text);
  } catch {
    throw new FeedError('not-a-feed', "Ce flux est illisible : ce n'est pas un flux RSS ou Atom valide.");
  }
  const link = httpUrl(feed.link, feedUrl);
  const items: ParsedItem[] = [];
  for (const item of feed.items ?? []) {
    const title = plain(item.title) || plain(item.contentSnippet).slice(0, 120);
    if (!title) continue;
    items.push({ title: title.slice(0, 300), url: httpUrl(item.link ?? item.guid, link ?? feedUrl), date: isoDate(item.isoDate ?? item.pubDate) });
    if (items.length >= MAX_ITEMS) break;
  }
  return { title: plain(feed.title).slice(0, 200) || new URL(feedUrl).hostname, link, items };
}

/** Tags dropped, entities a parser may leave decoded, white space collapsed. */
function plain(value: unknown): string {
  if (typeof value !== 'string') return '';
  return value
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

function httpUrl(value: unknown, base: string): string | null {
  if (typeof value !== 'string' || !value.trim()) return null;
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function isoDate(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
