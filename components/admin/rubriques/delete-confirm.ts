/**
 * Deleting a rubrique, the server's way: the person types its identifiant, which goes as
 * `?confirm=<slug>`; the rubrique goes with its sub-rubriques and all their content.
 * @prop rubrique - the rubrique to delete
 * @prop subRubriques - how many sub-rubriques go with it (those the viewer sees)
 * @prop error - the server's refusal, shown under the field
 * @prop busy - the deletion is on its way
 * @fires rubrique-delete - detail: { slug, confirm }
 * @fires rubrique-cancel
 */
import { LitElement, css, html, nothing } from 'lit';
import { define } from '../../core/define.ts';
import { adminStyles } from '../core/styles.ts';
import type { Rubrique } from './model.ts';

export class DeleteConfirm extends LitElement {
  static override styles = [
    adminStyles,
    css`
      .actions {
        display: flex;
        gap: 0.75em;
      }
    `,
  ];
  static override properties = {
    rubrique: { attribute: false },
    subRubriques: { type: Number },
    error: { type: String },
    busy: { type: Boolean },
    theme: { type: String, reflect: true },
    typed: { state: true },
    mismatch: { state: true },
  };
  rubrique!: Rubrique;
  subRubriques = 0;
  error = '';
  busy = false;
  declare theme: string | undefined;
  typed = '';
  mismatch = false;

  override focus(): void {
    void this.updateComplete.then(() => this.shadowRoot?.querySelector<HTMLInputElement>('#confirm')?.focus());
  }

  private submit(event: Event): void {
    event.preventDefault();
    if (this.busy) return;
    this.mismatch = this.typed.trim() !== this.rubrique.slug;
    if (this.mismatch) {
      this.focus();
      return;
    }
    this.dispatchEvent(new CustomEvent('rubrique-delete', { detail: { slug: this.rubrique.slug, confirm: this.typed.trim() }, bubbles: true, composed: true }));
  }

  override render() {
    const r = this.rubrique;
    const subs = this.subRubriques;
    const goesWith =
      subs === 0
        ? 'avec tous ses articles et événements'
        : `avec ${subs === 1 ? 'sa sous-rubrique' : `ses ${subs} sous-rubriques`} et tous leurs articles et événements`;
    const message = this.error || (this.mismatch ? `Tapez exactement « ${r.slug} ».` : '');
    return html`<form class="notice warning" @submit=${this.submit} aria-labelledby="delete-title">
      <h2 id="delete-title">Supprimer « ${r.title} »</h2>
      <p id="delete-what">La rubrique sera supprimée ${goesWith}. Cette action est définitive.</p>
      <div class="field">
        <label for="confirm">Pour confirmer, tapez son identifiant : <code>${r.slug}</code></label>
        <input id="confirm" autocomplete="off" spellcheck="false" .value=${this.typed} aria-invalid=${message ? 'true' : 'false'}
          aria-describedby="delete-what confirm-error" @input=${(e: Event) => {
            this.typed = (e.target as HTMLInputElement).value;
            this.mismatch = false;
          }} />
        <p class="field-error" id="confirm-error">${message || nothing}</p>
      </div>
      <div class="actions">
        <button type="submit" class="danger" ?disabled=${this.busy}>Supprimer définitivement</button>
        <button type="button" class="secondary" @click=${() => this.dispatchEvent(new CustomEvent('rubrique-cancel', { bubbles: true, composed: true }))}>Annuler</button>
      </div>
    </form>`;
  }
}
define('tuiles-admin-rubrique-delete', DeleteConfirm);
