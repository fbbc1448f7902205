/**
 * Requests per second over real HTTP on 127.0.0.1, each scenario of the app measured
 * in rounds alternating with a bare Hono route that returns 2.7 KB of constant JSON
 * (same process, same @hono/node-server, same load), so the ratio says what Tuiles
 * costs per request even when the machine is busy with something else.
 *
 * The servers run in a child process (`node --import tsx bench/http.ts serve`) so that
 * the load generator (load.ts: wrk, or autocannon) does not share their event loop. The child opens a
 * fresh SQLite file in a temp dir, imports the demo school, and serves:
 * - the bare route, GET /bare, on one port (and GET /__usage: the child's CPU time and
 *   event-loop use, read before and after every run, and its longest GC pause and full
 *   collections since the previous read);
 * - createApp(deps) as main.ts builds it (real clock, publicMaxAge 15 s) on another.
 *
 * Scenarios: anonymous public-home (200, answered from the in-process public cache
 * after the first request), its revalidation (If-None-Match -> 304), and a logged-in
 * pupil's personal-home (private: resolved on every request).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { constants as perfConstants, performance, PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { loadGenerator } from './load.ts';
import { SESSION_COOKIE } from '../server/auth/sessions.ts';
import { SERVING_NODE_FLAGS } from '../server/runtime.ts';

const here = fileURLToPath(import.meta.url);

// ---------------------------------------------------------------------------------
// The load generator (this process)
// ---------------------------------------------------------------------------------

export interface HttpOptions {
  /** Paired rounds per scenario: the bare route, then the scenario, `duration` s each. */
  rounds?: number;
  duration?: number;
  /** Seconds of load before a scenario's first round, not counted. */
  warmUp?: number;
  connections?: number;
  log?: (line: string) => void;
}

export interface Measure {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Server CPU time (user + system) per request, in microseconds. */
  cpuMicros: number;
  /** Share of the measured time the server's event loop was busy (1 = saturated). */
  busy: number;
  /**
   * The server's garbage-collection pauses over the runs: the longest (ms) and how many
   * were full (mark-compact) collections. A long pause holds every request in flight:
   * it is what a p99 far above the p50 is made of.
   */
  gc: { longestMs: number; major: number };
  /** Responses whose status was not the expected one, plus errors and timeouts. */
  unexpected: number;
  total: number;
  /** Each round's p50 and p99 (ms) and server CPU per request (µs), in order: a p99 follows the CPU of its round. */
  rounds: { p50Ms: number; p99Ms: number; cpuMicros: number }[];
}

export interface HttpRow {
  scenario: string;
  status: number;
  app: Measure;
  bare: Measure;
  /** Median over the rounds of (scenario req/s ÷ bare req/s in the round just before). */
  ratio: number;
  /** bare CPU per request ÷ scenario CPU per request: the ratio on an otherwise idle core. */
  cpuRatio: number;
  /** The smallest ratio asked for, if any. */
  target?: number;
  /** The largest p99 latency asked for (ms), if any. */
  p99Target?: number;
  connections: number;
}

export interface HttpResult {
  source: string;
  site: string;
  pupil: string;
  connections: number;
  rounds: number;
  duration: number;
  /** public-home's JSON, and what goes on the wire to a browser (Accept-Encoding: gzip). */
  bodyBytes: number;
  wireBytes: number;
  encoding: string;
  rows: HttpRow[];
  /** The load generator used (wrk when installed). */
  generator: string;
  /** The bare route's answer (bytes), and once, for scale, it beside a 36-byte one (req/s). */
  reference: { bytes: number; requestsPerSecond: number; smallRequestsPerSecond: number };
  /** Time to first byte of `/` just after its shared copy was dropped (a content change). */
  coldHome: FirstBytes;
  /** Time to first byte of `/moi` for the logged-in pupil: their page resolved and rendered for them alone. */
  pupilMoi: FirstBytes;
}

/** Times to first byte of one-at-a-time requests (ms), and the size of the last answer. */
export interface FirstBytes {
  samples: number;
  medianMs: number;
  p99Ms: number;
  maxMs: number;
  bytes: number;
}

