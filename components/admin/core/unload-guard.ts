/**
 * The browser's own « Quitter le site ? » when a tab with unsaved work is closed or
 * reloaded (`beforeunload`). A Lit controller, so an editor states only what counts as
 * unsaved: `new UnloadGuard(this, () => this.dirty)`; the listener lives exactly as long
 * as the element is in the page. (Leaving by a hash change is core/leave-guard.ts.)
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class UnloadGuard implements ReactiveController {
  readonly #unsaved: () => boolean;

  constructor(host: ReactiveControllerHost, unsaved: () => boolean) {
    this.#unsaved = unsaved;
    host.addController(this);
  }

  #beforeUnload = (event: BeforeUnloadEvent) => {
    if (!this.#unsaved()) return;
    event.preventDefault();
    event.returnValue = '';
  };

  hostConnected(): void {
    window.addEventListener('beforeunload', this.#beforeUnload);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeunload', this.#beforeUnload);
  }
}
