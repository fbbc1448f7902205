/**
 * Moving a card from the keyboard, as accessible drag and drop does it (dnd-kit, ARIA
 * APG; WCAG 2.5.7): on the « Déplacer » handle, Space or Enter picks the card up, the
 * arrows move it, Space or Enter drops it, Escape puts it back where it was. Tab while
 * a card is held drops it there (the person moved on), and so does the focus leaving the
 * handle any other way (a click or a tap elsewhere): every move was seen and announced,
 * so keeping them is what the person expects; Escape remains the way back.
 */
import type { DraftTile } from './draft.ts';

export type MoveAction = 'pick' | 'drop' | 'cancel' | 'back' | 'forward' | 'first' | 'last';

export function moveAction(key: string, holding: boolean): MoveAction | null {
  if (key === ' ' || key === 'Enter') return holding ? 'drop' : 'pick';
  if (!holding) return null;
  switch (key) {
    case 'ArrowUp':
    case 'ArrowLeft':
      return 'back';
    case 'ArrowDown':
    case 'ArrowRight':
      return 'forward';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'Escape':
      return 'cancel';
    case 'Tab':
      return 'drop';
    default:
      return null;
  }
}

/** A card held from the keyboard: which one, and the page as it was when picked up. */
export interface Holding {
  id: string;
  origin: number;
  before: DraftTile[];
}

/** What the live region says (positions counted from 1). */
export const moveMessages = {
  picked: (name: string, position: number, total: number) =>
    `Tuile ${name} saisie, position ${position} sur ${total}. Flèches pour la déplacer, Espace ou Entrée pour la déposer, Échap pour annuler.`,
  moved: (name: string, position: number, total: number) => `Tuile ${name} déplacée en position ${position} sur ${total}`,
  dropped: (name: string, position: number, total: number) => `Tuile ${name} déposée en position ${position} sur ${total}`,
  cancelled: (name: string, position: number, total: number) => `Déplacement annulé : tuile ${name} remise en position ${position} sur ${total}`,
  /** Dragged with a mouse, a finger or a pen (pointer-drag.ts). */
  lifted: (name: string, position: number, total: number) =>
    `Tuile ${name} saisie, position ${position} sur ${total}. Relâchez pour la déposer, Échap pour annuler.`,
  over: (name: string, position: number, total: number) => `Tuile ${name} : position ${position} sur ${total} si vous la déposez ici`,
};

export const moveHelp = 'Avec le clavier : Espace ou Entrée pour saisir la tuile, flèches pour la déplacer, Espace ou Entrée pour la déposer, Échap pour annuler.';
