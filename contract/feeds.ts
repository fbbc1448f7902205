/** Feeds out: the URLs a reader subscribes to (RSS, Atom, iCalendar), as the API lists them. */

export type FeedFormat = 'rss' | 'atom' | 'ics';

export interface FeedLink {
  rubrique: string;
  title: string;
  format: FeedFormat;
  /** Absolute URL in `/api/me/feeds`; a path (`/feeds/…`) in the shared `/api/sites/:site/feeds`. */
  url: string;
  /** True for a URL with the viewer's secret token (a private rubrique). */
  personal: boolean;
}

/** `GET /api/me/feeds`: the viewer's feeds; personal ones only while a token is live. */
export interface MyFeedsResponse {
  /** A live token exists: personal URLs are listed and work. */
  active: boolean;
  feeds: FeedLink[];
  /** Private rubriques the viewer reads that a token would cover. */
  privateRubriques: number;
}

/** `GET /api/sites/:site/feeds`: the public rubriques' feeds (for `<link rel="alternate">`). */
export interface PublicFeedsResponse {
  feeds: FeedLink[];
}
