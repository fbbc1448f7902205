/**
 * Real `tuiles serve` processes on one database, for the freshness test and benches:
 * each on a free port of 127.0.0.1, resolved once /api/health answers.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export interface Instance {
  /** `http://127.0.0.1:PORT` */
  url: string;
  output(): string;
  close(): Promise<void>;
}

export async function startInstance(env: Record<string, string>): Promise<Instance> {
  const child = spawn(process.execPath, [`${root}bin/tuiles.js`, 'serve'], {
    cwd: root,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', TUILES_DEMO: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk));
  const close = () => stop(child);
  try {
    const port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the server did not start in 60 s:\n${output}`)), 60_000);
      const look = () => {
        const match = /listening on http:\/\/[^:]+:(\d+)/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(Number(match[1]));
        }
      };
      child.stdout!.on('data', look);
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`the server exited (${code}) before listening:\n${output}`));
      });
    });
    const url = `http://127.0.0.1:${port}`;
    const health = await fetch(`${url}/api/health`);
    if (!health.ok) throw new Error(`/api/health answered ${health.status}`);
    return { url, output: () => output, close };
  } catch (error) {
    await close();
    throw error;
  }
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}

/** Logs in on `url` and returns the Cookie header to send. */
export async function loginOn(url: string, login: string, password: string): Promise<string> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ login, password }),
  });
  if (res.status !== 200) throw new Error(`login ${login}: ${res.status} ${await res.text()}`);
  return res.headers.get('set-cookie')!.split(';')[0];
}

/** Saves `tiles` as the next version of a page; returns the new version. */
export async function putPage(url: string, site: string, cookie: string, version: number, tiles: unknown[]): Promise<number> {
  const res = await fetch(`${url}/api/sites/${site}/pages/public-home`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', Cookie: cookie },
    body: JSON.stringify({ version, tiles }),
  });
  if (res.status !== 200) throw new Error(`PUT page: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { version: number }).version;
}

/** Polls the anonymous homepage until `seen(body)`; returns the milliseconds it took. */
export async function waitUntilServed(url: string, site: string, seen: (body: any) => boolean, timeoutMs = 10_000): Promise<number> {
  const started = performance.now();
  for (;;) {
    const res = await fetch(`${url}/api/sites/${site}/pages/public-home`);
    const body = await res.json();
    if (seen(body)) return performance.now() - started;
    if (performance.now() - started > timeoutMs) throw new Error(`not served after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}
