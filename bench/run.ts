/**
 * `npm run bench`: HTTP throughput against a bare Hono route, and the news resolver's
 * latency from 1,000 to 1,000,000 articles. Prints tables; always exits 0 when the
 * bench itself ran (a missed target is reported, not thrown). Not part of `npm test`.
 *
 *   npm run bench                  everything (about 2 minutes on 2 cores)
 *   npm run bench -- --http        only the HTTP part
 *   npm run bench -- --news        only the news part
 *   npm run bench -- --freshness   only publish -> visible and the media upload
 *   npm run bench -- --flood       only the login flood
 *   npm run bench -- --quick       shorter runs and smaller sites, to try the bench itself
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { benchHttp, type FirstBytes, type HttpResult } from './http.ts';
import { benchNews, type NewsResult } from './news.ts';
import { benchFreshness, type FreshnessResult } from './freshness.ts';
import { benchFlood, type FloodResult } from './flood.ts';
import { table, type Align } from './table.ts';

const args = new Set(process.argv.slice(2));
const quick = args.has('--quick');
const onlyHttp = args.has('--http');
const onlyNews = args.has('--news');
const onlyFreshness = args.has('--freshness');
const onlyFlood = args.has('--flood');
const onlyOther = onlyFreshness || onlyFlood;
const runHttp = !onlyOther && (onlyHttp || !onlyNews);
const runNews = !onlyOther && (onlyNews || !onlyHttp);
const runFreshness = onlyFreshness || (!onlyFlood && !onlyHttp && !onlyNews);
// TUILES_BENCH_ONLY (HTTP scenarios by name) leaves the flood out unless it names it.
const onlyScenarios = process.env.TUILES_BENCH_ONLY?.split(',').map((w) => w.trim()).filter(Boolean);
const runFlood = onlyFlood || (!onlyFreshness && (onlyHttp || !onlyNews) && (!onlyScenarios?.length || onlyScenarios.includes('flood')));


const int = (n: number) => Math.round(n).toLocaleString('en');
const ms = (n: number) => (n < 10 ? n.toFixed(2) : n.toFixed(1));
const percent = (n: number) => `${Math.round(n * 100)} %`;
const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');

function printHttp(result: HttpResult) {
  console.log(
    `\nHTTP (${result.generator}, ${result.connections} connections, ${result.rounds} rounds × ${result.duration} s per scenario and as many of the bare route, 127.0.0.1, server in a child process)`,
  );
  console.log(
    `site "${result.site}" from ${result.source}; public-home: ${int(result.bodyBytes)} bytes of JSON, ` +
      `${int(result.wireBytes)} on the wire (Content-Encoding: ${result.encoding}); every request sends Accept-Encoding: gzip, deflate, br\n`,
  );
  const ref = result.reference;
  console.log(
    `bare route: ${int(ref.bytes)} bytes of constant JSON, ${int(ref.requestsPerSecond)} req/s; ` +
      `for scale, a 36-byte one in the same run: ${int(ref.smallRequestsPerSecond)} req/s\n`,
  );
  const lat = (n: number) => (n < 10 ? n.toFixed(1) : String(Math.round(n)));
  console.log(
    table(
      ['scenario', 'status', 'req/s', 'p50 ms', 'p99 ms', 'GC ms', 'full GC', 'CPU µs/req', 'busy', 'bare req/s', 'bare µs/req', 'bare busy', 'ratio', 'CPU ratio', 'target', '', 'bad'],
      result.rows.map((r) => [
        r.scenario,
        String(r.status),
        int(r.app.requestsPerSecond),
        lat(r.app.p50Ms),
        lat(r.app.p99Ms),
        lat(r.app.gc.longestMs),
        String(r.app.gc.major),
        int(r.app.cpuMicros),
        percent(r.app.busy),
        int(r.bare.requestsPerSecond),
        int(r.bare.cpuMicros),
        percent(r.bare.busy),
        percent(r.ratio),
        percent(r.cpuRatio),
        r.target !== undefined ? `≥ ${percent(r.target)}` : r.p99Target !== undefined ? `p99 ≤ ${r.p99Target} ms` : '-',
        r.target !== undefined ? verdict(r.ratio >= r.target) : r.p99Target !== undefined ? verdict(r.app.p99Ms <= r.p99Target) : '',
        String(r.app.unexpected + r.bare.unexpected),
      ]),
      ['left', ...Array<Align>(14).fill('right'), 'left', 'right'],
    ),
  );
  console.log(`
bare       GET /bare on a plain Hono app (same process) returning 2.7 KB of constant JSON, run just before each round
ratio      median over the rounds of scenario req/s ÷ bare req/s (the target applies to it)
CPU ratio  bare CPU per request ÷ scenario CPU per request, from the server's own CPU time:
           what the ratio would be with a core to itself (steadier on a busy machine)
busy       share of the time the server's event loop was busy (below ~90 %: the load generator limits)
p50/p99    the load generator's latencies, milliseconds
GC ms      the server's longest garbage-collection pause during the scenario's runs (every request in flight waits it out)
full GC    full (mark-compact) collections during those runs: the long pauses (what a request leaves in the old generation brings them on)
bad        responses of another status, errors and timeouts (should be 0)
20 conn.   that scenario runs with 20 connections (the others with ${result.connections})
afresh     served by the same app with TUILES_PUBLIC_MAX_AGE=0: nothing shared, resolved per request`);
  for (const r of result.rows.filter((row) => row.p99Target !== undefined)) {
    const rounds = r.app.rounds;
    console.log(
      `\n${r.scenario}: p99 by round ${rounds.map((round) => lat(round.p99Ms)).join(', ')} ms, ` +
        `at ${rounds.map((round) => int(round.cpuMicros)).join(', ')} µs of server CPU a request (the p99 column is the largest); ` +
        `the bare route just before each round, at the same ${r.connections} connections: p50 ${r.bare.rounds.map((round) => lat(round.p50Ms)).join(', ')} ms, ` +
        `p99 ${r.bare.rounds.map((round) => lat(round.p99Ms)).join(', ')} ms (a tail no route here can go below)`,
    );
  }
  printFirstBytes('GET / rendered cold (its shared copy dropped by a content change just before; resolve + Lit SSR + brotli)', result.coldHome, '\n');
  printFirstBytes(`GET /moi for ${result.pupil} (their page resolved + Lit SSR + brotli 5, for them alone)`, result.pupilMoi);
}

function printFirstBytes(what: string, t: FirstBytes, before = '') {
  console.log(
    `${before}${what}, ${t.samples} samples: time to first byte median ${ms(t.medianMs)} ms, p99 ${ms(t.p99Ms)} ms, max ${ms(t.maxMs)} ms; ${int(t.bytes)} bytes of HTML`,
  );
}

function printPlan(lines: string[]) {
  for (const line of lines) console.log(`  -> ${line}`);
  const sorts = lines.some((l) => /TEMP B-TREE/i.test(l));
  const indexed = lines.some((l) => /USING (COVERING )?INDEX articles_feed/i.test(l));
  console.log(
    `  ${indexed ? 'walks articles_feed' : 'does NOT use articles_feed'}; ` +
      (sorts ? 'sorts in a temp b-tree (the index does not give the whole ORDER BY)' : 'no temp b-tree: rows come out in index order and stop at LIMIT'),
  );
}

function printNews(result: NewsResult) {
  const base = result.rows.filter((r) => !r.variant);
  console.log('\nnews resolver (news.resolve(config, ctx), anonymous, 5-10 random rubriques of 50, max 6)\n');
  console.log(
    table(
      ['articles', 'feed index', 'setup s', 'median ms', 'p99 ms', 'items/tile'],
      result.rows.map((r) => [
        int(r.articles),
        r.variant ?? 'as migrated',
        r.loadSeconds.toFixed(1),
        ms(r.medianMs),
        ms(r.p99Ms),
        r.meanItems.toFixed(1),
      ]),
      ['right', 'left', 'right', 'right', 'right', 'right'],
    ),
  );
  console.log('\nsetup s: bulk load (one transaction), or building the what-if index');
  const small = base[0];
  const large = base[base.length - 1];
  if (base.length > 1) {
    const median = large.medianMs / small.medianMs;
    const p99 = large.p99Ms / small.p99Ms;
    console.log(
      `ratio ${int(large.articles)} / ${int(small.articles)}: median ×${median.toFixed(2)}, p99 ×${p99.toFixed(2)}` +
        ` (target: median ≤ ×1.5, ${verdict(median <= 1.5)})`,
    );
  }
  console.log(`\nEXPLAIN QUERY PLAN of one per-rubrique feed query, ${int(large.articles)} articles:`);
  console.log(`  ${result.plan.sql}`);
  console.log(`  parameters: ${JSON.stringify(result.plan.parameters)}`);
  printPlan(result.plan.lines);
  if (result.whatIf) {
    console.log(`\nwith ${result.whatIf.index}:`);
    printPlan(result.whatIf.plan.lines);
  }
}

function printFreshness(result: FreshnessResult) {
  console.log('\npublish -> visible (page PUT, then an anonymous reader polls the homepage; shared copies live 300 s; real processes, 127.0.0.1)\n');
  console.log(
    table(
      ['scenario', 'rounds', 'median ms', 'p99 ms'],
      result.rows.map((r) => [r.scenario, String(r.rounds), ms(r.medianMs), ms(r.p99Ms)]),
      ['left', 'right', 'right', 'right'],
    ),
  );
  for (const line of result.skipped) console.log(`(skipped: ${line})`);
  if (result.upload) {
    const u = result.upload;
    console.log(
      `\nmedia upload, 12-megapixel JPEG (4000×3000, ${(u.bytes / 1e6).toFixed(1)} MB) as an illustration, ${u.variants} variants, over HTTP: ` +
        `median ${ms(u.medianMs)} ms, max ${ms(u.maxMs)} ms (${u.rounds} uploads)`,
    );
  }
}

function printFlood(result: FloodResult) {
  const statuses = Object.entries(result.flood.statuses).map(([s, n]) => `${s}: ${int(n)}`).join(', ');
  console.log(
    `\nlogin flood (${result.connections} connections posting unknown logins; each route 2 connections × ${result.duration} s, idle then under the flood)`,
  );
  console.log(`flood: ${int(result.flood.rps)} req/s answered (${statuses}${result.flood.errors ? `, errors/timeouts: ${result.flood.errors}` : ''})\n`);
  const good = (m: { good: number; total: number }) => `${m.good}/${m.total}`;
  console.log(
    table(
      ['route', 'idle p50', 'idle p99', 'flood p50', 'flood p99', 'p99 ×', 'target', '', 'idle ok', 'flood ok'],
      result.rows.map((r) => {
        const ratio = r.flood.p99 / Math.max(1, r.idle.p99);
        const targeted = !r.route.endsWith('new browser');
        return [
          r.route,
          String(r.idle.p50),
          String(r.idle.p99),
          String(r.flood.p50),
          String(r.flood.p99),
          ratio.toFixed(2),
          targeted ? '≤ 2' : '-',
          targeted ? verdict(ratio <= 2) : '',
          good(r.idle),
          good(r.flood),
        ];
      }),
      ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'left', 'right', 'right'],
    ),
  );
  console.log(`
p50/p99    milliseconds (autocannon, whole ms; an idle p99 under 1 ms counts as 1 for the ratio)
ok         answers with the expected status / all answers; a new browser (no device cookie) shares the
           strangers' lane of the password gate and may be told 503 + Retry-After under the flood`);
}

const started = performance.now();
const cpu = cpus();
console.log(`Tuiles bench — Node ${process.version}, ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${new Date().toISOString()}${quick ? ' (quick)' : ''}`);

if (runHttp) printHttp(await benchHttp(quick ? { rounds: 1, duration: 2, warmUp: 1 } : {}));
if (runFlood) printFlood(await benchFlood(quick ? { duration: 3 } : {}));
if (runNews) {
  console.log('');
  printNews(await benchNews(quick ? { sizes: [1_000, 100_000], iterations: 500 } : {}));
}

if (runFreshness) printFreshness(await benchFreshness(quick ? { rounds: 20, uploads: 2 } : {}));

// The bundle-size report, when bench/size.ts exists (written separately).
const size = fileURLToPath(new URL('./size.ts', import.meta.url));
if (!onlyHttp && !onlyNews && !onlyFreshness && !onlyFlood && existsSync(size)) {
  console.log('');
  const run = spawnSync(process.execPath, ['--import', 'tsx', size], { stdio: 'inherit' });
  if (run.status !== 0) console.log(`(bench/size.ts exited with ${run.status ?? run.signal})`);
}

console.log(`\nbench done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
