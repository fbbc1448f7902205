/**
 * A login flood: 64 connections posting logins with random unknown names, as fast as
 * they can, while other routes are measured. The server is the same child as the HTTP
 * bench (bench/http.ts serve), with the per-address ceiling raised out of reach
 * (TUILES_LOGIN_PER_ADDRESS_PER_MINUTE=1000000): every flood request then reaches the
 * password gate, as a flood from many addresses would. (At the default ceiling, 300 per
 * minute, one address is answered 429 after its first 300 attempts, before any work.)
 *
 * Each measured route runs once idle and once under the flood, 2 connections for
 * `duration` seconds; its p99 under the flood must stay within 2x of idle.
 *
 * The flood is closed-loop (a connection posts again when answered): the server's failure
 * floor (auth/failure-delay.ts, 1 s) sets its pace, about one attempt a second per
 * connection, and none of its unknown logins costs a scrypt (auth/password-gate.ts imitate).
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { startTarget, stopTarget } from './http.ts';
import { autocannon, type CannonOptions, type CannonResult } from './load.ts';

export interface FloodRow {
  route: string;
  expected: number;
  idle: { p50: number; p99: number; rps: number; good: number; total: number };
  flood: { p50: number; p99: number; rps: number; good: number; total: number };
}
export interface FloodResult {
  connections: number;
  duration: number;
  flood: { rps: number; statuses: Record<string, number>; errors: number };
  rows: FloodRow[];
}

const measure = async (options: CannonOptions, expected: number) => {
  const r = await autocannon(options);
  const total = Object.values(r.statusCodeStats).reduce((sum, s) => sum + s.count, 0) + r.errors + r.timeouts;
  return { p50: r.latency.p50, p99: r.latency.p99, rps: r.requests.average, good: r.statusCodeStats[String(expected)]?.count ?? 0, total };
};

/** Runs autocannon's command line in a child process: POSTs of random unknown logins. */
function floodFrom(url: string, connections: number, seconds: number): Promise<CannonResult> {
  const cli = createRequire(import.meta.url).resolve('autocannon/autocannon.js');
  const body = JSON.stringify({ login: 'inconnu-[<id>]', password: 'mauvais-mot-de-passe' });
  const child = spawn(
    process.execPath,
    [cli, '-c', String(connections), '-d', String(seconds), '-m', 'POST', '-H', 'Content-Type=application/json', '-b', body, '-I', '-j', url],
    { stdio: ['ignore', 'pipe', 'ignore'] },
  );
  let out = '';
  child.stdout!.on('data', (chunk: Buffer) => (out += chunk));
  return new Promise((resolve, reject) =>
    child.once('exit', (code) => {
      try {
        resolve(JSON.parse(out) as CannonResult);
      } catch {
        reject(new Error(`the flood generator exited (${code}) without a result`));
      }
    }),
  );
}

export async function benchFlood(options: { duration?: number; connections?: number; log?: (line: string) => void } = {}): Promise<FloodResult> {
  const duration = options.duration ?? 5;
  const connections = options.connections ?? 64;
  const log = options.log ?? ((line: string) => console.log(line));
  log('flood: starting the server (fresh SQLite, demo school, login ceiling per address raised out of reach)…');
  const { child, ready } = await startTarget({ TUILES_LOGIN_PER_ADDRESS_PER_MINUTE: '1000000' });
  try {
    const base = `http://127.0.0.1:${ready.app}`;
    const loginUrl = `${base}/api/auth/login`;
    const body = JSON.stringify({ login: ready.pupil.login, password: ready.pupil.password });
    const first = await fetch(loginUrl, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
    if (first.status !== 200) throw new Error(`login: ${first.status} ${await first.text()}`);
    const device = first.headers.getSetCookie().map((c) => c.split(';')[0]).find((c) => c.startsWith('tuiles_device='));
    if (!device) throw new Error('the login set no device cookie');
    const embed = await fetch(`${base}/embed/tuiles.js`);
    const staticPath = embed.status === 200 ? '/embed/tuiles.js' : '/media/demo/bandeau.svg';
    if (embed.status !== 200) log('  (no dist/embed built: the static file measured is /media/demo/bandeau.svg; `npm run build` first for /embed/tuiles.js)');
    await embed.arrayBuffer();

    const accept = { 'Accept-Encoding': 'gzip, deflate, br' };
    const json = { 'Content-Type': 'application/json' };
    const routes: { route: string; expected: number; options: CannonOptions }[] = [
      { route: `GET ${staticPath}`, expected: 200, options: { url: `${base}${staticPath}`, connections: 2, duration, headers: accept } },
      { route: 'GET public-home (anonymous)', expected: 200, options: { url: `${base}/api/sites/${ready.site}/pages/public-home`, connections: 2, duration, headers: accept } },
      { route: `POST login ${ready.pupil.login}, known browser`, expected: 200, options: { url: loginUrl, connections: 2, duration, method: 'POST', body, headers: { ...json, Cookie: device } } },
      { route: `POST login ${ready.pupil.login}, new browser`, expected: 200, options: { url: loginUrl, connections: 2, duration, method: 'POST', body, headers: json } },
    ];

    log(`  idle: ${routes.length} routes × ${duration} s…`);
    const idle: FloodRow["idle"][] = [];
    for (const r of routes) idle.push(await measure(r.options, r.expected));

    log(`  flood: ${connections} connections of unknown logins, the same routes measured meanwhile…`);
    // The flood comes from its own process, so that it does not share this one's event
    // loop with the measuring connections.
    const floodSeconds = routes.length * duration + 4;
    const floodRun = floodFrom(loginUrl, connections, floodSeconds);
    await new Promise((resolve) => setTimeout(resolve, 2_000)); // the flood under way
    const flooded: FloodRow['flood'][] = [];
    for (const r of routes) flooded.push(await measure(r.options, r.expected));
    const flood = await floodRun;
    const statuses = Object.fromEntries(Object.entries(flood.statusCodeStats).map(([status, s]) => [status, s.count]));
    return {
      connections,
      duration,
      flood: { rps: flood.requests.average, statuses, errors: flood.errors + flood.timeouts },
      rows: routes.map((r, i) => ({ route: r.route, expected: r.expected, idle: idle[i], flood: flooded[i] })),
    };
  } finally {
    await stopTarget(child);
  }
}
