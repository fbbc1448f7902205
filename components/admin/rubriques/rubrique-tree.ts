/**
 * The rubriques the viewer reads, as an ARIA tree (APG "Tree View", single select):
 * one tab stop; ↑ ↓ move between visible items, → opens a closed item or goes to its
 * first child, ← closes an open item or goes to its parent, Début / Fin jump to the ends,
 * Entrée or Espace chooses the item. Each item says its visibility, services and the
 * viewer's role.
 * @prop rubriques - the tree as `GET …/rubriques` lists it
 * @prop selected - the chosen rubrique's slug
 * @fires rubrique-select - detail: { slug }
 */
import { LitElement, css, html, nothing } from 'lit';
import { define } from '../../core/define.ts';
import { adminStyles } from '../core/styles.ts';
import { privateByAncestor, roleLabels, serviceLabels, type Rubrique } from './model.ts';

export class RubriqueTree extends LitElement {
  static override styles = [
    adminStyles,
    css`
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      [role='treeitem'] > .row {
        margin: 0.1em 0;
        display: flex;
        flex-wrap: wrap;
        align-items: baseline;
        gap: 0.4em;
        padding: 0.35em 0.5em;
        border-radius: 0.3em;
        cursor: pointer;
      }
      [role='treeitem']:focus {
        outline: none;
      }
      [role='treeitem']:focus-visible > .row {
        outline: 3px solid var(--_focus);
        outline-offset: -3px;
      }
      [role='treeitem'][aria-selected='true'] > .row {
        background: var(--_skeleton);
        font-weight: 600;
      }
      .toggle {
        display: inline-block;
        width: 1em;
        text-align: center;
      }
      .badge {
        font-size: 0.85em;
        font-weight: normal;
        border: 1px solid var(--_border);
        border-radius: 1em;
        padding: 0 0.5em;
        color: var(--_text);
      }
      .badge.private {
        border-color: var(--_danger);
        color: var(--_danger);
      }
    `,
  ];
  static override properties = {
    rubriques: { attribute: false },
    selected: { type: String },
    theme: { type: String, reflect: true },
    collapsed: { state: true },
    active: { state: true },
  };
  rubriques: Rubrique[] = [];
  selected = '';
  declare theme: string | undefined;
  /** Slugs of the closed items (all open at first: a school has tens of rubriques, not thousands). */
  collapsed = new Set<string>();
  /** The item that holds the tab stop. */
  active = '';

  private childrenOf(parent: string | null): Rubrique[] {
    const known = new Set(this.rubriques.map((r) => r.slug));
    return this.rubriques.filter((r) => (parent === null ? r.parent === null || !known.has(r.parent) : r.parent === parent));
  }

  /** The items a person sees, top to bottom (closed subtrees left out). */
  private visibleOrder(): Rubrique[] {
    const out: Rubrique[] = [];
    const walk = (parent: string | null) => {
      for (const r of this.childrenOf(parent)) {
        out.push(r);
        if (!this.collapsed.has(r.slug)) walk(r.slug);
      }
    };
    walk(null);
    return out;
  }

  private tabStop(): string {
    const visible = this.visibleOrder();
    for (const slug of [this.active, this.selected]) if (visible.some((r) => r.slug === slug)) return slug;
    return visible[0]?.slug ?? '';
  }

  private focusItem(slug: string): void {
    this.active = slug;
    void this.updateComplete.then(() => this.shadowRoot?.querySelector<HTMLElement>(`[data-slug="${CSS.escape(slug)}"]`)?.focus());
  }

  private choose(slug: string): void {
    this.active = slug;
    this.dispatchEvent(new CustomEvent('rubrique-select', { detail: { slug }, bubbles: true, composed: true }));
  }

  private setOpen(slug: string, open: boolean): void {
    const next = new Set(this.collapsed);
    if (open) next.delete(slug);
    else next.add(slug);
    this.collapsed = next;
  }

