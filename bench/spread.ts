/**
 * `npm run bench:spread`: what each way of copying an object with one more property leaves
 * in V8's old generation, on the Node that runs it. The rule "no spread first on a request's
 * path" (docs/design-notes.md) rests on these figures: run it again on a Node upgrade.
 *
 * Each form runs 3 million times in a child process of its own with `--trace-gc-nvp`; the
 * figures are V8's own: bytes its young-generation collections moved to the old generation
 * (`promoted`), and its full mark-compact collections, the pauses every request in flight
 * waits out. A form that keeps nothing should move nothing.
 */
import { spawnSync } from 'node:child_process';
import { table } from './table.ts';

const forms: { name: string; copy: string }[] = [
  { name: 'spread first, then a property: { ...o, groups }', copy: '{ ...o, groups: i }' },
  { name: 'two spreads: { ...o, ...more }', copy: '{ ...o, ...more }' },
  { name: 'a property, then a spread: { kind, ...o }', copy: "{ kind: 'user', ...o }" },
  { name: 'a spread alone: { ...o }', copy: '{ ...o }' },
  { name: 'Object.assign({}, o, { groups })', copy: 'Object.assign({}, o, { groups: i })' },
  { name: 'written out', copy: '{ id: o.id, login: o.login, profile: o.profile, niveau: o.niveau, groups: i }' },
];

const ITERATIONS = 3_000_000;

function measure(copy: string): { promotedMB: number; fullGcs: number; ms: number } {
  const program = `
    const make = (i) => ({ id: i, login: 'eleve.demo', profile: 'eleve', niveau: '6e' });
    const more = { a: 1, b: 2, c: 3 };
    let kept = 0;
    const started = performance.now();
    for (let i = 0; i < ${ITERATIONS}; i++) { const o = make(i); const copy = ${copy}; kept += copy.id; }
    console.log('ELAPSED ' + (performance.now() - started) + ' ' + kept);`;
  const run = spawnSync(process.execPath, ['--trace-gc-nvp', '-e', program], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`the loop failed: ${run.stderr}`);
  let promoted = 0;
  let fullGcs = 0;
  for (const line of run.stdout.split('\n')) {
    if (/ gc=s /.test(line)) promoted += Number(/ promoted=(\d+)/.exec(line)?.[1] ?? 0);
    if (/ gc=mc /.test(line)) fullGcs++;
  }
  const elapsed = Number(/ELAPSED (\S+)/.exec(run.stdout)?.[1] ?? NaN);
  return { promotedMB: promoted / 1024 / 1024, fullGcs, ms: elapsed };
}

console.log(`Object copies on Node ${process.version}, ${ITERATIONS.toLocaleString('en')} each, one child process per form\n`);
const rows = forms.map((form) => {
  const r = measure(form.copy);
  return [form.name, r.promotedMB.toFixed(1), String(r.fullGcs), Math.round(r.ms).toLocaleString('en')];
});
console.log(table(['form', 'moved to old gen. (MB)', 'full GCs', 'loop ms'], rows, ['left', 'right', 'right', 'right']));
