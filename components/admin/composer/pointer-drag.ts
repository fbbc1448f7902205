/**
 * Dragging a card by its « Déplacer » handle with any pointer: mouse, finger or pen.
 * Pointer events, not HTML5 drag and drop, which tablet browsers do not fire for touch.
 * The handle captures the pointer (pointerdown + setPointerCapture, `touch-action: none`
 * on the handle only, so the rest of the page still scrolls under a finger); the card
 * follows the pointer, a line shows where it would land, the page scrolls when the
 * pointer nears the top or bottom of the window, pointerup drops, pointercancel or
 * Escape puts everything back. This file knows the geometry and the gesture; reorder.ts
 * decides what a drop does to the draft.
 */

export interface Point {
  x: number;
  y: number;
}

/**
 * The gap a card dragged to `point` would go into: `slot` k means before the card now at
 * index k (`rects.length`: after the last). The card under the pointer (or, between
 * cards, the nearest one) takes it before itself in its upper half, after it in its
 * lower half. The cards may stand in several columns: only rectangles count, not rows.
 */
export function slotAt(point: Point, rects: readonly DOMRectReadOnly[], from: number): number {
  let best = -1;
  let bestDistance = Infinity;
  rects.forEach((rect, index) => {
    if (index === from) return;
    const dx = Math.max(rect.left - point.x, 0, point.x - rect.right);
    const dy = Math.max(rect.top - point.y, 0, point.y - rect.bottom);
    const distance = Math.hypot(dx, dy);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = index;
    }
  });
  if (best < 0) return from;
  const rect = rects[best];
  return point.y < rect.top + rect.height / 2 ? best : best + 1;
}

/** The index the dragged card ends at once taken out of `from` and put into `slot`. */
export const indexForSlot = (slot: number, from: number): number => (slot > from ? slot - 1 : slot);

/** Pixels per frame to scroll when the pointer is `y` px down a window `height` px high (0 outside the edges). */
export function edgeScroll(y: number, height: number, edge = Math.min(64, height / 6), fastest = 18): number {
  if (y < edge) return -Math.ceil(fastest * Math.min(1, (edge - y) / edge));
  if (y > height - edge) return Math.ceil(fastest * Math.min(1, (y - (height - edge)) / edge));
  return 0;
}

/** What the gesture reports; the controller turns it into moves and announcements. */
export interface DragCallbacks {
  /** The pointer went far enough from where it went down: the card is lifted. */
  start(): void;
  /** Geometry of every card now, in the page's order (the dragged one included). */
  rects(): DOMRectReadOnly[];
  /** The card followed the pointer over gap `slot`. */
  over(slot: number): void;
  drop(slot: number): void;
  cancel(): void;
  /** Scroll the page by `dy` pixels (the window, unless told otherwise). */
  scrollBy(dy: number): void;
  viewportHeight(): number;
}

/** Movement, in CSS pixels, before a press on the handle becomes a drag (a tap is not one). */
const THRESHOLD = 6;

/**
 * One drag, from pointerdown to pointerup/pointercancel/Escape. Listens on the handle
 * (which holds the pointer capture, so every move of that pointer reaches it) and on the
 * window for Escape; removes all of it when it ends.
 */
export class PointerDragSession {
  private lifted = false;
  private ended = false;
  private last: Point;
  private slot: number;
  private frame = 0;
  private readonly origin: Point;
  private readonly offset: Point;

  constructor(
    private readonly handle: HTMLElement,
    private readonly card: HTMLElement,
    private readonly pointerId: number,
    down: Point,
    private readonly from: number,
    private readonly on: DragCallbacks,
  ) {
    this.origin = down;
    this.last = down;
    this.slot = from;
    const rect = card.getBoundingClientRect();
    this.offset = { x: down.x - rect.left, y: down.y - rect.top };
    try {
      handle.setPointerCapture(pointerId);
    } catch {
      // No such active pointer (a synthetic event): the handle still gets the moves dispatched to it.
    }
    handle.addEventListener('pointermove', this.onMove);
    handle.addEventListener('pointerup', this.onUp);
    handle.addEventListener('pointercancel', this.onCancel);
    handle.addEventListener('lostpointercapture', this.onLost);
    window.addEventListener('keydown', this.onKey, true);
  }

  get dragging(): boolean {
    return this.lifted && !this.ended;
  }

  private readonly onMove = (event: PointerEvent) => {
    if (event.pointerId !== this.pointerId || this.ended) return;
    this.last = { x: event.clientX, y: event.clientY };
    if (!this.lifted) {
      if (Math.hypot(this.last.x - this.origin.x, this.last.y - this.origin.y) < THRESHOLD) return;
      this.lifted = true;
      this.on.start();
      this.frame = requestAnimationFrame(this.tick);
    }
    event.preventDefault();
    this.follow();
  };

  private readonly onUp = (event: PointerEvent) => {
    if (event.pointerId !== this.pointerId || this.ended) return;
    const lifted = this.lifted;
    this.end();
    if (lifted) this.on.drop(this.slot);
  };

  private readonly onCancel = (event: PointerEvent) => {
    if (event.pointerId !== this.pointerId) return;
    this.abort();
  };

  /** The capture went away without a pointerup (the handle left the page, another capture). */
  private readonly onLost = (event: PointerEvent) => {
    if (event.pointerId !== this.pointerId) return;
    this.abort();
  };

  private readonly onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !this.lifted) return;
    event.preventDefault();
    event.stopPropagation();
    this.abort();
  };

  /** Ends the gesture; a lifted card goes back where it was. */
  abort(): void {
    if (this.ended) return;
    const lifted = this.lifted;
    this.end();
    if (lifted) this.on.cancel();
  }

  /** Near the window's edges the page scrolls, frame after frame, even with the pointer still. */
  private readonly tick = () => {
    if (this.ended) return;
    const dy = edgeScroll(this.last.y, this.on.viewportHeight());
    if (dy !== 0) {
      this.on.scrollBy(dy);
      this.follow();
    }
    this.frame = requestAnimationFrame(this.tick);
  };

  /** The card under the pointer (translated from its place in the layout) and the gap it is over. */
  private follow(): void {
    const current = this.card.style.translate.split(' ').map((v) => parseFloat(v) || 0);
    const rect = this.card.getBoundingClientRect();
    const home = { x: rect.left - (current[0] ?? 0), y: rect.top - (current[1] ?? 0) };
    this.card.style.translate = `${this.last.x - this.offset.x - home.x}px ${this.last.y - this.offset.y - home.y}px`;
    const slot = slotAt(this.last, this.on.rects(), this.from);
    if (slot !== this.slot) {
      this.slot = slot;
      this.on.over(slot);
    }
  }

  private end(): void {
    this.ended = true;
    cancelAnimationFrame(this.frame);
    this.card.style.translate = '';
    this.handle.removeEventListener('pointermove', this.onMove);
    this.handle.removeEventListener('pointerup', this.onUp);
    this.handle.removeEventListener('pointercancel', this.onCancel);
    this.handle.removeEventListener('lostpointercapture', this.onLost);
    window.removeEventListener('keydown', this.onKey, true);
    try {
      if (this.handle.hasPointerCapture(this.pointerId)) this.handle.releasePointerCapture(this.pointerId);
    } catch {
      // Already released.
    }
  }
}
