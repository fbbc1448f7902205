/**
 * Moving cards, three ways that end the same (the draft re-ordered, the new place
 * announced, the focus back on the moved card): « Monter » / « Descendre », the
 * « Déplacer » handle from the keyboard (keyboard-move.ts), and dragging the handle onto
 * another card (HTML5 drag and drop). Holds what is being moved; the element renders it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { move, type DraftTile } from './draft.ts';
import { moveAction, moveMessages, type Holding } from './keyboard-move.ts';

export interface ReorderHost {
  tiles(): DraftTile[];
  setTiles(tiles: DraftTile[]): void;
  nameOf(tile: DraftTile): string;
  say(message: string): void;
  /** Focus `selector` in the card of tile `id` after the next render. */
  focusAfterRender(id: string, selector: string): void;
}

export class Reorder implements ReactiveController {
  holding: Holding | null = null;
  dragId: string | null = null;
  dropIndex: number | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly page: ReorderHost,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** A new page was loaded: nothing is held any more. */
  reset(): void {
    this.holding = null;
    this.dragId = null;
    this.dropIndex = null;
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

  dragStart(event: DragEvent, index: number): void {
    const tile = this.page.tiles()[index];
    this.dragId = tile.id;
    event.dataTransfer?.setData('text/plain', tile.id);
    if (event.dataTransfer) event.dataTransfer.effectAllowed = 'move';
    this.host.requestUpdate();
  }

  /** Only a drag started from one of these cards may drop here (not a file, not a link). */
  dragOver(event: DragEvent, index: number): void {
    if (this.dragId === null) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'move';
    if (this.dropIndex !== index) {
      this.dropIndex = index;
      this.host.requestUpdate();
    }
  }

  drop(event: DragEvent, index: number): void {
    if (this.dragId === null) return;
    event.preventDefault();
    const from = this.page.tiles().findIndex((t) => t.id === this.dragId);
    this.dragEnd();
    if (from < 0 || from === index) return;
    this.moveTo(from, index, '.handle');
  }

  dragEnd(): void {
    this.dragId = null;
    this.dropIndex = null;
    this.host.requestUpdate();
  }
}