  private onKeydown(event: KeyboardEvent): void {
    const item = (event.target as HTMLElement).closest<HTMLElement>('[role="treeitem"]');
    if (!item) return;
    const slug = item.dataset.slug!;
    const visible = this.visibleOrder();
    const index = visible.findIndex((r) => r.slug === slug);
    const rubrique = visible[index];
    const hasChildren = this.childrenOf(slug).length > 0;
    const open = hasChildren && !this.collapsed.has(slug);
    switch (event.key) {
      case 'ArrowDown':
        if (index < visible.length - 1) this.focusItem(visible[index + 1].slug);
        break;
      case 'ArrowUp':
        if (index > 0) this.focusItem(visible[index - 1].slug);
        break;
      case 'ArrowRight':
        if (hasChildren && !open) this.setOpen(slug, true);
        else if (open) this.focusItem(this.childrenOf(slug)[0].slug);
        break;
      case 'ArrowLeft':
        if (open) this.setOpen(slug, false);
        else if (rubrique.parent !== null && visible.some((r) => r.slug === rubrique.parent)) this.focusItem(rubrique.parent);
        break;
      case 'Home':
        this.focusItem(visible[0].slug);
        break;
      case 'End':
        this.focusItem(visible[visible.length - 1].slug);
        break;
      case 'Enter':
      case ' ':
        this.choose(slug);
        break;
      default:
        return;
    }
    event.preventDefault();
    event.stopPropagation();
  }

  private item(rubrique: Rubrique, level: number, position: number, siblings: number, stop: string): unknown {
    const hasChildren = this.childrenOf(rubrique.slug).length > 0;
    const open = !this.collapsed.has(rubrique.slug);
    const inherited = rubrique.visibility === 'public' && privateByAncestor(this.rubriques, rubrique);
    const visibility = rubrique.visibility === 'private' ? 'privée' : inherited ? 'privée par sa rubrique parente' : 'publique';
    return html`<li
      role="treeitem"
      data-slug=${rubrique.slug}
      aria-level=${level}
      aria-setsize=${siblings}
      aria-posinset=${position}
      aria-selected=${rubrique.slug === this.selected ? 'true' : 'false'}
      aria-expanded=${hasChildren ? (open ? 'true' : 'false') : nothing}
      tabindex=${rubrique.slug === stop ? 0 : -1}
      style="padding-inline-start: ${(level - 1) * 1.25}em"
      @focus=${() => (this.active = rubrique.slug)}
      @click=${(e: Event) => {
        if ((e.target as HTMLElement).closest('.toggle') && hasChildren) this.setOpen(rubrique.slug, !open);
        this.choose(rubrique.slug);
        this.focusItem(rubrique.slug);
      }}
    >
      <span class="row">
        <span class="toggle" aria-hidden="true">${hasChildren ? (open ? '▾' : '▸') : ''}</span>
        ${rubrique.title}<span class="visually-hidden">,</span>
        <span class="badge ${visibility === 'publique' ? '' : 'private'}">${visibility}</span>
        ${rubrique.services.map((s) => html`<span class="visually-hidden">,</span> <span class="badge">${serviceLabels[s]}</span>`)}
        ${rubrique.role ? html`<span class="visually-hidden">,</span> <span class="badge role">Vous : ${roleLabels[rubrique.role]}</span>` : nothing}
      </span>
    </li>`;
  }

  override render() {
    const stop = this.tabStop();
    // A flat list of treeitems with their level, size and position (APG: a tree without
    // `group` elements): a nested item's name would otherwise hold its children's text.
    const rows: unknown[] = [];
    const walk = (parent: string | null, level: number) => {
      const children = this.childrenOf(parent);
      children.forEach((r, i) => {
        rows.push(this.item(r, level, i + 1, children.length, stop));
        if (!this.collapsed.has(r.slug)) walk(r.slug, level + 1);
      });
    };
    walk(null, 1);
    return html`<ul role="tree" aria-label="Rubriques" @keydown=${this.onKeydown}>
      ${rows}
    </ul>`;
  }
}
define('tuiles-admin-rubrique-tree', RubriqueTree);
