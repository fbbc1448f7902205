/**
 * Moving cards, three ways that end the same (the draft re-ordered, the new place
 * announced, the focus back on the moved card): « Monter » / « Descendre », the
 * « Déplacer » handle from the keyboard (keyboard-move.ts), and dragging the handle with
 * a mouse, a finger or a pen (pointer-drag.ts). Holds what is being moved; the element
 * renders it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { move, type DraftTile } from './draft.ts';
import { moveAction, moveMessages, type Holding } from './keyboard-move.ts';
import { indexForSlot, PointerDragSession } from './pointer-drag.ts';

export interface ReorderHost {
  tiles(): DraftTile[];
  setTiles(tiles: DraftTile[]): void;
  nameOf(tile: DraftTile): string;
  say(message: string): void;
  /** Focus `selector` in the card of tile `id` after the next render. */
  focusAfterRender(id: string, selector: string): void;
  /** The cards' elements, in the page's order. */
  cardElements(): HTMLElement[];
  /** Is the focus on the « Déplacer » handle of tile `id`? */
  handleFocused(id: string): boolean;
  scrollBy(dy: number): void;
  viewportHeight(): number;
}

/** A card being dragged with a pointer: which one, from where, over which gap. */
export interface Dragging {
  id: string;
  from: number;
  slot: number;
}

export class Reorder implements ReactiveController {
  holding: Holding | null = null;
  dragging: Dragging | null = null;
  private session: PointerDragSession | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly page: ReorderHost,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.session?.abort();
  }

  /** A new page was loaded: nothing is held any more. */
  reset(): void {
    this.holding = null;
    this.session?.abort();
    this.session = null;
    this.dragging = null;
  }

  private moveTo(index: number, to: number, focus: string): void {
    const tiles = this.page.tiles();
    const tile = tiles[index];
    const target = Math.max(0, Math.min(to, tiles.length - 1));
    if (target !== index) this.page.setTiles(move(tiles, index, target));
    this.page.focusAfterRender(tile.id, focus);
    this.page.say(moveMessages.moved(this.page.nameOf(tile), target + 1, tiles.length));
  }

  /** « Monter » (-1) / « Descendre » (+1): at either end the button is inert, the focus stays on it. */
  step(index: number, by: -1 | 1, button: 'up' | 'down'): void {
    const to = index + by;
    if (to < 0 || to >= this.page.tiles().length) return;
    this.moveTo(index, to, `.${button}`);
  }

  key(event: KeyboardEvent, index: number): void {
    const tiles = this.page.tiles();
    const tile = tiles[index];
    const held = this.holding?.id === tile.id;
    const action = moveAction(event.key, held);
    if (!action) return;
    // Tab drops the card and goes on to the next control as usual.
    if (event.key !== 'Tab') event.preventDefault();
    const name = this.page.nameOf(tile);
    switch (action) {
      case 'pick':
        this.holding = { id: tile.id, origin: index, before: tiles };
        this.page.say(moveMessages.picked(name, index + 1, tiles.length));
        break;
      case 'drop':
        this.holding = null;
        this.page.say(moveMessages.dropped(name, index + 1, tiles.length));
        break;
      case 'cancel': {
        const { origin, before } = this.holding!;
        this.holding = null;
        this.page.setTiles(before);
        this.page.focusAfterRender(tile.id, '.handle');
        this.page.say(moveMessages.cancelled(name, origin + 1, tiles.length));
        break;
      }
      case 'back':
        this.moveTo(index, index - 1, '.handle');
        break;
      case 'forward':
        this.moveTo(index, index + 1, '.handle');
        break;
      case 'first':
        this.moveTo(index, 0, '.handle');
        break;
      case 'last':
        this.moveTo(index, tiles.length - 1, '.handle');
        break;
    }
    this.host.requestUpdate();
  }

  /**
   * The focus left the handle of a card held from the keyboard. A move re-orders the
   * cards and may blur the handle for a moment (the render puts the focus back): only
   * once that render is done does a handle still without focus mean the person went
   * elsewhere. The card then stays where it is, said so (keyboard-move.ts).
   */
  async focusLeft(id: string): Promise<void> {
    if (this.holding?.id !== id) return;
    await this.host.updateComplete;
    if (this.holding?.id !== id || this.page.handleFocused(id)) return;
    this.holding = null;
    const tiles = this.page.tiles();
    const index = tiles.findIndex((t) => t.id === id);
    if (index >= 0) this.page.say(moveMessages.dropped(this.page.nameOf(tiles[index]), index + 1, tiles.length));
    this.host.requestUpdate();
  }

  /** A press on a handle: the start of a drag if the pointer then moves (a tap stays a tap). */
  pointerDown(event: PointerEvent, index: number): void {
    if (!event.isPrimary || (event.pointerType === 'mouse' && event.button !== 0) || this.session?.dragging) return;
    const handle = event.currentTarget as HTMLElement;
    const card = handle.closest<HTMLElement>('.card');
    const tile = this.page.tiles()[index];
    if (!card || !tile) return;
    this.session?.abort();
    const tiles = this.page.tiles();
    const name = this.page.nameOf(tile);
    const total = tiles.length;
    const finish = () => {
      this.session = null;
      this.dragging = null;
      this.host.requestUpdate();
    };
    this.session = new PointerDragSession(handle, card, event.pointerId, { x: event.clientX, y: event.clientY }, index, {
      start: () => {
        // A card held from the keyboard is let go where it is before another is dragged.
        if (this.holding) this.holding = null;
        this.dragging = { id: tile.id, from: index, slot: index };
        this.page.say(moveMessages.lifted(name, index + 1, total));
        this.host.requestUpdate();
      },
      rects: () => this.page.cardElements().map((c) => c.getBoundingClientRect()),
      over: (slot) => {
        if (!this.dragging) return;
        const before = indexForSlot(this.dragging.slot, index);
        this.dragging = { ...this.dragging, slot };
        const now = indexForSlot(slot, index);
        if (now !== before) this.page.say(moveMessages.over(name, now + 1, total));
        this.host.requestUpdate();
      },
      drop: (slot) => {
        finish();
        const to = indexForSlot(slot, index);
        const from = this.page.tiles().findIndex((t) => t.id === tile.id);
        if (from >= 0 && to !== from) this.page.setTiles(move(this.page.tiles(), from, to));
        this.page.focusAfterRender(tile.id, '.handle');
        this.page.say(moveMessages.dropped(name, to + 1, total));
      },
      cancel: () => {
        finish();
        this.page.focusAfterRender(tile.id, '.handle');
        this.page.say(moveMessages.cancelled(name, index + 1, total));
      },
      scrollBy: (dy) => this.page.scrollBy(dy),
      viewportHeight: () => this.page.viewportHeight(),
    });
  }

  /** Where the drop line stands: before the card at `index`, or after the last one. */
  dropLine(index: number, total: number): 'before' | 'after' | null {
    const d = this.dragging;
    if (!d || indexForSlot(d.slot, d.from) === d.from) return null;
    if (d.slot === index) return 'before';
    if (d.slot === total && index === total - 1) return 'after';
    return null;
  }
}
