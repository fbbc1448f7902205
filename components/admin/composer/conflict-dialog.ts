/**
 * Someone published this page after the draft was started: the server refused the
 * publish (409). Say who and when, and offer to reload the page they published (the
 * draft goes) or to publish the draft over it.
 */
import { html, nothing } from 'lit';
import { byWhom, when } from './history.ts';
import type { PageVersionJson } from '../../../contract/authoring.ts';

export interface ConflictView {
  base: number;
  latest: PageVersionJson | null;
  busy: boolean;
  onReload(): void;
  onOverwrite(): void;
  onClose(): void;
}

export function conflictDialog(v: ConflictView | null) {
  if (!v) return nothing;
  return html`<dialog
    class="conflict"
    aria-labelledby="conflict-title"
    aria-describedby="conflict-text"
    @cancel=${(e: Event) => {
      e.preventDefault();
      v.onClose();
    }}
  >
    <h2 id="conflict-title">Quelqu’un a publié entre-temps</h2>
    <div id="conflict-text">
      ${v.latest
        ? html`<p>La version ${v.latest.number} a été publiée par ${byWhom(v.latest)} le ${when(v.latest.date)}.</p>`
        : html`<p>Une version plus récente a été publiée.</p>`}
      <p>Vos modifications partent de la version ${v.base}. « Recharger » abandonne vos modifications et affiche la page publiée ; « Publier quand même » la remplace par la vôtre.</p>
    </div>
    <div class="actions">
      <button type="button" class="secondary" ?disabled=${v.busy} @click=${v.onReload}>Recharger</button>
      <button type="button" class="danger" ?disabled=${v.busy} @click=${v.onOverwrite}>Publier quand même</button>
      <button type="button" class="secondary" ?disabled=${v.busy} @click=${v.onClose}>Annuler</button>
    </div>
  </dialog>`;
}
