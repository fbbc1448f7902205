/**
 * Size of what a browser downloads for Tuiles elements, gzipped (level 9, as a CDN
 * would serve it). Run after `npm run build` (or `npm run bench:size`, which builds):
 *
 *   node --import tsx bench/size.ts
 *
 * Rows: the embed bundle as served (`dist/embed/tuiles.js`, Lit included), against the
 * 30 KB target; all of Tuiles' own code (Lit external); then each element's entry built
 * alone with Lit external: its own module plus the shared core it imports, so the
 * element rows overlap and do not add up. Exits 1 when the bundle misses the target
 * or pulls in zod (the contract must stay `import type` on the browser side).
 */
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { build, type Rolldown } from 'vite';
import { collapseTemplateIndentation } from '../vite.config.ts';

const TARGET_KB = 30;
const root = new URL('../', import.meta.url);

const elements: [string, string][] = [
  ['<tuiles-page> (+ every tile)', 'components/page/page.ts'],
  ['<tuiles-top>', 'components/tiles/top/top.ts'],
  ['<tuiles-news>', 'components/tiles/news/news.ts'],
  ['<tuiles-selection>', 'components/tiles/selection/selection.ts'],
  ['<tuiles-agenda>', 'components/tiles/agenda/agenda.ts'],
  ['<tuiles-embed>', 'components/tiles/embed/embed.ts'],
  ['<tuiles-text>', 'components/tiles/text/text.ts'],
  ['<tuiles-portal>', 'components/tiles/portal/portal.ts'],
];

const kb = (bytes: number) => (bytes / 1024).toFixed(2);
const gzip = (code: string | Uint8Array) => gzipSync(code, { level: 9 }).byteLength;

/** Builds `entry` as an ES module with Lit left out, minified like the embed bundle. */
async function buildWithoutLit(entry: string): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    publicDir: false,
    root: root.pathname,
    // The same transform as the embed build, so the rows compare with the bundle's.
    plugins: [collapseTemplateIndentation()],
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      lib: { entry, formats: ['es'], fileName: () => 'entry.js' },
      rolldownOptions: {
        external: [/^lit(\/|$)/, /^@lit\//],
        output: { minify: true },
      },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  return outputs
    .flatMap((o) => o.output)
    .filter((chunk): chunk is Rolldown.OutputChunk => chunk.type === 'chunk')
    .map((chunk) => chunk.code)
    .join('\n');
}

let manifest: { file: string; hashed: string; bytes: number };
try {
  manifest = JSON.parse(await readFile(new URL('dist/embed/manifest.json', root), 'utf8'));
} catch {
  console.error('dist/embed/manifest.json not found: run `npm run build` first.');
  process.exit(2);
}
const bundle = await readFile(new URL(`dist/embed/${manifest.file}`, root));
const bundleGz = gzip(bundle);
const pass = bundleGz <= TARGET_KB * 1024;
const zodInside = /\bZodError\b|\bzod\b/.test(bundle.toString('utf8'));

const rows: [string, number, number][] = [[`embed bundle dist/embed/${manifest.file} (Lit included)`, bundle.byteLength, bundleGz]];
const own = await buildWithoutLit('components/embed.ts');
rows.push(['all Tuiles code, Lit external', Buffer.byteLength(own), gzip(own)]);
for (const [name, entry] of elements) {
  const code = await buildWithoutLit(entry);
  rows.push([`${name}, Lit external`, Buffer.byteLength(code), gzip(code)]);
}
rows.push(['Lit + @lit/task + unsafeHTML (approx.: bundle minus Tuiles code)', bundle.byteLength - Buffer.byteLength(own), bundleGz - gzip(own)]);

const width = Math.max(...rows.map(([name]) => name.length));
console.log(`${'what'.padEnd(width)}  ${'min KB'.padStart(8)}  ${'gzip KB'.padStart(8)}`);
console.log(`${'-'.repeat(width)}  ${'-'.repeat(8)}  ${'-'.repeat(8)}`);
for (const [name, raw, gz] of rows) console.log(`${name.padEnd(width)}  ${kb(raw).padStart(8)}  ${kb(gz).padStart(8)}`);
console.log('');
console.log(`target: embed bundle <= ${TARGET_KB} KB gzipped: ${pass ? 'PASS' : 'FAIL'} (${kb(bundleGz)} KB)`);
console.log(`zod in the bundle: ${zodInside ? 'YES (FAIL: use `import type` from contract/)' : 'no'}`);
console.log(`hashed copy: dist/embed/${manifest.hashed}`);
if (!pass || zodInside) process.exit(1);
