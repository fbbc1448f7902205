/**
 * Polite announcements for screen readers (« Tuile Agenda déplacée en position 3 sur 7 »).
 * Each screen renders its own `<p class="visually-hidden" aria-live="polite">` and hands
 * it here: the text is cleared then set on the next frame, so the same sentence twice in
 * a row is announced twice.
 */
export function announce(region: Element | null | undefined, message: string): void {
  if (!region) return;
  region.textContent = '';
  requestAnimationFrame(() => (region.textContent = message));
}
