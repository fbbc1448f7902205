/** Each user's choices for their personal page (validated by the route before they land here). */
import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';
import { compiledOnce, type DirectReads } from './compiled.ts';

export interface Preferences {
  /** Rubrique slugs for « Mes actualités »; null: never chosen (every readable blog rubrique). */
  rubriques: string[] | null;
  /** External feed URLs (at most 10). */
  feeds: string[];
  /** Ids of optional personal-home tiles the user hid. */
  hiddenTiles: string[];
  /** Ids of optional personal-home tiles, in the user's order. */
  order: string[];
}

export const noPreferences: Preferences = { rubriques: null, feeds: [], hiddenTiles: [], order: [] };

/** The columns a user's preferences are stored in (also read with their session: sessions.ts). */
export interface PreferenceColumns {
  rubriques: string | null;
  feeds: string;
  hidden_tiles: string;
  tile_order: string;
}

/** A stored row as preferences; no row: never chosen. */
export function preferencesOf(row: PreferenceColumns | undefined): Preferences {
  if (!row) return noPreferences;
  return {
    rubriques: row.rubriques === null ? null : (JSON.parse(row.rubriques) as string[]),
    feeds: JSON.parse(row.feeds) as string[],
    hiddenTiles: JSON.parse(row.hidden_tiles) as string[],
    order: JSON.parse(row.tile_order) as string[],
  };
}

export function preferenceStore(db: Kysely<Database>, reads?: DirectReads) {
  // Read by every personal page: compiled once (compiled.ts).
  const rowOf = compiledOnce({ db, reads }, (_shape, userId: number) => db.selectFrom('preferences').selectAll().where('user_id', '=', userId));
  return {
    async get(userId: number): Promise<Preferences> {
      const [row] = await rowOf(userId);
      return preferencesOf(row);
    },
    async put(userId: number, preferences: Preferences, now: Date): Promise<void> {
      const values = {
        user_id: userId,
        rubriques: preferences.rubriques === null ? null : JSON.stringify(preferences.rubriques),
        feeds: JSON.stringify(preferences.feeds),
        hidden_tiles: JSON.stringify(preferences.hiddenTiles),
        tile_order: JSON.stringify(preferences.order),
        updated_at: now.toISOString(),
      };
      const { user_id: _, ...update } = values;
      await db
        .insertInto('preferences')
        .values(values)
        .onConflict((oc) => oc.column('user_id').doUpdateSet(update))
        .execute();
    },
  };
}
