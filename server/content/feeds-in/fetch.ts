/**
 * One HTTP(S) fetch of an external feed, with the limits every feed fetch keeps:
 * - a deadline for the whole exchange, redirects and body included (5 s by default);
 * - a size cap (2 MB by default): reading stops, and the connection is closed, as soon
 *   as the body passes it, whatever Content-Length said;
 * - redirects followed by hand, at most 5, each new host checked like the first;
 * - addresses checked after DNS resolution, on every hop (addresses.ts);
 * - conditional requests: the validators of the copy we hold (ETag, Last-Modified),
 *   and a 304 answered as "not modified".
 */
import http from 'node:http';
import https from 'node:https';
import zlib from 'node:zlib';
import type { Readable } from 'node:stream';
import iconv from 'iconv-lite';
import { checkLiteral, guardedLookup, policyOf, portOf, type AddressPolicy } from './addresses.ts';
import { FeedError } from './errors.ts';

export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  allowPrivate: boolean;
  /** Tests only: which (address, port) count as public (see AddressPolicy). */
  allowAddress?: AddressPolicy;
}

export const defaultLimits: FetchLimits = { timeoutMs: 5000, maxBytes: 2 * 1024 * 1024, maxRedirects: 5, allowPrivate: false };

export interface Validators {
  etag: string | null;
  lastModified: string | null;
}

export type FetchResult = { status: 'not-modified' } | ({ status: 'ok'; text: string } & Validators);

const USER_AGENT = 'Tuiles (portail ENT; lecteur de flux RSS/Atom)';

export async function fetchFeed(url: string, limits: FetchLimits, validators: Validators | null = null): Promise<FetchResult> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), limits.timeoutMs);
  try {
    let current = new URL(url);
    for (let hop = 0; ; hop++) {
      const answer = await request(current, limits, validators, controller.signal);
      if (answer.kind !== 'redirect') return answer.result;
      if (hop >= limits.maxRedirects) throw new FeedError('redirects', 'Le flux redirige trop de fois (plus de 5 redirections).');
      current = answer.location;
    }
  } catch (error) {
    if (controller.signal.aborted) throw new FeedError('timeout', `Le flux n'a pas répondu à temps (${Math.round(limits.timeoutMs / 100) / 10} s).`);
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

type Answer = { kind: 'redirect'; location: URL } | { kind: 'done'; result: FetchResult };

function request(url: URL, limits: FetchLimits, validators: Validators | null, signal: AbortSignal): Promise<Answer> {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return Promise.reject(new FeedError('refused', 'Adresse refusée : seuls les flux en http:// ou https:// sont lus.'));
  }
  if (url.username || url.password) {
    return Promise.reject(new FeedError('refused', "Adresse refusée : elle contient un identifiant ou un mot de passe."));
  }
  const allowed = policyOf(limits.allowPrivate, limits.allowAddress);
  try {
    checkLiteral(url, allowed);
  } catch (error) {
    return Promise.reject(error);
  }
  const headers: Record<string, string> = {
    'User-Agent': USER_AGENT,
    Accept: 'application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5',
    'Accept-Encoding': 'gzip, deflate, br',
  };
  if (validators?.etag) headers['If-None-Match'] = validators.etag;
  if (validators?.lastModified) headers['If-Modified-Since'] = validators.lastModified;
  const client = url.protocol === 'https:' ? https : http;

  return new Promise<Answer>((resolve, reject) => {
    const req = client.request(url, { method: 'GET', headers, signal, lookup: guardedLookup(allowed, portOf(url)), agent: false }, (res) => {
      const status = res.statusCode ?? 0;
      if (status >= 300 && status < 400 && status !== 304) {
        res.resume();
        const location = res.headers.location;
        if (!location) return reject(new FeedError('http', `Le serveur du flux a répondu ${status} sans adresse de redirection.`));
        try {
          return resolve({ kind: 'redirect', location: new URL(location, url) });
        } catch {
          return reject(new FeedError('http', 'Le serveur du flux redirige vers une adresse invalide.'));
        }
      }
      if (status === 304 && validators) {
        res.resume();
        return resolve({ kind: 'done', result: { status: 'not-modified' } });
      }
      if (status !== 200) {
        res.resume();
        return reject(new FeedError('http', `Le serveur du flux a répondu ${status}.`));
      }
      const declared = Number(res.headers['content-length']);
      if (Number.isFinite(declared) && declared > limits.maxBytes) {
        req.destroy();
        return reject(tooLarge(limits));
      }
      readCapped(decoded(res), limits.maxBytes).then(
        (bytes) =>
          resolve({
            kind: 'done',
            result: {
              status: 'ok',
              text: decodeText(bytes, res.headers['content-type']),
              etag: header(res.headers.etag),
              lastModified: header(res.headers['last-modified']),
            },
          }),
        (error) => {
          req.destroy();
          reject(error);
        },
      );
    });
    req.on('error', (error) => reject(error instanceof FeedError ? error : (error as { cause?: unknown }).cause instanceof FeedError ? (error as { cause: FeedError }).cause : unreachable(error)));
    req.end();
  });
}

const header = (value: string | string[] | undefined) => (typeof value === 'string' && value.length <= 500 ? value : null);

const tooLarge = (limits: FetchLimits) =>
  new FeedError('too-large', `Le flux est trop volumineux (plus de ${Math.round(limits.maxBytes / 1024 / 1024)} Mo).`);

function unreachable(error: unknown): FeedError {
  if (error instanceof Error && error.name === 'AbortError') return new FeedError('timeout', "Le flux n'a pas répondu à temps.");
  return new FeedError('unreachable', 'Le serveur du flux est injoignable.');
}

/** The body as sent, decompressed: the cap counts decompressed bytes (a small gzip can hold gigabytes). */
function decoded(res: http.IncomingMessage): Readable {
  const encoding = String(res.headers['content-encoding'] ?? '').trim().toLowerCase();
  if (encoding === 'gzip' || encoding === 'x-gzip') return res.pipe(zlib.createGunzip());
  if (encoding === 'deflate') return res.pipe(zlib.createInflate());
  if (encoding === 'br') return res.pipe(zlib.createBrotliDecompress());
  return res;
}

function readCapped(stream: Readable, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        stream.destroy();
        reject(tooLarge({ maxBytes } as FetchLimits));
        return;
      }
      chunks.push(chunk);
    });
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', () => reject(new FeedError('unreachable', 'Le serveur du flux a interrompu sa réponse.')));
  });
}

/** Charset from Content-Type, else from the XML declaration, else UTF-8 (XML's default). */
function decodeText(bytes: Buffer, contentType: string | undefined): string {
  const fromHeader = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? '')?.[1];
  const fromDeclaration = /^\s*<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i.exec(bytes.subarray(0, 200).toString('latin1'))?.[1];
  const charset = fromHeader ?? fromDeclaration ?? 'utf-8';
  return iconv.encodingExists(charset) ? iconv.decode(bytes, charset) : bytes.toString('utf8');
}
