/** Placeholder of the « Mes articles » screen until its element lands (issue 14). */
import { LitElement, html } from 'lit';
import { define } from '../../core/define.ts';
import { adminStyles } from '../core/styles.ts';

export class Placeholder extends LitElement {
  static override styles = adminStyles;
  static override properties = { site: { type: String }, path: { type: String } };
  site = '';
  path = '';
  override render() {
    return html`<p class="empty">Écran « Mes articles » en préparation.</p>`;
  }
}
define('tuiles-admin-articles', class extends Placeholder {});
