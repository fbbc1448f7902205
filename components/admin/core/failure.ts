/**
 * What to tell a person about a failed call, in French: the server's own message when it
 * sent its JSON error (it names what went wrong), a sentence per status otherwise.
 */
import { FetchError } from '../../core/api.ts';

export const unreachable = 'Le serveur est injoignable. Vérifiez votre connexion, puis réessayez.';

export function failureMessage(error: unknown): string {
  if (!(error instanceof FetchError) || error.status === 0) return unreachable;
  if (error.code !== undefined) return error.message;
  if (error.status === 401) return 'Votre session a expiré : reconnectez-vous depuis « Mon espace ».';
  if (error.status === 403) return 'Vous n’avez pas le droit de faire cela.';
  if (error.status === 404) return 'Introuvable : l’élément a peut-être été supprimé.';
  if (error.status === 413) return 'Le fichier ou le texte est trop volumineux.';
  return `Le serveur a répondu ${error.status}. Réessayez dans un moment.`;
}

/** The server's per-field messages (`config.max` -> « … »), empty for any other failure. */
export function fieldErrors(error: unknown): Record<string, string> {
  return error instanceof FetchError && error.status === 400 ? error.fields : {};
}
