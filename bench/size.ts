/**
 * Size of what a browser downloads for Tuiles elements, minified, gzipped (level 9, as
 * a CDN would serve it) and brotli (quality 11, as the server precompresses). Run after
 * `npm run build` (or `npm run bench:size`, which builds):
 *
 *   node --import tsx bench/size.ts
 *
 * Rows: the embed bundle as served (`dist/embed/tuiles.js`, Lit included), against the
 * 30 KB target; all of Tuiles' own code (Lit external); then each element's entry built
 * alone with Lit external: its own module plus the shared core it imports, so the
 * element rows overlap and do not add up.
 *
 * Then the /admin app as the site build made it (dist/site/.vite/manifest.json): what
 * `/admin` loads first (its entry chunk and the chunks and styles it imports), and each
 * screen loaded on demand (the composer, the articles, the rich-text editor…): its own
 * chunk, and what it adds to what is already loaded.
 *
 * Exits 1 when the bundle misses the target, pulls in zod (the contract must stay
 * `import type` on the browser side), or carries admin code (a `tuiles-admin-` element
 * in the embed bundle, or in what the homepage and /moi load).
 */
import { readFile } from 'node:fs/promises';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
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
const brotli = (code: string | Uint8Array) => brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).byteLength;
/** One table row: what, minified bytes, gzip bytes, brotli bytes. */
type Row = [string, number, number, number];
const row = (name: string, code: string | Uint8Array): Row => [name, Buffer.byteLength(code), gzip(code), brotli(code)];

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

const rows: Row[] = [row(`embed bundle dist/embed/${manifest.file} (Lit included)`, bundle)];
const own = await buildWithoutLit('components/embed.ts');
rows.push(row('all Tuiles code, Lit external', own));
for (const [name, entry] of elements) rows.push(row(`${name}, Lit external`, await buildWithoutLit(entry)));
rows.push([
  'Lit + @lit/task + unsafeHTML (approx.: bundle minus Tuiles code)',
  bundle.byteLength - Buffer.byteLength(own),
  bundleGz - gzip(own),
  brotli(bundle) - brotli(own),
]);

/** One chunk of the site build, as Vite's manifest describes it. */
interface SiteChunk {
  file: string;
  name?: string;
  src?: string;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
let site: Record<string, SiteChunk>;
try {
  site = JSON.parse(await readFile(new URL('dist/site/.vite/manifest.json', root), 'utf8'));
} catch {
  console.error('dist/site/.vite/manifest.json not found: run `npm run build` first.');
  process.exit(2);
}
if (!site['admin.html']) {
  console.error('admin.html is not in the site build (vite.config.ts sitePages).');
  process.exit(2);
}
/** The files a chunk brings when loaded: itself, its static imports (transitively), their styles. */
const filesOf = (key: string, into = new Set<string>()): Set<string> => {
  const chunk = site[key];
  if (!chunk || into.has(chunk.file)) return into;
  into.add(chunk.file);
  for (const css of chunk.css ?? []) into.add(css);
  for (const imported of chunk.imports ?? []) filesOf(imported, into);
  return into;
};
const fileText = (file: string) => readFile(new URL(`dist/site/${file}`, root));
const rowOfFiles = async (name: string, files: Iterable<string>): Promise<Row> => {
  const parts = await Promise.all([...files].map(fileText));
  const all = Buffer.concat(parts);
  // Each file is its own download: compressed one by one, then added.
  return [name, all.byteLength, parts.reduce((sum, p) => sum + gzip(p), 0), parts.reduce((sum, p) => sum + brotli(p), 0)];
};

const adminRows: Row[] = [];
const entry = site['admin.html'];
const firstLoad = filesOf('admin.html');
adminRows.push(await rowOfFiles(`/admin entry chunk ${entry.file}`, [entry.file]));
adminRows.push(await rowOfFiles(`/admin first load (entry + ${firstLoad.size - 1} shared chunks and styles)`, firstLoad));
// Every chunk loaded on demand from /admin, screens first, then what they load lazily.
const lazy: string[] = [];
const queue = [...(entry.dynamicImports ?? [])];
while (queue.length > 0) {
  const key = queue.shift()!;
  if (lazy.includes(key) || !site[key]) continue;
  lazy.push(key);
  queue.push(...(site[key].dynamicImports ?? []));
}
for (const key of lazy) {
  const chunk = site[key];
  const label = (chunk.src ?? chunk.name ?? key).replace(/^(\.\.\/)?(components\/admin\/)?/, '');
  adminRows.push(await rowOfFiles(`  lazy ${label}: own chunk`, [chunk.file]));
  const added = [...filesOf(key)].filter((file) => !firstLoad.has(file));
  adminRows.push(await rowOfFiles(`  lazy ${label}: adds to the first load (${added.length} files)`, added));
}

/** Admin code where it must never be: the embed bundle, the homepage's and /moi's chunks. */
const adminMarker = 'tuiles-admin-';
const leaks: string[] = [];
if (bundle.toString('utf8').includes(adminMarker)) leaks.push(`dist/embed/${manifest.file}`);
for (const page of ['index.html', 'moi.html']) {
  for (const file of filesOf(page)) if ((await fileText(file)).toString('utf8').includes(adminMarker)) leaks.push(`dist/site/${file} (${page})`);
}

const print = (title: string, table: Row[]) => {
  const width = Math.max(title.length, ...table.map(([name]) => name.length));
  console.log(`${title.padEnd(width)}  ${'min KB'.padStart(8)}  ${'gzip KB'.padStart(8)}  ${'br KB'.padStart(8)}`);
  console.log(`${'-'.repeat(width)}  ${'-'.repeat(8)}  ${'-'.repeat(8)}  ${'-'.repeat(8)}`);
  for (const [name, raw, gz, br] of table) console.log(`${name.padEnd(width)}  ${kb(raw).padStart(8)}  ${kb(gz).padStart(8)}  ${kb(br).padStart(8)}`);
  console.log('');
};
print('embed (third-party sites, the homepage)', rows);
print('/admin (site build; each file compressed alone)', adminRows);
console.log(`target: embed bundle <= ${TARGET_KB} KB gzipped: ${pass ? 'PASS' : 'FAIL'} (${kb(bundleGz)} KB)`);
console.log(`zod in the bundle: ${zodInside ? 'YES (FAIL: use `import type` from contract/)' : 'no'}`);
console.log(`admin code (${adminMarker}) outside /admin: ${leaks.length > 0 ? `YES (FAIL): ${leaks.join(', ')}` : 'no'}`);
console.log(`hashed copy: dist/embed/${manifest.hashed}`);
if (!pass || zodInside || leaks.length > 0) process.exit(1);