export interface Ready {
  bare: number;
  app: number;
  /** The same app with TUILES_PUBLIC_MAX_AGE=0: nothing shared, every answer resolved afresh. */
  fresh: number;
  site: string;
  /** The rubriques of the demo homepage's news tile, for the news-tile scenario. */
  newsRubriques: string;
  pupil: { login: string; password: string };
  source: string;
}

/** What the child reports at GET /__usage on the bare port. */
interface Usage {
  cpu: { user: number; system: number };
  elu: { idle: number; active: number; utilization: number };
  /** Since the previous read: the longest GC pause (ms) and the full collections. */
  gc: { longestMs: number; major: number };
}

export function startTarget(env: NodeJS.ProcessEnv = {}): Promise<{ child: ChildProcess; ready: Ready }> {
  // TUILES_BENCH_PROFILE=<dir>: the server writes a V8 CPU profile there when it stops
  // (open it in Chrome's DevTools, Performance panel).
  const profile = process.env.TUILES_BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.TUILES_BENCH_PROFILE}`] : [];
  const flags = process.env.TUILES_BENCH_SERVER_FLAGS?.split(' ').filter(Boolean) ?? [];
  // The flags `tuiles serve` runs with (server/runtime.ts), then the bench's own.
  const child = spawn(process.execPath, [...SERVING_NODE_FLAGS, ...flags, ...profile, '--import', 'tsx', here, 'serve'], {
    stdio: ['pipe', 'pipe', 'inherit'],
    env: { ...process.env, ...env },
  });
  return new Promise((resolvePromise, reject) => {
    const lines = createInterface({ input: child.stdout! });
    const timer = setTimeout(() => reject(new Error('the bench server did not start within 60 s')), 60_000);
    child.once('exit', (code) => reject(new Error(`the bench server exited early (${code})`)));
    lines.on('line', (line) => {
      if (line.startsWith('READY ')) {
        clearTimeout(timer);
        resolvePromise({ child, ready: JSON.parse(line.slice('READY '.length)) as Ready });
      } else {
        process.stdout.write(`  [server] ${line}\n`);
      }
    });
  });
}

export function stopTarget(child: ChildProcess): Promise<void> {
  return new Promise((done) => {
    if (child.exitCode !== null) return done();
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(timer);
      done();
    });
    child.kill('SIGTERM');
  });
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

interface Load {
  url: string;
  expected: number;
  headers: Record<string, string>;
  /** Headers to (re)compute before each run, e.g. the current ETag. */
  fresh?: () => Promise<Record<string, string>>;
  /** Connections for this scenario, when not the run's default. */
  connections?: number;
}

interface Sample {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  cpuMicros: number;
  activeMs: number;
  elapsedMs: number;
  gc: { longestMs: number; major: number };
  unexpected: number;
}

/** One run of the load generator, with the server's CPU and event-loop use over it. */
async function sample(load: Load, seconds: number, connections: number, usageUrl: string): Promise<Sample> {
  const headers = { ...load.headers, ...(await load.fresh?.()) };
  const before = (await (await fetch(usageUrl)).json()) as Usage;
  const r = await loadGenerator.run({ url: load.url, connections: load.connections ?? connections, duration: seconds, headers });
  const after = (await (await fetch(usageUrl)).json()) as Usage;
  const active = after.elu.active - before.elu.active;
  const idle = after.elu.idle - before.elu.idle;
  return {
    requestsPerSecond: r.requestsPerSecond,
    p50Ms: r.p50Ms,
    p99Ms: r.p99Ms,
    requests: r.total,
    cpuMicros: after.cpu.user + after.cpu.system - before.cpu.user - before.cpu.system,
    activeMs: active,
    elapsedMs: active + idle,
    gc: after.gc,
    unexpected: r.unexpected(load.expected),
  };
}

function combine(samples: Sample[]): Measure {
  const requests = samples.reduce((sum, s) => sum + s.requests, 0);
  return {
    requestsPerSecond: samples.reduce((sum, s) => sum + s.requestsPerSecond, 0) / samples.length,
    p50Ms: median(samples.map((s) => s.p50Ms)),
    p99Ms: Math.max(...samples.map((s) => s.p99Ms)),
    cpuMicros: samples.reduce((sum, s) => sum + s.cpuMicros, 0) / Math.max(1, requests),
    busy: samples.reduce((sum, s) => sum + s.activeMs, 0) / Math.max(1, samples.reduce((sum, s) => sum + s.elapsedMs, 0)),
    gc: { longestMs: Math.max(...samples.map((s) => s.gc.longestMs)), major: samples.reduce((sum, s) => sum + s.gc.major, 0) },
    unexpected: samples.reduce((sum, s) => sum + s.unexpected, 0),
    total: requests,
    rounds: samples.map((s) => ({ p50Ms: s.p50Ms, p99Ms: s.p99Ms, cpuMicros: s.cpuMicros / Math.max(1, s.requests) })),
  };
}

/** What a browser sends: the public API answers it with its gzipped copy. */
const ACCEPT = { 'Accept-Encoding': 'gzip, deflate, br' };

/** Logs `account` in on the app at `appBase`: the Cookie header its session sends. */
export async function sessionCookie(appBase: string, account: { login: string; password: string }): Promise<string> {
  const login = await probe(
    `${appBase}/api/auth/login`,
    { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ login: account.login, password: account.password }) },
    200,
  );
  // The session's cookie only (the login also sets a device cookie, for /api/auth).
  const cookie = login.headers.getSetCookie().find((line) => line.startsWith(`${SESSION_COOKIE}=`))?.split(';')[0];
  if (!cookie) throw new Error('login sent no session cookie');
  return cookie;
}

/** One request, to check a scenario answers what it should before loading it. */
async function probe(url: string, init: RequestInit, expected: number): Promise<Response> {
  const res = await fetch(url, init);
  if (res.status !== expected) throw new Error(`${init.method ?? 'GET'} ${url}: expected ${expected}, got ${res.status} ${await res.text()}`);
  return res;
}

export async function benchHttp(options: HttpOptions = {}): Promise<HttpResult> {
  const rounds = options.rounds ?? 3;
  const duration = options.duration ?? 2;
  const warmUp = options.warmUp ?? 1;
  const connections = options.connections ?? 10;
  const log = options.log ?? ((line: string) => console.log(line));
  log('http: starting the server (fresh SQLite, demo school imported)…');
  const { child, ready } = await startTarget();
  try {
    const bareUrl = `http://127.0.0.1:${ready.bare}/bare`;
    const usageUrl = `http://127.0.0.1:${ready.bare}/__usage`;
    const appBase = `http://127.0.0.1:${ready.app}`;
    const publicUrl = `${appBase}/api/sites/${ready.site}/pages/public-home`;
    const personalUrl = `${appBase}/api/sites/${ready.site}/pages/personal-home`;

    await probe(bareUrl, {}, 200);
    // The page follows the real clock (an event ends, a scheduled article appears), so
    // its ETag may change during the bench: read it again before each 304 run.
    const currentEtag = async () => {
      const res = await probe(publicUrl, { headers: ACCEPT }, 200);
      const etag = res.headers.get('etag');
      if (!etag) throw new Error('public-home sent no ETag');
      await res.arrayBuffer();
      return etag;
    };
    const etag = await currentEtag();
    await probe(publicUrl, { headers: { ...ACCEPT, 'If-None-Match': etag } }, 304);
    const plain = await probe(publicUrl, { headers: { 'Accept-Encoding': 'identity' } }, 200);
    const bodyBytes = (await plain.arrayBuffer()).byteLength;
    const wire = await probe(publicUrl, { headers: ACCEPT }, 200);
    const wireBytes = Number(wire.headers.get('content-length') ?? NaN);
    const encoding = wire.headers.get('content-encoding') ?? 'none';
    await wire.arrayBuffer();
    const cookie = await sessionCookie(appBase, ready.pupil);
    await probe(personalUrl, { headers: { Cookie: cookie } }, 200);

    const freshBase = `http://127.0.0.1:${ready.fresh}`;
    const homeUrl = `${appBase}/`;
    const gzipOnly = { 'Accept-Encoding': 'gzip' };
    const homeEtag = async () => {
      const res = await probe(homeUrl, { headers: gzipOnly }, 200);
      const tag = res.headers.get('etag');
      if (!tag || res.headers.get('content-encoding') !== 'gzip') throw new Error('GET / sent no ETag or no gzip');
      await res.arrayBuffer();
      return tag;
    };
    await probe(homeUrl, { headers: { ...gzipOnly, 'If-None-Match': await homeEtag() } }, 304);
    const newsPath = `/api/sites/${ready.site}/tiles/news?rubriques=${ready.newsRubriques}&limit=6`;
    await probe(`${freshBase}${newsPath}`, { headers: ACCEPT }, 200);
    await probe(`${freshBase}/api/sites/${ready.site}/pages/public-home`, { headers: ACCEPT }, 200);

    const bare: Load = { url: bareUrl, expected: 200, headers: ACCEPT };
    const scenarios: (Load & { scenario: string; target?: number; p99Target?: number })[] = [
      { scenario: 'public-home, anonymous', url: publicUrl, expected: 200, headers: ACCEPT, target: 0.5 },
      {
        scenario: 'public-home, revalidation',
        url: publicUrl,
        expected: 304,
        headers: { ...ACCEPT, 'If-None-Match': etag },
        fresh: async () => ({ 'If-None-Match': await currentEtag() }),
        target: 0.8,
      },
      { scenario: 'GET / (HTML), anonymous, gzip', url: homeUrl, expected: 200, headers: gzipOnly, target: 0.7 },
      {
        scenario: 'GET / (HTML), revalidation',
        url: homeUrl,
        expected: 304,
        headers: gzipOnly,
        fresh: async () => ({ 'If-None-Match': await homeEtag() }),
        target: 0.7,
      },
      { scenario: 'news tile, resolved afresh', url: `${freshBase}${newsPath}`, expected: 200, headers: ACCEPT, target: 0.25 },
      { scenario: 'public-home, resolved afresh', url: `${freshBase}/api/sites/${ready.site}/pages/public-home`, expected: 200, headers: ACCEPT, target: 0.1 },
      { scenario: `personal-home, ${ready.pupil.login}`, url: personalUrl, expected: 200, headers: { ...ACCEPT, Cookie: cookie } },
      {
        scenario: `personal-home, ${ready.pupil.login}, 20 conn.`,
        url: personalUrl,
        expected: 200,
        headers: { ...ACCEPT, Cookie: cookie },
        connections: 20,
        p99Target: 10,
      },
    ];
    // TUILES_BENCH_ONLY=afresh,personal: only the scenarios whose name contains one of these words.
    const only = process.env.TUILES_BENCH_ONLY?.split(',').map((w) => w.trim()).filter(Boolean);
    if (only?.length) scenarios.splice(0, scenarios.length, ...scenarios.filter((s) => only.some((w) => s.scenario.includes(w))));
    const total = warmUp + scenarios.length * (warmUp + rounds * 2 * duration);
    log(
      `http: ${scenarios.length} scenarios × ${rounds} rounds of (bare route ${duration} s, scenario ${duration} s), ` +
        `${connections} connections, ${warmUp} s warm-up each: ~${Math.round(total)} s`,
    );
    if (warmUp > 0) await loadGenerator.run({ url: bareUrl, connections, duration: warmUp });
    const small = await loadGenerator.run({ url: `http://127.0.0.1:${ready.bare}/bare-small`, connections, duration, headers: ACCEPT });
    const big = await loadGenerator.run({ url: bareUrl, connections, duration, headers: ACCEPT });
    const reference = { bytes: Buffer.byteLength(referenceJson()), requestsPerSecond: big.requestsPerSecond, smallRequestsPerSecond: small.requestsPerSecond };
    const rows: HttpRow[] = [];
    for (const s of scenarios) {
      log(`  ${s.scenario}…`);
      if (warmUp > 0) await loadGenerator.run({ url: s.url, connections: s.connections ?? connections, duration: warmUp, headers: { ...s.headers, ...(await s.fresh?.()) } });
      const bareSamples: Sample[] = [];
      const appSamples: Sample[] = [];
      for (let round = 0; round < rounds; round++) {
        // At the scenario's own connection count: its p99 beside the bare route's at the same
        // depth of queue (what this machine's own stalls add to any route's tail).
        bareSamples.push(await sample(bare, duration, s.connections ?? connections, usageUrl));
        appSamples.push(await sample(s, duration, connections, usageUrl));
      }
      const app = combine(appSamples);
      const reference = combine(bareSamples);
      rows.push({
        scenario: s.scenario,
        status: s.expected,
        app,
        bare: reference,
        ratio: median(appSamples.map((a, i) => a.requestsPerSecond / bareSamples[i].requestsPerSecond)),
        cpuRatio: reference.cpuMicros / app.cpuMicros,
        target: s.target,
        p99Target: s.p99Target,
        connections: s.connections ?? connections,
      });
    }

    const samples = rounds >= 3 ? 40 : 10;
    // The homepage rendered cold: its shared copy dropped (as a write does), then one visitor.
    log('  GET / cold (copy just invalidated)…');
    const invalidate = () => probe(`http://127.0.0.1:${ready.bare}/__invalidate`, { method: 'POST' }, 204).then(() => {});
    const coldHome = await firstBytes(homeUrl, { 'Accept-Encoding': 'br' }, samples, invalidate);
    // `/moi` for the pupil: never shared, their page resolved and rendered on every view.
    log(`  GET /moi, ${ready.pupil.login}…`);
    const pupilMoi = await firstBytes(`${appBase}/moi`, { 'Accept-Encoding': 'br', Cookie: cookie }, samples);
    return { source: ready.source, site: ready.site, pupil: ready.pupil.login, connections, rounds, duration, bodyBytes, wireBytes, encoding, rows, generator: loadGenerator.name, reference, coldHome, pupilMoi };
  } finally {
    await stopTarget(child);
  }
}

