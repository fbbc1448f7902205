/**
 * The contract between the /admin shell and its screens for leaving a screen with
 * unsaved work by a hash change (a nav link, the back button): a `hashchange` cannot be
 * cancelled, so before switching the shell asks the shown element `confirmLeave()`
 * (true: it may go; false: it stays, and the shell puts the previous hash back).
 * A screen holding an editor passes the question on to it.
 */
export interface LeaveGuard {
  confirmLeave(): boolean;
}

export const leaveQuestion = 'Quitter sans enregistrer ?';

/** Whether `element` lets the viewer go: elements without the contract always do. */
export function mayLeave(element: Element | null | undefined): boolean {
  const guard = element as Partial<LeaveGuard> | null | undefined;
  return typeof guard?.confirmLeave === 'function' ? guard.confirmLeave() : true;
}

/** An editor's answer: nothing unsaved, or the viewer agrees to lose it. */
export const leaveUnsaved = (dirty: boolean, ask: (question: string) => boolean = (q) => window.confirm(q)) => !dirty || ask(leaveQuestion);
