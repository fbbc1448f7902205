/**
 * Builds the embed bundle: `components/embed.ts` (every element, Lit included) as one
 * ES module in `dist/embed/`:
 *
 *   tuiles.js           stable name: what third-party sites put in their script tag;
 *                       serve with a short cache (e.g. `max-age=300`) and an ETag
 *   tuiles-<hash>.js    the same bytes under a content hash: cache for a year
 *                       (`immutable`), or pin with Subresource Integrity
 *   manifest.json       { file, hashed, integrity, bytes } for the server and the docs
 *
 * `npm run build` runs this and then the site build below; `bench/size.ts` measures the
 * embed bundle.
 */
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const ENTRY = 'tuiles.js';

/** Emits a content-hashed copy of the entry and a manifest naming both. */
function hashedCopy(): Plugin {
  return {
    name: 'tuiles-hashed-copy',
    generateBundle(_options, bundle) {
      const entry = bundle[ENTRY];
      if (!entry || entry.type !== 'chunk') this.error(`${ENTRY} missing from the bundle`);
      const code = entry.code;
      const hash = createHash('sha256').update(code).digest('hex').slice(0, 10);
      const hashed = `tuiles-${hash}.js`;
      this.emitFile({ type: 'asset', fileName: hashed, source: code });
      const manifest = {
        file: ENTRY,
        hashed,
        integrity: `sha384-${createHash('sha384').update(code).digest('base64')}`,
        bytes: Buffer.byteLength(code),
      };
      this.emitFile({ type: 'asset', fileName: 'manifest.json', source: `${JSON.stringify(manifest, null, 2)}\n` });
    },
  };
}

/**
 * The site pages (`vite build --mode site`): `site/*.html` -> `dist/site/`, which the
 * server serves at `/` with clean URLs (`/moi` -> moi.html). Their scripts and styles
 * get content-hashed names under `dist/site/assets/` (cached for a year by the server);
 * `site/public/` (the favicon) is copied as it is. The portal pages import the elements
 * from `components/` (one hashed chunk shared by the pages); the embed demo loads
 * `/embed/tuiles.js` from a Tuiles server like any third-party site.
 */
const sitePages = ['index', 'moi', 'embed-demo'];
const fromRoot = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig(({ mode }) => {
  if (mode === 'site') {
    return {
      root: fromRoot('site'),
      base: '/',
      publicDir: fromRoot('site/public'),
      build: {
        outDir: fromRoot('dist/site'),
        emptyOutDir: true,
        target: 'es2022',
        sourcemap: false,
        reportCompressedSize: true,
        // Every browser that runs ES2022 modules knows <link rel="modulepreload">.
        modulePreload: { polyfill: false },
        rolldownOptions: {
          input: Object.fromEntries(sitePages.map((name) => [name, fromRoot(`site/${name}.html`)])),
        },
      },
    };
  }

  return {
    publicDir: false,
    build: {
      outDir: 'dist/embed',
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      minify: true,
      // Library mode keeps ES output readable (no whitespace minification) for bundlers
      // downstream; this file goes straight to browsers, so minify it fully.
      rolldownOptions: { output: { minify: true } },
      reportCompressedSize: true,
      lib: {
        entry: 'components/embed.ts',
        formats: ['es'],
        fileName: () => ENTRY,
      },
    },
    plugins: [hashedCopy()],
  };
});
