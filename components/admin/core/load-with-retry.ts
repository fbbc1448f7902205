/**
 * A screen's first load, as a Lit controller: it runs `load` whenever `key` names
 * something new (null: nothing to load now, e.g. the list while an editor is open),
 * and renders the three states every screen shows the same way: « Chargement… »
 * (role=status), the failure in French (role=alert) with « Réessayer », or the content.
 * `load` puts what it fetched on the host itself.
 */
import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { failureMessage } from './failure.ts';

export class LoadWithRetry implements ReactiveController {
  loading = true;
  error = '';
  #loadedKey: string | null = null;
  #run = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly key: () => string | null,
    private readonly load: () => Promise<void>,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const key = this.key();
    if (key === this.#loadedKey) return;
    this.#loadedKey = key;
    if (key !== null) void this.reload();
  }

  /** What the key names now is already here (an editor that has just created it): no reload. */
  settle(): void {
    this.#loadedKey = this.key();
  }

  async reload(): Promise<void> {
    const run = ++this.#run;
    this.loading = true;
    this.error = '';
    this.host.requestUpdate();
    try {
      await this.load();
    } catch (error) {
      if (run === this.#run) this.error = failureMessage(error);
    } finally {
      if (run === this.#run) {
        this.loading = false;
        this.host.requestUpdate();
      }
    }
  }

  /** The failure with « Réessayer », the loading line, or `ready()`. */
  render(loadingText: string, ready: () => unknown): unknown {
    if (this.error)
      return html`<p class="error" role="alert">${this.error}</p>
        <button type="button" @click=${() => this.reload()}>Réessayer</button>`;
    if (this.loading) return html`<p role="status">${loadingText}</p>`;
    return ready();
  }
}
