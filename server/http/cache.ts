/**
 * Anonymous responses are the same for every anonymous visitor, so they are shared:
 * `Cache-Control: public`, a strong ETag, 304 on revalidation, and a small in-process
 * cache that lives as long as the max-age promised to browsers and CDNs. Only
 * anonymous views ever enter it; a logged-in viewer's response is `private, no-store`.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { Context } from 'hono';
import type { Viewer } from '../access/viewer.ts';

interface Entry {
  body: string;
  /** Compressed once when first asked for, then served as is to every visitor. */
  gzipped?: Buffer;
  etag: string;
  expiresAt: number;
}

export class PublicResponseCache {
  private readonly entries = new Map<string, Entry>();
  constructor(
    private readonly maxAgeSeconds: number,
    private readonly now: () => Date,
    private readonly maxEntries = 1000,
  ) {}

  get(key: string): Entry | undefined {
    const entry = this.entries.get(key);
    if (entry && entry.expiresAt > this.now().getTime()) return entry;
    if (entry) this.entries.delete(key);
    return undefined;
  }

  set(key: string, body: string): Entry {
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    const entry = { body, etag: etagOf(body), expiresAt: this.now().getTime() + this.maxAgeSeconds * 1000 };
    if (this.maxAgeSeconds > 0) this.entries.set(key, entry);
    return entry;
  }

  clear(): void {
    this.entries.clear();
  }
}

export const etagOf = (body: string) => `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;

function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((tag) => tag.trim() === etag || tag.trim() === '*');
}

/**
 * Sends the JSON that `produce` makes for this viewer: shared and revalidatable when
 * anonymous, private and uncached otherwise.
 */
export async function viewerJson(
  c: Context,
  viewer: Viewer,
  cache: PublicResponseCache,
  maxAgeSeconds: number,
  produce: () => Promise<unknown>,
): Promise<Response> {
  // The same URL answers differently with a session cookie: caches must key on it.
  c.header('Vary', 'Cookie');
  if (viewer.kind !== 'anonymous') {
    c.header('Cache-Control', 'private, no-store');
    return c.json(await produce());
  }
  const key = c.req.url;
  const entry = cache.get(key) ?? cache.set(key, JSON.stringify(await produce()));
  c.header('Cache-Control', `public, max-age=${maxAgeSeconds}`);
  c.header('Access-Control-Allow-Origin', '*');
  c.header('Vary', 'Cookie, Accept-Encoding');
  // A strong ETag names one set of bytes, so the gzipped copy has its own (RFC 9110 8.8.3).
  const gzip = entry.body.length > 1024 && /\bgzip\b/.test(c.req.header('Accept-Encoding') ?? '');
  const etag = gzip ? `${entry.etag.slice(0, -1)}-gz"` : entry.etag;
  c.header('ETag', etag);
  if (matches(c.req.header('If-None-Match'), etag)) return c.body(null, 304);
  c.header('Content-Type', 'application/json; charset=UTF-8');
  if (gzip) {
    entry.gzipped ??= gzipSync(entry.body);
    c.header('Content-Encoding', 'gzip');
    return c.body(new Uint8Array(entry.gzipped));
  }
  return c.body(entry.body);
}
