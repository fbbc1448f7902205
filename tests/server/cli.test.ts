/** The `tuiles` command as an operator runs it: a real process on a real database file. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { schoolDocument } from './support/fixtures.ts';
import { SERVING_NODE_FLAGS } from '../../server/runtime.ts';

const run = promisify(execFile);
const bin = new URL('../../bin/tuiles.js', import.meta.url).pathname;

async function tuiles(args: string[], env: Record<string, string>) {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { env: { ...process.env, ...env }, timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (error: any) {
    if (typeof error.code !== 'number') throw error;
    return { code: error.code as number, stdout: error.stdout as string, stderr: error.stderr as string };
  }
}

describe('the tuiles command', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tuiles-cli-'));
  const env = { DATABASE_URL: `sqlite:${join(dir, 'cli.db')}` };

  it('imports a site document into the database named by DATABASE_URL, then exports it back', async () => {
    const file = join(dir, 'site.json');
    writeFileSync(file, JSON.stringify(schoolDocument()));
    const imported = await tuiles(['import', file], env);
    assert.equal(imported.code, 0, imported.stderr);
    assert.match(imported.stderr, /college-test/);
    const exported = await tuiles(['export', 'college-test'], env);
    assert.equal(exported.code, 0, exported.stderr);
    const doc = JSON.parse(exported.stdout);
    assert.equal(doc.site.slug, 'college-test');
    assert.equal(doc.articles.length, schoolDocument().articles!.length);

    // And the export imports into a fresh database, giving the same document.
    writeFileSync(join(dir, 'export.json'), exported.stdout);
    const env2 = { DATABASE_URL: `sqlite:${join(dir, 'copy.db')}` };
    assert.equal((await tuiles(['import', join(dir, 'export.json')], env2)).code, 0);
    assert.equal((await tuiles(['export', 'college-test'], env2)).stdout, exported.stdout);
  });

  it('rejects an invalid document whole, printing the JSON path at fault', async () => {
    const doc = schoolDocument({ site: { slug: 'autre', name: 'Autre' } });
    (doc.articles![4] as any).status = 'publie';
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify(doc));
    const result = await tuiles(['import', file], env);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /articles\[4\]\.status/);
    const exported = await tuiles(['export', 'autre'], env);
    assert.equal(exported.code, 1);
    assert.match(exported.stderr, /Site inconnu/);
  });

  it('says what is wrong with a file that is not JSON', async () => {
    const file = join(dir, 'broken.json');
    writeFileSync(file, '{"site":');
    const result = await tuiles(['import', file], env);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /broken\.json/);
  });

  it('stops with one line naming the variable when the configuration is bad', async () => {
    const port = await tuiles(['serve'], { ...env, PORT: 'huit-mille' });
    assert.equal(port.code, 1);
    assert.equal(port.stderr.trim().split('\n').length, 1);
    assert.match(port.stderr, /PORT/);
    const db = await tuiles(['serve'], { DATABASE_URL: 'mysql://localhost/x' });
    assert.equal(db.code, 1);
    assert.match(db.stderr, /^tuiles: DATABASE_URL/);
    assert.equal(db.stderr.trim().split('\n').length, 1);
  });

  it('says in one line that the port is taken, instead of a stack trace', async () => {
    const { createServer } = await import('node:net');
    const busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const port = (busy.address() as { port: number }).port;
    try {
      const result = await tuiles(['serve'], { ...env, PORT: String(port), TUILES_DEMO: '0' });
      assert.equal(result.code, 1);
      assert.match(result.stderr, new RegExp(`PORT ${port} is already in use`));
      assert.doesNotMatch(result.stderr, /at Server\./);
    } finally {
      busy.close();
    }
  });

  it('serves with the Node flags of a serving process, and stops with it on SIGTERM', async () => {
    const parent = spawn(process.execPath, [bin, 'serve'], { env: { ...process.env, ...env, PORT: '0', TUILES_DEMO: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let server: number | undefined;
    try {
      let output = '';
      await new Promise<void>((resolve, reject) => {
        parent.stdout!.on('data', (chunk: Buffer) => (output += chunk) && /listening on/.test(output) && resolve());
        parent.once('exit', (code) => reject(new Error(`exited ${code}: ${output}`)));
      });
      // The process that listens is the one started again with the flags (Linux: /proc).
      const children = readFileSync(`/proc/${parent.pid}/task/${parent.pid}/children`, 'utf8').trim().split(/\s+/);
      assert.equal(children.length, 1, `children of ${parent.pid}: ${children}`);
      server = Number(children[0]);
      const args = readFileSync(`/proc/${server}/cmdline`, 'utf8').split('\0');
      for (const flag of SERVING_NODE_FLAGS) assert.ok(args.includes(flag), `${flag} in ${args.join(' ')}`);
      const port = /listening on http:\/\/[^:]+:(\d+)/.exec(output)![1];
      assert.equal((await fetch(`http://127.0.0.1:${port}/api/health`)).status, 200);
      parent.kill('SIGTERM');
      const [code] = await once(parent, 'exit');
      assert.equal(code, 0, 'the server stopped cleanly, and the command with it');
      // The server went with it: nothing listens on its port any more.
      await assert.rejects(fetch(`http://127.0.0.1:${port}/api/health`));
    } finally {
      parent.kill('SIGKILL');
      if (server !== undefined) {
        try {
          process.kill(server, 'SIGKILL'); // left behind only if the test failed
        } catch {}
      }
    }
  });

  it('explains its usage for an unknown command', async () => {
    const result = await tuiles(['frobnicate'], env);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /Utilisation/);
  });

  it('keeps data written by the CLI in the SQLite file (WAL)', () => {
    assert.ok(readFileSync(join(dir, 'cli.db')).length > 0);
  });
});
