/**
 * Registers a custom element unless its tag is already taken.
 *
 * A third-party page may load the embed bundle twice (two script tags, or the stable
 * `tuiles.js` next to a hashed copy); `customElements.define` throws on the second
 * call, so every registration goes through this guard. The first copy wins.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
