/**
 * The server-rendered pages every anonymous visitor shares (the homepage of each site):
 * built once, then served as the same bytes, their gzip and brotli copies made once
 * each, until a content change clears them (deps.changes, as the API's shared answers)
 * or their max-age runs out (the page follows the clock: an event ends). Concurrent
 * requests for a copy being built wait for that one build.
 *
 * With several instances, each keeps its own copies; a write on another instance
 * reaches them through deps.changes (PostgreSQL LISTEN/NOTIFY when in place), else
 * after max-age, exactly like the API's shared answers.
 */
import { createHash } from 'node:crypto';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import type { Coding } from './negotiate.ts';

export interface Copy {
  bytes: Uint8Array;
  /** The identity bytes' strong ETag; each encoding has its own (RFC 9110 8.8.3). */
  etag: string;
  gzip?: Uint8Array;
  br?: Uint8Array;
  expiresAt: number;
  /** What goes on the wire per encoding, made once (see `answerOf`). */
  answers?: Partial<Record<Coding, SharedAnswer>>;
}

/**
 * One encoding of a shared copy as it is sent: its bytes, their ETag, and every header
 * as one plain object. @hono/node-server writes a Response holding a Uint8Array and a
 * plain headers object as they are (no Headers object, no copy), so sending a copy
 * costs one `new Response`. The headers object is shared by every answer: never mutated.
 */
export interface SharedAnswer {
  body: Uint8Array<ArrayBuffer>;
  etag: string;
  headers: Record<string, string>;
}

export class SharedCopies {
  private readonly copies = new Map<string, Copy>();
  private readonly building = new Map<string, Promise<Copy>>();
  /** Bumped by clear(): a build that started before must not be kept. */
  private generation = 0;

  constructor(
    private readonly maxAgeSeconds: number,
    private readonly now: () => Date,
  ) {}

  /** The copy for `key` when one is ready and fresh: what an anonymous request is answered from, before any query. */
  peek(key: string): Copy | undefined {
    const copy = this.copies.get(key);
    return copy && copy.expiresAt > this.now().getTime() ? copy : undefined;
  }

  /** The copy for `key`, built by `build` when missing or expired (one build at a time per key). */
  async get(key: string, build: () => Promise<string>): Promise<Copy> {
    const copy = this.copies.get(key);
    if (copy && copy.expiresAt > this.now().getTime()) return copy;
    const pending = this.building.get(key);
    if (pending) return pending;
    const generation = this.generation;
    const promise = build().then((html) => {
      const made = makeCopy(html, this.now().getTime() + this.maxAgeSeconds * 1000);
      if (this.maxAgeSeconds > 0 && generation === this.generation) this.copies.set(key, made);
      return made;
    });
    if (this.maxAgeSeconds > 0) {
      this.building.set(key, promise);
      void promise.finally(() => {
        if (this.building.get(key) === promise) this.building.delete(key);
      }).catch(() => {});
    }
    return promise;
  }

  clear(): void {
    this.generation++;
    this.copies.clear();
    this.building.clear();
  }
}

export function makeCopy(html: string, expiresAt: number): Copy {
  const bytes = new TextEncoder().encode(html);
  return { bytes, etag: `"${createHash('sha256').update(bytes).digest('base64url').slice(0, 32)}"`, expiresAt };
}

/** The copy's bytes in `coding`, compressed on first use and kept. */
export function encoded(copy: Copy, coding: Coding): { body: Uint8Array; etag: string } {
  if (coding === 'br') {
    // Quality 9: most of 11's gain at a fraction of its time (the first visitor waits for it).
    copy.br ??= compressed(copy.bytes, 'br', 9);
    return { body: copy.br, etag: `${copy.etag.slice(0, -1)}-br"` };
  }
  if (coding === 'gzip') {
    copy.gzip ??= compressed(copy.bytes, 'gzip');
    return { body: copy.gzip, etag: `${copy.etag.slice(0, -1)}-gz"` };
  }
  return { body: copy.bytes, etag: copy.etag };
}

/**
 * A page sent once (a logged-in viewer's) in `coding`. Brotli at quality 5, not a shared
 * copy's 9: nothing else reuses the work, and for a personal page of ~120 KB quality 9 took
 * 16 ms against 1.4 ms for 2 % more bytes.
 */
export function encodedOnce(html: string, coding: Coding): Uint8Array<ArrayBuffer> {
  const bytes = Buffer.from(html);
  if (coding === 'identity') return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) as Uint8Array<ArrayBuffer>;
  return compressed(bytes, coding, 5);
}

/** `bytes` in brotli (at `brotliQuality`) or gzip (its default level). */
function compressed(bytes: Uint8Array, coding: 'br' | 'gzip', brotliQuality = 9): Uint8Array<ArrayBuffer> {
  if (coding === 'gzip') return new Uint8Array(gzipSync(bytes));
  return new Uint8Array(brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: brotliQuality, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength } }));
}

/** The copy's answer in `coding`, its headers from `headersOf` (given the encoding's ETag), made on first use and kept. */
export function answerOf(copy: Copy, coding: Coding, headersOf: (etag: string, coding: Coding) => Record<string, string>): SharedAnswer {
  const answers = (copy.answers ??= {});
  let answer = answers[coding];
  if (!answer) {
    const { body, etag } = encoded(copy, coding);
    answer = answers[coding] = { body: body as Uint8Array<ArrayBuffer>, etag, headers: headersOf(etag, coding) };
  }
  return answer;
}

/** 304 when the visitor holds these bytes already (same headers, no body), else 200 with them. */
export function respond(answer: SharedAnswer, ifNoneMatch: string | undefined): Response {
  if (matches(ifNoneMatch, answer.etag)) return new Response(null, { status: 304, headers: answer.headers });
  return new Response(answer.body, { status: 200, headers: answer.headers });
}

/** If-None-Match compares weakly (RFC 9110 13.1.2): a proxy may have marked our tag `W/`. */
export function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  // What a browser sends back: the one tag it was given.
  if (ifNoneMatch === etag) return true;
  return ifNoneMatch.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t.replace(/^W\//, '') === etag;
  });
}
