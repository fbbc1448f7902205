/**
 * What every tile element shares: the attributes of a stand-alone embed (`site`,
 * `server`, `heading`...), the `config` + `data` properties `<tuiles-page>` sets, the
 * fetch of its own data through `@lit/task` (a newer request aborts the stale one),
 * and the frame around the content: heading, loading skeleton, empty and error states.
 */
import { LitElement, html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { Task, initialState } from '@lit/task';
import type { TileResponse } from '../../contract/api.ts';
import { tileDefaults } from '../../contract/tiles/defaults.ts';
import { request, statusOf, tileUrl } from './api.ts';
import { errorCard, failure, heading } from './templates.ts';
import { langOf, messagesFor, type Lang, type TitledTileType } from './i18n.ts';

/** `detail` of the `tuiles-error` event: the HTTP status, 0 when the server was unreachable. */
export interface TuilesErrorDetail {
  status: number;
}

/** A tile as the tile endpoint returns it: the resolved config and data. */
interface FetchedTile<C, D> {
  config: Partial<C>;
  data: D | null;
}

export abstract class TuilesTileElement<C extends { title?: string }, D> extends LitElement {
  static override properties: PropertyDeclarations = {
    site: { type: String },
    server: { type: String },
    heading: { type: String },
    headingLevel: { type: Number, attribute: 'heading-level' },
    theme: { type: String, reflect: true },
    config: { attribute: false },
    data: { attribute: false },
    now: { attribute: false },
  };

  static override get observedAttributes(): string[] {
    // `lang` and `title` are native attributes; a change must still re-render.
    return [...super.observedAttributes, 'lang', 'title'];
  }

  /** Site slug; with the type's own attributes, the element fetches its own data. */
  declare site: string | undefined;
  /** Origin of the Tuiles server; defaults to this page's origin. */
  declare server: string | undefined;
  /** Heading text, overriding the configured title. */
  declare heading: string | undefined;
  /** Level of the tile's heading, 2 (default) to 6. */
  declare headingLevel: number | undefined;
  /** `light` or `dark`; unset follows the viewer's `prefers-color-scheme`. */
  declare theme: string | undefined;
  /** The tile's config, as `<tuiles-page>` passes it; missing fields take their defaults. */
  declare config: Partial<C> | undefined;
  /** The resolved data; `null` means the server could not resolve this tile. */
  declare data: D | null | undefined;
  /** The clock for relative dates; defaults to the current time. */
  declare now: Date | undefined;

  /** The tile type, as in the API path `/tiles/:type`; its defaults are the contract's. */
  protected abstract readonly tileType: TitledTileType;

  /**
   * Query parameters for the stand-alone fetch, or null when this element only renders
   * the data it is given (top, text).
   */
  protected query(): Record<string, string | number | undefined> | null {
    return null;
  }

  /** Attributes a stand-alone element cannot fetch without, besides `site`. */
  protected requiredAttributes(): string[] {
    return [];
  }

  /** Config fields set by attributes (`limit`, `hide-dates`...), applied last. */
  protected overrides(): Partial<C> {
    return {};
  }

  protected abstract renderContent(config: C, data: D, lang: Lang): unknown;

  /** Placeholder of the final size while the data loads. */
  protected abstract renderSkeleton(config: C): unknown;

  private readonly tileTask = new Task<[string | undefined], FetchedTile<C, D>>(this, {
    args: () => [this.data === undefined ? this.standaloneUrl() : undefined],
    task: async ([url], { signal }) => {
      if (!url) return initialState;
      try {
        const body = await request<TileResponse>(url, { signal });
        return body.tile as unknown as FetchedTile<C, D>;
      } catch (error) {
        if (!signal.aborted) this.fireError(statusOf(error));
        throw error;
      }
    },
  });

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' || name === 'title') this.requestUpdate();
  }

  /** Fetches the data again (what the "Réessayer" button does). */
  retry(): void {
    void this.tileTask.run();
  }

  protected get lang_(): Lang {
    return langOf(this);
  }

  protected get clock(): Date {
    return this.now ?? new Date();
  }

  /** The first attribute a stand-alone fetch lacks, if any. */
  private missingAttribute(): string | undefined {
    return ['site', ...this.requiredAttributes()].find((name) => !this.getAttribute(name)?.trim());
  }

  private standaloneUrl(): string | undefined {
    const query = this.query();
    if (!query || !this.site || this.missingAttribute()) return undefined;
    return tileUrl(this.server, this.site, this.tileType, query);
  }

  private fireError(status: number): void {
    this.dispatchEvent(
      new CustomEvent<TuilesErrorDetail>('tuiles-error', { detail: { status }, bubbles: true, composed: true }),
    );
  }

  /**
   * The contract's defaults (contract/tiles/defaults.ts, titled in the tile's language),
   * then the given config, then attributes; `heading` (or `title`) wins for the title.
   * A field the contract gives no default (embed's `url`) stays unset until configured.
   */
  protected resolveConfig(given: Partial<C> | undefined, lang: Lang): C {
    const defaults = tileDefaults[this.tileType];
    const config = { ...defaults, title: messagesFor(lang).titles[this.tileType] ?? defaults.title } as unknown as C;
    for (const [key, value] of Object.entries(given ?? {})) {
      if (value !== undefined && value !== null) (config as Record<string, unknown>)[key] = value;
    }
    Object.assign(config, this.overrides());
    const title = this.heading ?? (this.title || undefined);
    if (title !== undefined) config.title = title;
    return config;
  }

  override render(): unknown {
    const lang = this.lang_;
    if (this.data !== undefined) return this.renderTile(this.resolveConfig(this.config, lang), this.data, lang);
    if (this.query() === null) return nothing;
    const config = this.resolveConfig(this.config, lang);
    const missing = this.missingAttribute();
    if (missing) return this.frame(config, errorCard(messagesFor(lang).missingAttribute(missing)));
    return this.tileTask.render({
      initial: () => this.frame(config, this.renderSkeleton(config), true),
      pending: () => this.frame(config, this.renderSkeleton(config), true),
      complete: (tile) => this.renderTile(this.resolveConfig({ ...tile.config, ...this.config }, lang), tile.data, lang),
      error: (error) => this.frame(config, failure(lang, statusOf(error), () => this.retry())),
    });
  }

  protected renderTile(config: C, data: D | null, lang: Lang): unknown {
    if (data === null) return this.frame(config, errorCard(messagesFor(lang).tileUnavailable));
    return this.frame(config, this.renderContent(config, data, lang));
  }

  /** The card: heading, then `body`; `aria-busy` while loading. */
  protected frame(config: C, body: unknown, busy = false): TemplateResult {
    const title = config.title;
    return html`<div part="tile" class="tile" aria-busy=${busy ? 'true' : 'false'}>
      ${title ? heading(this.headingLevel ?? 2, title) : nothing}
      ${busy ? html`<span class="visually-hidden">${messagesFor(this.lang_).loading}</span>` : nothing}
      ${body}
    </div>`;
  }
}
