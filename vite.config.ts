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
 * `npm run build` runs this; `bench/size.ts` measures the result.
 */
import { createHash } from 'node:crypto';
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

export default defineConfig(({ mode }) => {
  // Site pages (public home, personal page, admin, embed demo) will build from `site/`
  // with `vite build --mode site`; hook them in here when they exist, e.g.:
  //
  // if (mode === 'site') {
  //   return {
  //     root: 'site',
  //     base: '/',
  //     build: {
  //       outDir: '../dist/site',
  //       emptyOutDir: true,
  //       rolldownOptions: { input: { index: 'site/index.html' /* , admin: 'site/admin/index.html' */ } },
  //     },
  //   };
  // }
  void mode;

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