/** `samples` requests one at a time (each after `before`, when given): their times to first byte. */
async function firstBytes(url: string, headers: Record<string, string>, samples: number, before?: () => Promise<void>): Promise<FirstBytes> {
  const ttfb: number[] = [];
  let bytes = 0;
  for (let i = 0; i < samples; i++) {
    await before?.();
    const started = performance.now();
    const res = await probe(url, { headers }, 200);
    ttfb.push(performance.now() - started);
    bytes = (await res.arrayBuffer()).byteLength;
  }
  ttfb.sort((a, b) => a - b);
  return { samples, medianMs: median(ttfb), p99Ms: ttfb[Math.min(samples - 1, Math.floor(samples * 0.99))], maxMs: ttfb[samples - 1], bytes };
}

// ---------------------------------------------------------------------------------
// The server under test (the child process)
// ---------------------------------------------------------------------------------

/** 2.7 KB of constant JSON shaped like a small feed: the bare route's answer. */
export function referenceJson(): string {
  const items = Array.from({ length: 11 }, (_, i) => ({
    id: `article-${i + 1}`,
    title: `Titre constant de l'article numéro ${i + 1}`,
    summary: 'Un résumé constant, de la longueur de ceux des actualités, pour la route de référence.',
    publishedAt: '2026-11-30T08:00:00.000Z',
    url: `/articles/article-${i + 1}`,
  }));
  return JSON.stringify({ items, total: items.length });
}

