/**
 * `<tuiles-admin-embed-url-field .value .peertubeHosts .error>`: the embed tile's
 * « Adresse (URL) », with a live status under it naming the provider recognised
 * (« Peertube reconnu ») or why the address will be refused (embed-url-status.ts).
 */
import { LitElement, css, html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { define } from '../../core/define.ts';
import { adminStyles } from '../core/styles.ts';
import { embedUrlStatus } from './embed-url-status.ts';
import { valueChange } from './value-change.ts';

export class EmbedUrlField extends LitElement {
  static override styles = [
    adminStyles,
    css`
      .status.ok {
        color: var(--_accent);
        font-weight: 600;
      }
      .status.refused {
        color: var(--_danger);
      }
      input {
        width: 100%;
        box-sizing: border-box;
      }
    `,
  ];
  static override properties = {
    label: { type: String },
    value: { attribute: false },
    peertubeHosts: { attribute: false },
    error: { attribute: false },
  };

  label = 'Adresse (URL)';
  value = '';
  /** The site's Peertube instances; undefined: not known to the editor (the server decides). */
  peertubeHosts: readonly string[] | undefined = undefined;
  /** The schema's or the server's message about the field (a refusal the status already explains is not repeated). */
  error = '';

  override render() {
    const status = embedUrlStatus(this.value, this.peertubeHosts);
    const invalid = status.ok === false || Boolean(this.error);
    return html`<div class="field">
      <label for="url">${this.label}</label>
      <input
        id="url"
        type="url"
        inputmode="url"
        autocomplete="off"
        spellcheck="false"
        .value=${live(this.value)}
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby="status error"
        @input=${(e: Event) => {
          this.value = (e.target as HTMLInputElement).value;
          this.dispatchEvent(valueChange(this.value));
        }}
      />
      <p id="status" class="status ${status.ok === true ? 'ok' : status.ok === false ? 'refused' : 'hint'}" role="status">${status.message}</p>
      <p class="field-error" id="error">${this.error && status.ok !== false ? this.error : nothing}</p>
    </div>`;
  }
}

define('tuiles-admin-embed-url-field', EmbedUrlField);
