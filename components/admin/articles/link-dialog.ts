/**
 * `<tuiles-admin-link-dialog>`: the rich-text editor's « Lien » dialog, a modal
 * `<dialog>` (focus kept inside, Escape closes) with the field « Adresse du lien » and
 * « Appliquer », « Retirer le lien » (when a link is being changed), « Annuler ».
 * Only http, https and mailto addresses are taken: the server's sanitizer drops the
 * rest anyway, and saying so here beats a link that silently disappears.
 *
 * Call `open(currentHref)`; it fires (not composed: for its rich-text host only)
 * `link-apply` {href}, `link-remove` or `link-cancel`, then closes.
 */
import { LitElement, css, html, nothing } from 'lit';
import { define } from '../../core/define.ts';
import { adminStyles } from '../core/styles.ts';

const allowedProtocols = new Set(['http:', 'https:', 'mailto:']);

/**
 * The address to link to, or why not. Without a scheme, `nom@domaine` is an e-mail
 * address and anything else a web address (https).
 */
export function linkAddress(typed: string): { href: string } | { error: string } {
  const text = typed.trim();
  if (!text) return { error: 'Indiquez l’adresse du lien.' };
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(text) ? text : /^[^\s/@]+@[^\s/@]+$/.test(text) ? `mailto:${text}` : `https://${text}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return { error: 'Cette adresse n’est pas valide.' };
  }
  if (!allowedProtocols.has(url.protocol)) return { error: 'Seules les adresses http, https et mailto sont acceptées.' };
  if (url.protocol !== 'mailto:' && !url.hostname) return { error: 'Cette adresse n’est pas valide.' };
  return { href: url.protocol === 'mailto:' ? withScheme : url.href };
}

export class AdminLinkDialog extends LitElement {
  static override styles = [
    adminStyles,
    css`
      dialog {
        max-width: min(32em, 90vw);
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        background: var(--_surface);
        color: var(--_text);
        padding: 1em 1.25em;
      }
      dialog::backdrop {
        background: rgb(0 0 0 / 0.4);
      }
      h2 {
        margin-top: 0;
        font-size: 1.2em;
      }
      input {
        width: 100%;
        box-sizing: border-box;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5em;
      }
    `,
  ];
  static override properties = {
    href: { state: true },
    editing: { state: true },
    error: { state: true },
  };
  href = '';
  /** A link is being changed (« Retirer le lien » offered). */
  editing = false;
  error = '';

  get isOpen(): boolean {
    return Boolean(this.renderRoot.querySelector('dialog')?.open);
  }

  async open(current = ''): Promise<void> {
    this.href = current;
    this.editing = Boolean(current);
    this.error = '';
    await this.updateComplete;
    const dialog = this.renderRoot.querySelector('dialog')!;
    const input = this.renderRoot.querySelector<HTMLInputElement>('#href')!;
    input.value = current;
    if (!dialog.open) dialog.showModal();
    input.focus();
    input.select();
  }

  #finish(name: 'link-apply' | 'link-remove' | 'link-cancel', detail?: { href: string }): void {
    this.renderRoot.querySelector('dialog')?.close();
    this.dispatchEvent(new CustomEvent(name, { detail }));
  }

  #apply = (event: Event) => {
    event.preventDefault();
    const answer = linkAddress(this.href);
    if ('error' in answer) {
      this.error = answer.error;
      this.renderRoot.querySelector<HTMLInputElement>('#href')?.focus();
      return;
    }
    this.#finish('link-apply', { href: answer.href });
  };

  override render() {
    return html`<dialog
      aria-labelledby="link-title"
      @cancel=${(e: Event) => {
        e.preventDefault();
        this.#finish('link-cancel');
      }}
    >
      <form novalidate @submit=${this.#apply}>
        <h2 id="link-title">${this.editing ? 'Modifier le lien' : 'Ajouter un lien'}</h2>
        <div class="field">
          <label for="href">Adresse du lien</label>
          <input id="href" type="text" inputmode="url" autocomplete="url" spellcheck="false" .value=${this.href}
            aria-invalid=${this.error ? 'true' : 'false'} aria-describedby="href-hint href-error"
            @input=${(e: Event) => {
              this.href = (e.target as HTMLInputElement).value;
              this.error = '';
            }} />
          <p id="href-hint" class="hint">Une adresse web (https://…) ou électronique (mailto:…).</p>
          <p class="field-error" id="href-error">${this.error || nothing}</p>
        </div>
        <div class="actions">
          <button type="submit">Appliquer</button>
          ${this.editing ? html`<button type="button" class="secondary" @click=${() => this.#finish('link-remove')}>Retirer le lien</button>` : nothing}
          <button type="button" class="secondary" @click=${() => this.#finish('link-cancel')}>Annuler</button>
        </div>
      </form>
    </dialog>`;
  }
}
define('tuiles-admin-link-dialog', AdminLinkDialog);

declare global {
  interface HTMLElementTagNameMap {
    'tuiles-admin-link-dialog': AdminLinkDialog;
  }
}
