/**
 * The real provider, as ENTs do it: mint a proxy ticket (PT-…) for the user and the
 * site's Pronote service, ask PRONOTE `…/donneesUtilisateur?ticket=PT-…&methode=proxyValidate`
 * (PRONOTE validates the ticket with our /cas/proxyValidate and answers the user's
 * summary in XML), read it.
 *
 * The proxy ticket's service is the Pronote URL of the settings: PRONOTE is expected to
 * present that same URL to /cas/proxyValidate (INDEX ÉDUCATION does not publish the
 * exact value; this is what the settings give it).
 */
import type { Store } from '../store/index.ts';
import { mintOwnProxyTicket } from '../auth/cas/protocol.ts';
import { readDonneesUtilisateur } from './donnees-utilisateur.ts';
import { PronoteUnavailable, type PronoteProvider, type PronoteRequest, type PronoteSummary } from './provider.ts';

export interface PronoteNetOptions {
  store: Store;
  now: () => Date;
  timeZone: string;
  /** Milliseconds before PRONOTE counts as not answering. */
  timeoutMs?: number;
  fetch?: typeof fetch;
}

/** The largest answer read (a year of a pupil's data is far smaller). */
const MAX_BYTES = 4 * 1024 * 1024;

export function donneesUtilisateurUrl(pronoteUrl: string, ticket: string): URL {
  const base = new URL(pronoteUrl);
  if (!base.pathname.endsWith('/')) base.pathname = base.pathname.replace(/[^/]*$/, '');
  const url = new URL('donneesUtilisateur', base);
  url.searchParams.set('ticket', ticket);
  url.searchParams.set('methode', 'proxyValidate');
  return url;
}

export function pronoteNetProvider(options: PronoteNetOptions): PronoteProvider {
  const timeoutMs = options.timeoutMs ?? 5000;
  const localDay = new Intl.DateTimeFormat('en-CA', { timeZone: options.timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  return {
    name: 'pronote',
    async summary(request: PronoteRequest): Promise<PronoteSummary> {
      const { settings } = request;
      if (!settings.url) throw new PronoteUnavailable("L'adresse de PRONOTE n'est pas renseignée.");
      if (settings.sso !== 'cas') throw new PronoteUnavailable('Le résumé Pronote demande « SSO Pronote avec CAS ».');
      const ticket = await mintOwnProxyTicket(options, { siteId: request.siteId, userId: request.user.id, service: settings.url, serviceKey: 'pronote' });
      let body: string;
      try {
        const answer = await (options.fetch ?? fetch)(donneesUtilisateurUrl(settings.url, ticket), {
          signal: AbortSignal.timeout(timeoutMs),
          headers: { Accept: 'application/xml, text/xml' },
          redirect: 'error',
        });
        if (answer.status !== 200) {
          await answer.body?.cancel();
          throw new PronoteUnavailable(`PRONOTE a répondu ${answer.status}.`);
        }
        if (Number(answer.headers.get('content-length') ?? 0) > MAX_BYTES) {
          await answer.body?.cancel();
          throw new PronoteUnavailable('Réponse de PRONOTE trop volumineuse.');
        }
        body = await answer.text();
      } catch (error) {
        if (error instanceof PronoteUnavailable) throw error;
        const timedOut = (error as Error).name === 'TimeoutError';
        throw new PronoteUnavailable(timedOut ? `PRONOTE n'a pas répondu en ${timeoutMs} ms.` : `PRONOTE injoignable : ${(error as Error).message}`, { cause: error });
      }
      if (body.length > MAX_BYTES) throw new PronoteUnavailable('Réponse de PRONOTE trop volumineuse.');
      return readDonneesUtilisateur(body, { today: localDay.format(options.now()), viewerName: request.user.displayName }).summary;
    },
  };
}
