/**
 * A real HTTP server on 127.0.0.1 serving feeds the way the web does: RSS 2.0, Atom,
 * RSS 1.0 (RDF), broken XML, a 50 MB answer, one that never answers, redirects, ETag
 * revalidation, gzip and Latin-1. It counts what it was asked and what it sent.
 */
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';

export const rss2 = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
  <title>Mairie de Carladez</title><link>https://mairie.example/</link><description>Actualités</description>
  <item><title>Fermeture de la piscine</title><link>https://mairie.example/piscine</link><pubDate>Mon, 23 Nov 2026 08:00:00 GMT</pubDate></item>
  <item><title><![CDATA[Marché de Noël <b>&amp; concert</b>]]></title><link>https://mairie.example/noel</link><pubDate>Sun, 22 Nov 2026 08:00:00 GMT</pubDate></item>
  <item><title>Lien piégé</title><link>javascript:alert(1)</link><pubDate>Sat, 21 Nov 2026 08:00:00 GMT</pubDate></item>
</channel></rss>`;

export const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Chaîne PeerTube du collège</title><link href="https://tube.example/c/college"/><id>urn:x</id><updated>2026-11-20T10:00:00Z</updated>
  <entry><title>Chorale de Noël</title><link href="https://tube.example/w/1"/><id>urn:1</id><updated>2026-11-20T10:00:00Z</updated></entry>
  <entry><title>Cross 2026</title><link href="/w/2"/><id>urn:2</id><updated>2026-11-18T10:00:00Z</updated></entry>
</feed>`;

export const rss1 = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://bib.example/"><title>Médiathèque</title><link>https://bib.example/</link><description>x</description>
    <items><rdf:Seq><rdf:li resource="https://bib.example/1"/></rdf:Seq></items></channel>
  <item rdf:about="https://bib.example/1"><title>Heure du conte</title><link>https://bib.example/1</link><dc:date>2026-11-19T15:00:00Z</dc:date></item>
</rdf:RDF>`;

export const latin1 = `<?xml version="1.0" encoding="ISO-8859-1"?>
<rss version="2.0"><channel><title>Écho des élèves</title><link>https://echo.example/</link><description>x</description>
  <item><title>Fête de l'école à Noël</title><link>https://echo.example/1</link></item>
</channel></rss>`;

export interface FeedServer {
  origin: string;
  port: number;
  /** Requests received, by path (query left out). */
  hits: Map<string, number>;
  /** Bytes of the 50 MB answer actually written before the client went away. */
  hugeBytesSent(): number;
  /** 304 answers sent. */
  notModified(): number;
  /** Changes the ETag feed's content (next request gets 200 with the new ETag). */
  bumpEtag(): void;
  close(): Promise<void>;
}

const HUGE = 50 * 1024 * 1024;

export async function startFeedServer(): Promise<FeedServer> {
  const hits = new Map<string, number>();
  const sockets = new Set<Socket>();
  let hugeSent = 0;
  let notModified = 0;
  let etagVersion = 1;

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    hits.set(url.pathname, (hits.get(url.pathname) ?? 0) + 1);
    const xml = (body: string, type = 'application/rss+xml; charset=utf-8') => {
      res.writeHead(200, { 'Content-Type': type });
      res.end(body);
    };
    switch (url.pathname) {
      case '/rss2.xml':
        return xml(rss2);
      case '/atom.xml':
        return xml(atom, 'application/atom+xml');
      case '/rss1.xml':
        return xml(rss1, 'application/rdf+xml');
      case '/latin1.xml':
        res.writeHead(200, { 'Content-Type': 'text/xml' });
        return res.end(iconv.encode(latin1, 'latin1'));
      case '/gzip.xml':
        res.writeHead(200, { 'Content-Type': 'application/rss+xml', 'Content-Encoding': 'gzip' });
        return res.end(gzipSync(rss2));
      case '/malformed.xml':
        return xml('<rss version="2.0"><channel><title>Cassé</title><item><title>Sans fin</item></channel>');
      case '/html':
        return xml('<!doctype html><html><body><p>Pas un flux</p></body></html>', 'text/html');
      case '/huge.xml': {
        // No Content-Length: the cap must hold on the bytes actually read.
        res.writeHead(200, { 'Content-Type': 'application/rss+xml' });
        const chunk = Buffer.alloc(64 * 1024, 'a');
        const write = () => {
          while (hugeSent < HUGE) {
            hugeSent += chunk.length;
            if (!res.write(chunk)) return void res.once('drain', write);
          }
          res.end();
        };
        res.write('<rss version="2.0"><channel><title>');
        write();
        return;
      }
      case '/huge-declared.xml':
        res.writeHead(200, { 'Content-Type': 'application/rss+xml', 'Content-Length': String(HUGE) });
        return res.end();
      case '/slow.xml':
        return; // never answers
      case '/etag.xml': {
        const etag = `"v${etagVersion}"`;
        if (req.headers['if-none-match'] === etag) {
          notModified++;
          res.writeHead(304, { ETag: etag });
          return res.end();
        }
        res.writeHead(200, { 'Content-Type': 'application/rss+xml', ETag: etag, 'Last-Modified': 'Mon, 23 Nov 2026 08:00:00 GMT' });
        return res.end(rss2.replace('Fermeture de la piscine', `Fermeture de la piscine (v${etagVersion})`));
      }
      case '/redirect':
        res.writeHead(302, { Location: url.searchParams.get('to') ?? '/' });
        return res.end();
      case '/loop':
        res.writeHead(301, { Location: `/loop?n=${Number(url.searchParams.get('n') ?? 0) + 1}` });
        return res.end();
      case '/missing.xml':
        res.writeHead(404, { 'Content-Type': 'text/plain' });
        return res.end('not found');
      default:
        res.writeHead(404);
        return res.end();
    }
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    hits,
    hugeBytesSent: () => hugeSent,
    notModified: () => notModified,
    bumpEtag: () => void etagVersion++,
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
