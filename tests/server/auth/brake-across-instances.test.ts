/**
 * Two real server processes (`node bin/tuiles.js serve`) on one fresh PostgreSQL
 * database: the login brake counts attempts made through either, a device cookie
 * issued by one is honoured by the other, and so is a session. PostgreSQL only (the
 * embedded SQLite serves one instance): skipped when TUILES_TEST_PG_URL is unset.
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { backends, type Backend } from '../support/backends.ts';
import { demoAccounts } from '../../../server/demo/school.ts';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const postgres = backends.find((b) => b.name === 'postgres');

interface Instance {
  url: string;
  child: ChildProcess;
}

async function start(databaseUrl: string, demo: boolean): Promise<Instance> {
  const child = spawn(process.execPath, ['bin/tuiles.js', 'serve'], {
    cwd: root,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATABASE_URL: databaseUrl, TUILES_DEMO: demo ? '1' : '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no start in 90 s:\n${output}`)), 90_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk;
      const match = /listening on http:\/\/[^ ]+:(\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited (${code}) before listening:\n${output}`));
    });
  });
  return { url: `http://127.0.0.1:${port}`, child };
}

function stop(instance: Instance | undefined): Promise<void> {
  if (!instance || instance.child.exitCode !== null) return Promise.resolve();
  return new Promise((done) => {
    const timer = setTimeout(() => instance.child.kill('SIGKILL'), 5_000);
    instance.child.once('exit', () => {
      clearTimeout(timer);
      done();
    });
    instance.child.kill('SIGTERM');
  });
}

const login = (instance: Instance, body: { login: string; password: string }, cookie?: string) =>
  fetch(`${instance.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(cookie ? { Cookie: cookie } : {}) },
    body: JSON.stringify(body),
  });
const cookieNamed = (res: Response, name: string) =>
  res.headers.getSetCookie().map((c) => c.split(';')[0]).find((c) => c.startsWith(`${name}=`));

describe('two instances on one PostgreSQL', { skip: postgres ? false : 'TUILES_TEST_PG_URL is unset' }, () => {
  let db: Awaited<ReturnType<Backend['fresh']>>;
  let a: Instance | undefined;
  let b: Instance | undefined;
  const pupil = demoAccounts.find((x) => x.profile === 'eleve')!;
  const parent = demoAccounts.find((x) => x.profile === 'parent')!;
  const teacher = demoAccounts.find((x) => x.profile === 'enseignant')!;

  before(async () => {
    db = await postgres!.fresh();
    // The first seeds the demo school into the empty database; the second only serves.
    a = await start(db.url, true);
    b = await start(db.url, false);
  });
  after(async () => {
    await Promise.all([stop(a), stop(b)]);
    await db?.drop();
  });

  it('count login attempts together: five wrong passwords through each, and the next is braked on both', async () => {
    for (let i = 0; i < 5; i++) {
      assert.equal((await login(a!, { login: pupil.login, password: 'mauvais' })).status, 401);
      assert.equal((await login(b!, { login: pupil.login, password: 'mauvais' })).status, 401);
    }
    const braked = await login(a!, { login: pupil.login, password: 'mauvais' });
    assert.equal(braked.status, 429);
    assert.match(braked.headers.get('retry-after')!, /^\d+$/);
    assert.equal((await login(b!, { login: pupil.login, password: pupil.password })).status, 429, 'even the right password waits, on the other instance too');
  });

  it("honour each other's device cookies (one signing key, in the database) and sessions", async () => {
    const first = await login(a!, { login: parent.login, password: parent.password });
    assert.equal(first.status, 200);
    const device = cookieNamed(first, 'tuiles_device')!;
    const session = cookieNamed(first, 'tuiles_session')!;
    assert.ok(device && session);
    const me = await fetch(`${b!.url}/api/me`, { headers: { Cookie: session } });
    assert.equal(me.status, 200);
    assert.equal(((await me.json()) as { login: string }).login, parent.login);

    for (let i = 0; i < 10; i++) await login(b!, { login: parent.login, password: 'mauvais' });
    assert.equal((await login(a!, { login: parent.login, password: parent.password })).status, 429);
    const owner = await login(b!, { login: parent.login, password: parent.password }, device);
    assert.equal(owner.status, 200, 'the browser that logged in through A is let through by B');
  });

  it('give a success back on both: a right password through one clears the account for the other', async () => {
    for (let i = 0; i < 9; i++) await login(a!, { login: teacher.login, password: 'mauvais' });
    assert.equal((await login(b!, { login: teacher.login, password: teacher.password })).status, 200);
    for (let i = 0; i < 9; i++) assert.equal((await login(a!, { login: teacher.login, password: 'mauvais' })).status, 401, `attempt ${i + 1}`);
  });
});
