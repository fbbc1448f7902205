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
/**
 * Drops the indentation inside the elements' `html` and `css` templates: a newline and
 * the spaces after it become one newline. HTML and CSS read any run of whitespace as one
 * space (outside `<pre>` and `white-space: pre`, which the elements do not use), so the
 * page renders the same; the bundle sheds about 3 KB, 0.2 KB gzipped. Only literal text
 * of templates tagged `html` or `css` is touched, never a `${…}` expression.
 */
export function collapseTemplateIndentation(): Plugin {
  const tags = new Set(['html', 'css']);
  return {
    name: 'tuiles-template-indentation',
    enforce: 'post',
    transform(code, id) {
      if (!id.includes('/components/') || !/\b(html|css)`/.test(code)) return null;
      const edits: { start: number; end: number; text: string }[] = [];
      const visit = (node: unknown): void => {
        if (!node || typeof node !== 'object') return;
        if (Array.isArray(node)) return node.forEach(visit);
        const n = node as Record<string, any>;
        if (n.type === 'TaggedTemplateExpression' && n.tag?.type === 'Identifier' && tags.has(n.tag.name)) {
          for (const quasi of n.quasi.quasis) {
            const raw = code.slice(quasi.start, quasi.end);
            const text = raw.replace(/\n[ \t]+/g, '\n');
            if (text !== raw) edits.push({ start: quasi.start, end: quasi.end, text });
          }
        }
        for (const key in n) if (key !== 'type') visit(n[key]);
      };
      visit(this.parse(code));
      if (edits.length === 0) return null;
      let out = code;
      for (const edit of edits.sort((x, y) => y.start - x.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
      return { code: out, map: null };
    },
  };
}

const sitePages = ['index', 'moi', 'embed-demo', 'admin'];
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
        // dist/site/.vite/manifest.json: the hashed script and stylesheet of each page,
        // which the server-rendered pages name (server/render/assets.ts).
        manifest: true,
        rolldownOptions: {
          input: Object.fromEntries(sitePages.map((name) => [name, fromRoot(`site/${name}.html`)])),
          output: {
            // Lit's hydration support must run before LitElement is defined (site/hydrate.ts).
            // With several pages sharing chunks, the automatic split may put it after the
            // chunk that defines LitElement; so it travels with lit-html, which LitElement
            // imports: whatever the pages, it has run by the time any element class exists.
            codeSplitting: {
              groups: [
                { name: 'lit-html', test: /node_modules[\\/](lit-html|@lit-labs[\\/]ssr-client)[\\/]/, priority: 2 },
                { name: 'lit-element', test: /node_modules[\\/](lit-element|lit|@lit[\\/]reactive-element)[\\/]/, priority: 1 },
              ],
            },
          },
        },
      },
      plugins: [collapseTemplateIndentation()],
    };
  }

  if (mode === 'ssr') {
    // The elements for Lit SSR on the server (components/ssr.ts -> dist/ssr/elements.js),
    // with the same template transform as the browser builds so hydration matches.
    // Packages (lit, @lit-labs/ssr) stay imports: Node resolves their server builds.
    return {
      publicDir: false,
      build: {
        ssr: fromRoot('components/ssr.ts'),
        outDir: fromRoot('dist/ssr'),
        emptyOutDir: true,
        target: 'node20',
        sourcemap: false,
        minify: false,
        rolldownOptions: { output: { entryFileNames: 'elements.js' } },
      },
      plugins: [collapseTemplateIndentation()],
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
    plugins: [collapseTemplateIndentation(), hashedCopy()],
  };
});
