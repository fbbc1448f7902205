/** One short French line per tile saying what its config asks for, shown on its card. */
import type { DraftTile } from './draft.ts';

type Config = Record<string, unknown>;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

function hostOf(url: unknown): string {
  try {
    return new URL(String(url)).host || String(url);
  } catch {
    return String(url ?? '');
  }
}

function plainText(html: unknown, length = 80): string {
  const text = String(html ?? '').replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

/** `titles` names rubriques by their title where known (slug otherwise). */
export function tileSummary(tile: DraftTile, titles: ReadonlyMap<string, string> = new Map()): string {
  const c = (tile.config && typeof tile.config === 'object' ? tile.config : {}) as Config;
  switch (tile.type) {
    case 'top': {
      const image = c.image as { alt?: string } | null | undefined;
      const parts = [image ? `Image : ${image.alt || 'sans texte alternatif'}` : 'Aucune image'];
      if (c.article) parts.push('liée à un article');
      if (c.enabled === false) parts.push('désactivée');
      return parts.join(' · ');
    }
    case 'news':
    case 'agenda': {
      const rubriques = list(c.rubriques).map((slug) => titles.get(String(slug)) ?? String(slug));
      const what = tile.type === 'news' ? ['article', 'articles'] : ['événement', 'événements'];
      return `${rubriques.length ? `Rubriques : ${rubriques.join(', ')}` : 'Aucune rubrique choisie'} · ${plural(Number(c.max ?? 6), what[0], what[1])} au plus`;
    }
    case 'selection':
      return plural(list(c.articles).length, 'article choisi', 'articles choisis');
    case 'embed':
      return c.url && c.url !== 'https://' ? `Adresse : ${hostOf(c.url)}` : 'Adresse à compléter';
    case 'flux':
      return c.url && c.url !== 'https://' ? `Flux : ${hostOf(c.url)}` : 'Adresse du flux à compléter';
    case 'text':
      return plainText(c.html) || 'Texte vide';
    case 'portal':
      return plural(list(c.links).length, 'lien', 'liens');
    case 'annonces':
    case 'mes-actualites':
      return `${plural(Number(c.max ?? 0), 'élément', 'éléments')} au plus`;
    case 'pronote': {
      const shown = [
        c.showGrades !== false && 'notes',
        c.showEvaluations !== false && 'évaluations',
        c.showVieScolaire !== false && 'vie scolaire',
        c.showHomework !== false && 'devoirs',
      ].filter(Boolean);
      return shown.length ? `Affiche : ${shown.join(', ')}` : 'N’affiche rien';
    }
    default:
      return '';
  }
}

/** The card's name: the tile's own title when it has one, else its type's label. */
export function tileTitle(tile: DraftTile, label: string): string {
  const title = (tile.config as { title?: unknown } | null)?.title;
  return typeof title === 'string' && title.trim() ? title.trim() : label;
}
