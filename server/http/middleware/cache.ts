/**
 * Anonymous responses are the same for every anonymous visitor, so they are shared:
 * `Cache-Control: public`, a strong ETag, 304 on revalidation, and a small in-process
 * cache that lives as long as the max-age promised to browsers and CDNs. Only
 * anonymous views ever enter it; a logged-in viewer's response is `private, no-store`.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { Context, MiddlewareHandler } from 'hono';
import type { Viewer } from '../../access/viewer.ts';
import { encodingChooser } from './encoding.ts';
import { headerOf, type HeaderOf } from './request-headers.ts';
import { jsonBytes } from '../json-bytes.ts';

interface Entry {
  /** The body as UTF-8 (http/json-bytes.ts), sent as is to every visitor. */
  bytes: Uint8Array<ArrayBuffer>;
  /** Compressed once when first asked for, then served as is to every visitor. */
  gzipped?: Uint8Array<ArrayBuffer>;
  etag: string;
  expiresAt: number;
}

export class PublicResponseCache {
  private readonly entries = new Map<string, Entry>();
  /**
   * The last entry made for each key, kept whatever the max-age: when the same body is
   * made again (an answer resolved afresh, max-age 0 or expired), its ETag, bytes and
   * gzipped copy are reused instead of hashed and compressed again.
   */
  private readonly made = new Map<string, Entry>();
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

  /** Makes the entry for `bytes`; keeps it only when reuse is allowed at all (max-age > 0). */
  set(key: string, bytes: Uint8Array<ArrayBuffer>): Entry {
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    const expiresAt = this.now().getTime() + this.maxAgeSeconds * 1000;
    const previous = this.made.get(key);
    const entry: Entry =
      previous && Buffer.from(previous.bytes.buffer, previous.bytes.byteOffset, previous.bytes.byteLength).equals(bytes)
        ? { bytes: previous.bytes, gzipped: previous.gzipped, etag: previous.etag, expiresAt }
        : { bytes, etag: etagOf(bytes), expiresAt };
    if (this.maxAgeSeconds > 0) this.entries.set(key, entry);
    this.made.delete(key);
    if (this.made.size >= this.maxEntries) this.made.delete(this.made.keys().next().value!);
    this.made.set(key, entry);
    return entry;
  }

  clear(): void {
    this.entries.clear();
    this.made.clear();
  }
}

export const etagOf = (body: string | Uint8Array) => `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;

/** If-None-Match compares weakly (RFC 9110 13.1.2): a proxy may have marked our tag `W/`. */
function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t.replace(/^W\//, '') === etag;
  });
}

/** Path and query: the host a request names changes nothing in the answer. */
const keyOfUrl = (url: string) => url.slice(url.indexOf('/', url.indexOf('//') + 2));
const keyOf = (c: Context) => keyOfUrl(c.req.url);


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
  if (viewer.kind !== 'anonymous') {
    // jsonBytes: the parts every viewer shares (kept by the reading memo) are serialized once;
    // the answer is sent once, its bytes cut from a shared block (json-bytes.ts, 'sent').
    const bytes = jsonBytes(await produce(), 'sent') as Uint8Array<ArrayBuffer>;
    // Complete as made, like a shared answer: its headers a plain object that
    // @hono/node-server writes as it is (c.header() builds a Headers object, converted back
    // for every answer). Headers set on `c` before are not carried: none is on these routes.
    return complete(
      new Response(bytes, {
        status: 200,
        headers: {
          'Content-Type': 'application/json',
          // The same URL answers differently with a session cookie: caches must key on it.
          Vary: 'Cookie',
          'Cache-Control': 'private, no-store',
          'X-Content-Type-Options': 'nosniff',
        },
      }),
    );
  }
  const key = keyOf(c);
  const entry = cache.get(key) ?? cache.set(key, jsonBytes(await produce()) as Uint8Array<ArrayBuffer>);
  return sharedResponse(headerOf(c), entry, maxAgeSeconds);
}

/**
 * Answers an anonymous GET straight from the shared cache, before the app routes it
 * at all (createApp puts this in front of the router): a request without a cookie is
 * anonymous, and the cache only ever holds anonymous answers. Undefined: the cache
 * lacks it, the routes answer.
 */
export function answerFromCache(request: Request, header: HeaderOf, cache: PublicResponseCache, maxAgeSeconds: number): Response | undefined {
  if (request.method !== 'GET') return undefined;
  if (header('cookie') !== undefined) return undefined;
  const entry = cache.get(keyOfUrl(request.url));
  return entry && sharedResponse(header, entry, maxAgeSeconds);
}

const chooseGzip = encodingChooser(['gzip']);

/** The answers made whole here (shared copies, private JSON): they carry their own headers, nosniff included. */
const completeAnswers = new WeakSet<Response>();

/** Whether `res` is an answer made whole here: its headers are complete, nothing to add or check. */
export const isCompleteAnswer = (res: Response): boolean => completeAnswers.has(res);

function sharedResponse(header: HeaderOf, entry: Entry, maxAgeSeconds: number): Response {
  // A strong ETag names one set of bytes, so the gzipped copy has its own (RFC 9110 8.8.3).
  const gzip = entry.bytes.byteLength > 1024 && chooseGzip(header('accept-encoding')) === 'gzip';
  const etag = gzip ? `${entry.etag.slice(0, -1)}-gz"` : entry.etag;
  // Headers as a plain object on a new Response: @hono/node-server writes them as they
  // are, where c.header() would build a Headers object for every response.
  const headers: Record<string, string> = {
    'Cache-Control': `public, max-age=${maxAgeSeconds}`,
    'Access-Control-Allow-Origin': '*',
    Vary: 'Cookie, Accept-Encoding',
    'X-Content-Type-Options': 'nosniff',
    ETag: etag,
  };
  if (matches(header('if-none-match'), etag)) return complete(new Response(null, { status: 304, headers }));
  headers['Content-Type'] = 'application/json; charset=UTF-8';
  if (gzip) {
    entry.gzipped ??= new Uint8Array(gzipSync(entry.bytes));
    headers['Content-Encoding'] = 'gzip';
    return complete(new Response(entry.gzipped, { status: 200, headers }));
  }
  return complete(new Response(entry.bytes, { status: 200, headers }));
}

function complete(res: Response): Response {
  completeAnswers.add(res);
  return res;
}
