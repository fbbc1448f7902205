/**
 * The import graph keeps the rooms honest: no circle, server/ never reaches into the
 * elements or the pages, the elements never into server/, and the contract stands alone.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    return statSync(join(root, path)).isDirectory() ? sources(path) : /\.ts$/.test(name) ? [path] : [];
  });
}

/** Relative imports of a file (static `import`/`export … from`, and `import('…')`), as repo paths. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  const found = [
    ...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"`;]*?from\s+['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)|(?:^|\n)\s*import\s+['"](\.[^'"]+)['"]/g),
  ];
  return found.map((m) => relative(root, resolve(root, dirname(file), m[1] ?? m[2] ?? m[3])));
}

const files = ['server', 'contract', 'components', 'site'].flatMap(sources);
const graph = new Map(files.map((f) => [f, importsOf(f)]));
const under = (path: string, room: string) => path.startsWith(`${room}/`);

describe('the import graph', () => {
  it('has no circle', () => {
    const state = new Map<string, 'open' | 'done'>();
    const stack: string[] = [];
    const visit = (file: string) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') assert.fail(`import circle: ${[...stack.slice(stack.indexOf(file)), file].join(' -> ')}`);
      state.set(file, 'open');
      stack.push(file);
      for (const next of graph.get(file) ?? []) visit(next);
      stack.pop();
      state.set(file, 'done');
    };
    for (const file of graph.keys()) visit(file);
  });

  it('keeps server/ out of the elements and the pages, and the elements out of server/', () => {
    for (const [file, imports] of graph) {
      for (const target of imports) {
        if (under(file, 'server')) assert.ok(!under(target, 'components') && !under(target, 'site'), `${file} imports ${target}`);
        if (under(file, 'components') || under(file, 'site')) assert.ok(!under(target, 'server'), `${file} imports ${target}`);
        if (under(file, 'contract')) assert.ok(under(target, 'contract'), `${file} imports ${target}: the contract stands alone`);
      }
    }
  });

  it('keeps the rights (access/) free of identity, HTTP and reading', () => {
    for (const [file, imports] of graph) {
      if (!under(file, 'server/access')) continue;
      for (const target of imports) {
        assert.ok(!/^server\/(auth|http|reading|tiles)\//.test(target), `${file} imports ${target}`);
      }
    }
  });

  it('lets only main.ts and the CLI bring in the demo school', () => {
    for (const [file, imports] of graph) {
      if (under(file, 'server/demo') || file === 'server/main.ts' || file === 'server/cli.ts') continue;
      for (const target of imports) assert.ok(!under(target, 'server/demo'), `${file} imports ${target}`);
    }
  });

  it('sees the files it checks', () => {
    assert.ok(graph.size > 80, `only ${graph.size} files found`);
    assert.ok((graph.get('server/app.ts') ?? []).includes('server/deps.ts'));
  });
});
