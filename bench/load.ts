/**
 * The load generator of the HTTP benches: wrk when it is installed (`apt-get install wrk`),
 * autocannon otherwise.
 *
 * wrk is what the targets were measured with (issue 17: "wrk, 20 connections,
 * loopback"). It is written in C and, with one thread, leaves the server the other core
 * of a 2-core machine; autocannon runs in Node and, with responses of a few KB, spends
 * more CPU per request than the server it loads, so what it measures on such a machine is
 * itself (the server's event loop then sits half idle: the `busy` column).
 */
import { execFile, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

export interface LoadRun {
  url: string;
  connections: number;
  /** Seconds (whole). */
  duration: number;
  headers?: Record<string, string>;
}

export interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Responses counted (wrk: all of them; autocannon: by status). */
  total: number;
  /**
   * Responses that were not the expected status, plus errors and timeouts. wrk only
   * tells non-2xx/3xx responses apart: a 200 where a 304 was expected is not seen here
   * (the bench probes each scenario's status before loading it).
   */
  unexpected(expected: number): number;
}

export type LoadGenerator = { name: string; run(options: LoadRun): Promise<LoadResult> };

const wrkPath = (() => {
  const found = spawnSync('sh', ['-c', 'command -v wrk'], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : undefined;
})();

/** wrk's durations: "412.00us", "1.23ms", "2.01s", "1.50m". */
function millis(text: string): number {
  const match = /^([\d.]+)(us|ms|s|m)$/.exec(text.trim());
  if (!match) throw new Error(`wrk: unreadable latency "${text}"`);
  const value = Number(match[1]);
  return match[2] === 'us' ? value / 1000 : match[2] === 'ms' ? value : match[2] === 's' ? value * 1000 : value * 60_000;
}

/** Reads wrk's report (with --latency). Exported for its test of the parser. */
export function readWrk(output: string): Omit<LoadResult, 'unexpected'> & { bad: number } {
  const number = (pattern: RegExp) => Number(pattern.exec(output)?.[1] ?? NaN);
  const latency = (percent: string) => {
    const match = new RegExp(`^\\s*${percent}%\\s+(\\S+)`, 'm').exec(output);
    if (!match) throw new Error(`wrk: no ${percent}% latency in its report:\n${output}`);
    return millis(match[1]);
  };
  const requestsPerSecond = number(/Requests\/sec:\s+([\d.]+)/);
  const total = number(/(\d+) requests in /);
  if (!Number.isFinite(requestsPerSecond) || !Number.isFinite(total)) throw new Error(`wrk: unreadable report:\n${output}`);
  const errors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output);
  const socketErrors = errors ? errors.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0;
  const non2xx = number(/Non-2xx or 3xx responses: (\d+)/);
  return { requestsPerSecond, p50Ms: latency('50'), p99Ms: latency('99'), total, bad: socketErrors + (Number.isFinite(non2xx) ? non2xx : 0) };
}

const wrk = (path: string): LoadGenerator => ({
  name: 'wrk, 1 thread',
  run: (options) =>
    new Promise((resolve, reject) => {
      const headers = Object.entries(options.headers ?? {}).flatMap(([name, value]) => ['-H', `${name}: ${value}`]);
      const args = ['-t1', `-c${options.connections}`, `-d${options.duration}s`, '--latency', ...headers, options.url];
      execFile(path, args, { encoding: 'utf8' }, (error, stdout, stderr) => {
        if (error) return reject(new Error(`wrk failed: ${stderr || error.message}`));
        try {
          const { bad, ...result } = readWrk(stdout);
          resolve({ ...result, unexpected: () => bad });
        } catch (failure) {
          reject(failure);
        }
      });
    }),
});

/** The part of autocannon's result the benches use (the package ships no types). */
export interface CannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  statusCodeStats: Record<string, { count: number }>;
  errors: number;
  timeouts: number;
}
export interface CannonOptions {
  url: string;
  connections: number;
  duration: number;
  method?: string;
  body?: string;
  /** Replaces `[<id>]` in the body by a new id per request (the login flood's unknown names). */
  idReplacement?: boolean;
  headers?: Record<string, string>;
}
/** autocannon's programmatic API (the login flood uses it directly: POSTs, ids per request). */
export const autocannon = (options: CannonOptions) =>
  (createRequire(import.meta.url)('autocannon') as (options: CannonOptions) => Promise<CannonResult>)(options);

const cannon: LoadGenerator = {
  name: 'autocannon (wrk not installed: figures bound by the load generator on 2 cores)',
  async run(options) {
    const r = await autocannon(options);
    const counted = Object.values(r.statusCodeStats).reduce((sum, s) => sum + s.count, 0);
    return {
      requestsPerSecond: r.requests.average,
      p50Ms: r.latency.p50,
      p99Ms: r.latency.p99,
      total: counted,
      unexpected: (expected) => counted - (r.statusCodeStats[String(expected)]?.count ?? 0) + r.errors + r.timeouts,
    };
  },
};

/** wrk when found (TUILES_BENCH_LOAD=autocannon forces autocannon). */
export const loadGenerator: LoadGenerator = wrkPath && process.env.TUILES_BENCH_LOAD !== 'autocannon' ? wrk(wrkPath) : cannon;
