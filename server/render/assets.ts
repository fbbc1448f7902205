/**
 * The built site's files a server-rendered page names: each page's hashed module script,
 * the chunks it imports (preloaded), and the stylesheet, read once from Vite's manifest
 * (dist/site/.vite/manifest.json). The stylesheet is inlined: one small file, and the
 * first paint then waits for nothing but the HTML.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface PageAssets {
  /** `/assets/index-<hash>.js`, or null when the site is not built (no script at all). */
  script: string | null;
  /** Chunks the script imports, for `<link rel="modulepreload">`. */
  preloads: string[];
}

export interface SiteAssets {
  home: PageAssets;
  moi: PageAssets;
  /** The site's stylesheet (site/styles.css, built), inlined in every page. */
  css: string;
}

interface ManifestChunk {
  file: string;
  css?: string[];
  imports?: string[];
}

const none: PageAssets = { script: null, preloads: [] };

const loaded = new Map<string, SiteAssets>();

/** Read once per folder: the home routes and the item pages share it. */
export function loadSiteAssets(siteRoot: string | undefined): SiteAssets {
  const key = siteRoot ?? '';
  let assets = loaded.get(key);
  if (!assets) loaded.set(key, (assets = readSiteAssets(siteRoot)));
  return assets;
}

function readSiteAssets(siteRoot: string | undefined): SiteAssets {
  const manifestPath = siteRoot && join(siteRoot, '.vite/manifest.json');
  if (!manifestPath || !existsSync(manifestPath)) return { home: none, moi: none, css: '' };
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, ManifestChunk>;
  const css = new Set<string>();
  const page = (name: string): PageAssets => {
    const entry = manifest[name];
    if (!entry) return none;
    const preloads: string[] = [];
    const visit = (chunk: ManifestChunk) => {
      for (const file of chunk.css ?? []) css.add(file);
      for (const key of chunk.imports ?? []) {
        const imported = manifest[key];
        if (!imported || preloads.includes(`/${imported.file}`)) continue;
        preloads.push(`/${imported.file}`);
        visit(imported);
      }
    };
    visit(entry);
    return { script: `/${entry.file}`, preloads };
  };
  const home = page('index.html');
  const moi = page('moi.html');
  return { home, moi, css: [...css].map((file) => readFileSync(join(siteRoot!, file), 'utf8')).join('\n') };
}