async function serveTarget() {
  // Loaded here, not at the top: the load generator never needs the server (nor jsdom).
  const [{ Hono }, { serve }, { openDatabase }, { createDeps }, { readConfig }, { createSanitizer }, { importSiteDocument }, { createApp }, { demoSchool }] =
    await Promise.all([
      import('hono'),
      import('@hono/node-server'),
      import('../server/store/database.ts'),
      import('../server/deps.ts'),
      import('../server/config.ts'),
      import('../server/content/sanitize.ts'),
      import('../server/site-document/import.ts'),
      import('../server/app.ts'),
      import('../server/demo/school.ts'),
    ]);
  const dir = mkdtempSync(join(tmpdir(), 'tuiles-bench-http-'));
  const handle = await openDatabase(`sqlite:${join(dir, 'tuiles.db')}`);
  const sanitize = createSanitizer();
  const { store } = createDeps(readConfig({}), handle);
  const now = new Date();
  const document = demoSchool(now);
  await importSiteDocument(store, document, { now, sanitize });
  const pupil = document.users.find((u) => u.profile === 'eleve' && u.password);
  if (!pupil?.password) throw new Error('the demo school has no pupil whose password is known');
  const source = 'server/demo/school.ts demoSchool(now)';

  // As main.ts builds it: real clock, the default max-age, the static folders that exist.
  const folder = (path: string) => {
    const full = fileURLToPath(new URL(path, import.meta.url));
    return existsSync(full) ? full : undefined;
  };
  const staticRoots = { embed: folder('../dist/embed'), site: folder('../dist/site'), media: folder('../server/demo/media') };
  // The flood bench (bench/flood.ts) may raise the per-address login ceiling.
  const appDeps = createDeps(readConfig({ TUILES_LOGIN_PER_ADDRESS_PER_MINUTE: process.env.TUILES_LOGIN_PER_ADDRESS_PER_MINUTE }), handle, { sanitize, staticRoots });
  const app = createApp(appDeps);
  // Nothing shared: what every logged-in viewer pays, and an anonymous one with max-age 0.
  const freshApp = createApp(createDeps(readConfig({ TUILES_PUBLIC_MAX_AGE: '0' }), handle, { sanitize, staticRoots }));
  const siteId = (await store.sites.bySlug(document.site.slug))!.id;
  const bare = new Hono();
  // The reference of the issue's targets: "a bare Hono route returning 2.7 KB of constant
  // JSON", serialized once. /bare-small (36 bytes) is measured once per bench, for scale.
  const reference = referenceJson();
  bare.get('/bare', (c) => c.body(reference, 200, { 'Content-Type': 'application/json' }));
  bare.get('/bare-small', (c) => c.json({ status: 'ok', message: 'constant' }));
  // For the load generator, its only reader (just before and just after each run): this
  // process's CPU time and event-loop use so far, and its GC pauses since the last read.
  const gc = { longestMs: 0, major: 0 };
  const count = (entries: PerformanceEntry[]) => {
    for (const entry of entries as (PerformanceEntry & { detail?: { kind?: number } })[]) {
      gc.longestMs = Math.max(gc.longestMs, entry.duration);
      if (entry.detail?.kind === perfConstants.NODE_PERFORMANCE_GC_MAJOR) gc.major++;
    }
  };
  const gcObserver = new PerformanceObserver((list) => count(list.getEntries()));
  gcObserver.observe({ entryTypes: ['gc'] });
  bare.get('/__usage', async (c) => {
    // Node hands a GC entry over a turn of the event loop later: let it, then take what waits.
    await new Promise((done) => setImmediate(done));
    count(gcObserver.takeRecords());
    const usage: Usage = { cpu: process.cpuUsage(), elu: performance.eventLoopUtilization(), gc: { ...gc } };
    gc.longestMs = 0;
    gc.major = 0;
    return c.json(usage);
  });
  // For the cold-homepage run: a content change, as a write announces it.
  bare.post('/__invalidate', (c) => {
    appDeps.changes.changed(siteId);
    return c.body(null, 204);
  });

  const listen = (fetch: (request: Request) => Response | Promise<Response>) =>
    new Promise<{ server: ReturnType<typeof serve>; port: number }>((done) => {
      const server = serve({ fetch, port: 0, hostname: '127.0.0.1' }, (info) => done({ server, port: info.port }));
    });
  const bareServer = await listen(bare.fetch);
  const appServer = await listen(app.fetch);
  const freshServer = await listen(freshApp.fetch);

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    bareServer.server.close();
    appServer.server.close();
    freshServer.server.close();
    void handle.close().finally(() => {
      rmSync(dir, { recursive: true, force: true });
      process.exit(0);
    });
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  // The bench process gone (crashed, interrupted): do not outlive it.
  process.stdin.on('end', stop);
  process.stdin.resume();

  const ready: Ready = {
    bare: bareServer.port,
    app: appServer.port,
    fresh: freshServer.port,
    site: document.site.slug,
    newsRubriques: (document.pages['public-home'].find((t) => t.type === 'news')?.config as { rubriques?: string[] } | undefined)?.rubriques?.join(',') ?? '',
    pupil: { login: pupil.login, password: pupil.password },
    source,
  };
  console.log(`READY ${JSON.stringify(ready)}`);
}

if (process.argv[1] && resolve(process.argv[1]) === here && process.argv[2] === 'serve') {
  await serveTarget();
}
