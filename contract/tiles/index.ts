/**
 * Every tile type: its config schema and its resolved data type. The server validates
 * and resolves with these; the elements render the data types (type-only imports).
 */
import { z } from 'zod';
import type { TileCatalogueEntry } from './catalogue-entry.ts';
import { topTile, topConfig, type TopData } from './top.ts';
import { newsTile, newsConfig, type NewsData } from './news.ts';
import { selectionTile, selectionConfig, type SelectionData } from './selection.ts';
import { agendaTile, agendaConfig, type AgendaData } from './agenda.ts';
import { embedTile, embedConfig, type EmbedData } from './embed.ts';
import { textTile, textConfig, type TextData } from './text.ts';
import { annoncesTile, annoncesConfig, type AnnoncesData } from './annonces.ts';
import { pronoteTile, pronoteConfig, type PronoteData } from './pronote.ts';
import { portalTile, portalConfig, type PortalData } from './portal.ts';
import { fluxTile, fluxConfig, type FluxData } from './flux.ts';
import { mesActualitesTile, mesActualitesConfig, type MesActualitesData } from './mes-actualites.ts';

export const tileConfigs = {
  top: topConfig,
  news: newsConfig,
  selection: selectionConfig,
  agenda: agendaConfig,
  embed: embedConfig,
  text: textConfig,
  annonces: annoncesConfig,
  pronote: pronoteConfig,
  portal: portalConfig,
  flux: fluxConfig,
  'mes-actualites': mesActualitesConfig,
} as const;

export type TileType = keyof typeof tileConfigs;
export const tileTypes = Object.keys(tileConfigs) as TileType[];

export type TileConfig<T extends TileType> = z.infer<(typeof tileConfigs)[T]>;

/**
 * The composer's list of tile types: label, description, the pages each fits and the
 * config a new tile starts with, each written beside its schema in `./<type>.ts`.
 * (Admin only: the embed bundle never imports this module's values.)
 */
export const tileCatalogue: Record<TileType, TileCatalogueEntry> = {
  top: topTile,
  news: newsTile,
  selection: selectionTile,
  agenda: agendaTile,
  embed: embedTile,
  text: textTile,
  annonces: annoncesTile,
  pronote: pronoteTile,
  portal: portalTile,
  flux: fluxTile,
  'mes-actualites': mesActualitesTile,
};
export type { TileCatalogueEntry };

export interface TileDataByType {
  top: TopData;
  news: NewsData;
  selection: SelectionData;
  agenda: AgendaData;
  embed: EmbedData;
  text: TextData;
  annonces: AnnoncesData;
  pronote: PronoteData;
  portal: PortalData;
  flux: FluxData;
  'mes-actualites': MesActualitesData;
}

/** A tile as stored in a page. */
export interface Tile<T extends TileType = TileType> {
  id: string;
  type: T;
  config: TileConfig<T>;
  /** personal-home only: the user may hide or move this tile; the others always show, where the admin put them. */
  optional?: boolean;
}

/**
 * A tile resolved for one viewer. `data` is null and `error` set when this tile alone
 * failed: a broken tile never breaks the page.
 */
export type ResolvedTile = {
  [T in TileType]: {
    id: string;
    type: T;
    config: TileConfig<T>;
    data: TileDataByType[T] | null;
    error?: { code: string; message: string };
    /** personal-home only: the viewer may hide or move this tile. */
    optional?: boolean;
  };
}[TileType];

export type { TopData, NewsData, SelectionData, AgendaData, EmbedData, TextData, AnnoncesData, PronoteData, PortalData };
export type { FluxData, MesActualitesData };
