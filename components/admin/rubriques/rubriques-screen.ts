/** Placeholder of the « Rubriques et droits » screen until its element lands (issue 14). */
import { LitElement, html } from 'lit';
import { define } from '../../core/define.ts';
import { adminStyles } from '../core/styles.ts';

export class Placeholder extends LitElement {
  static override styles = adminStyles;
  static override properties = { site: { type: String }, path: { type: String } };
  site = '';
  path = '';
  override render() {
    return html`<p class="empty">Écran « Rubriques et droits » en préparation.</p>`;
  }
}
define('tuiles-admin-rubriques', class extends Placeholder {});
