/**
 * « Historique »: every published version of the page, newest first, with who published
 * it and when, and « Restaurer » on the older ones (`GET …/versions`, `POST …/restore`).
 */
import { html, nothing } from 'lit';
import type { PageVersionJson } from '../../../contract/authoring.ts';

const dateFormat = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Paris' });

export function when(date: string): string {
  const parsed = new Date(date);
  return Number.isNaN(parsed.getTime()) ? date : dateFormat.format(parsed);
}

export const byWhom = (v: PageVersionJson) => (v.author ? v.author.displayName : 'auteur inconnu');

export interface HistoryView {
  open: boolean;
  loading: boolean;
  error: string | null;
  versions: PageVersionJson[];
  restoring: number | null;
  onToggle(): void;
  onRestore(number: number): void;
}

export function historySection(v: HistoryView) {
  return html`<div class="history">
    <button type="button" class="secondary" aria-expanded=${v.open ? 'true' : 'false'} aria-controls="history-list" @click=${v.onToggle}>Historique</button>
    ${v.open
      ? html`<section id="history-list" aria-labelledby="history-title">
          <h3 id="history-title">Versions publiées</h3>
          ${v.loading ? html`<p class="empty">Chargement de l’historique…</p>` : nothing}
          ${v.error ? html`<p class="error" role="alert">${v.error}</p>` : nothing}
          ${!v.loading && !v.error && v.versions.length === 0 ? html`<p class="empty">Cette page n’a encore jamais été publiée.</p>` : nothing}
          <ol class="versions">
            ${v.versions.map(
              (version, i) => html`<li>
                <span id="version-${version.number}">Version ${version.number} · ${byWhom(version)} · ${when(version.date)}</span>
                ${i === 0
                  ? html`<span class="online">(en ligne)</span>`
                  : html`<button type="button" class="secondary" aria-describedby="version-${version.number}" ?disabled=${v.restoring !== null} @click=${() => v.onRestore(version.number)}>Restaurer</button>`}
              </li>`,
            )}
          </ol>
        </section>`
      : nothing}
  </div>`;
}
