/**
 * A folder of files served from memory: read once when the app is built, each with a
 * strong ETag and, when it pays, a gzipped copy made then. A request never touches the
 * disk nor the libuv thread pool (where password hashing runs: under a login flood, a
 * file read queued behind hundreds of scrypt calls took seconds), and never compresses.
 * Lookups are by exact name in a map, so no path can walk out of the folder.
 *
 * With several instances each holds its own copy of the same built files. A rebuild of
 * `dist/` reaches a running server at its next start.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Context, MiddlewareHandler } from 'hono';
import { negotiateEncoding } from './encoding.ts';

export interface MemoryFile {
  bytes: Uint8Array<ArrayBuffer>;
  gzipped?: Uint8Array<ArrayBuffer>;
  type: string;
  etag: string;
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};
const compressible = new Set(['.html', '.js', '.mjs', '.css', '.json', '.map', '.webmanifest', '.txt', '.svg', '.ico']);

const etagOf = (bytes: Uint8Array) => `"${createHash('sha256').update(bytes).digest('base64url').slice(0, 32)}"`;

function fileOf(path: string): MemoryFile {
  const bytes = new Uint8Array(readFileSync(path));
  const ext = extname(path).toLowerCase();
  const file: MemoryFile = { bytes, type: types[ext] ?? 'application/octet-stream', etag: etagOf(bytes) };
  if (compressible.has(ext) && bytes.length > 1024) {
    const gzipped = new Uint8Array(gzipSync(bytes, { level: 9 }));
    if (gzipped.length < bytes.length * 0.9) file.gzipped = gzipped;
  }
  return file;
}

/** Every file under `root`, by its path relative to it with `/` separators. */
export function loadFolder(root: string): Map<string, MemoryFile> {
  const files = new Map<string, MemoryFile>();
  const walk = (dir: string, prefix: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      const stat = statSync(full);
      if (stat.isDirectory()) walk(full, `${prefix}${name}/`);
      else if (stat.isFile()) files.set(`${prefix}${name}`, fileOf(full));
    }
  };
  walk(root, '');
  return files;
}

/** If-None-Match compares weakly (RFC 9110 13.1.2). */
const matches = (ifNoneMatch: string | undefined, etag: string) =>
  !!ifNoneMatch && ifNoneMatch.split(',').some((tag) => ['*', etag].includes(tag.trim().replace(/^W\//, '')));

export interface ServeOptions {
  /** The URL prefix the folder is mounted at (`/embed`), removed before the lookup. */
  prefix?: string;
  /** `/moi` finds `moi.html`; `/` and `/dir/` find their `index.html`. */
  cleanUrls?: boolean;
  /** Headers for this file (caching, CSP...). */
  headers?: (path: string, file: MemoryFile) => Record<string, string>;
}

function lookup(files: Map<string, MemoryFile>, c: Context, options: ServeOptions): MemoryFile | undefined {
  let path: string;
  try {
    path = decodeURIComponent(c.req.path.slice(options.prefix?.length ?? 0));
  } catch {
    return undefined;
  }
  const name = path.replace(/^\/+/, '');
  if (name === '' || name.endsWith('/')) return files.get(`${name}index.html`);
  return files.get(name) ?? (options.cleanUrls ? files.get(`${name}.html`) : undefined);
}

/** Serves GET and HEAD from `files`; anything it does not hold goes on. */
export function serveFromMemory(files: Map<string, MemoryFile>, options: ServeOptions = {}): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    const file = lookup(files, c, options);
    if (!file) return next();
    // A strong ETag names one set of bytes, so the gzipped copy has its own (RFC 9110 8.8.3).
    const gzip = file.gzipped !== undefined && negotiateEncoding(c.req.header('Accept-Encoding'), ['gzip']) === 'gzip';
    const etag = gzip ? `${file.etag.slice(0, -1)}-gz"` : file.etag;
    const headers: Record<string, string> = { ETag: etag, 'X-Content-Type-Options': 'nosniff', ...options.headers?.(c.req.path, file) };
    if (file.gzipped) headers.Vary = 'Accept-Encoding';
    if (matches(c.req.header('If-None-Match'), etag)) return new Response(null, { status: 304, headers });
    const body = gzip ? file.gzipped! : file.bytes;
    headers['Content-Type'] = file.type;
    headers['Content-Length'] = String(body.length);
    if (gzip) headers['Content-Encoding'] = 'gzip';
    return new Response(c.req.method === 'HEAD' ? null : body, { status: 200, headers });
  };
}
