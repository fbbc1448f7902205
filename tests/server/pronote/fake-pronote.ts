/**
 * A FAKE PRONOTE.net for tests (the real one cannot run here): a local HTTP server that
 * trusts a Tuiles CAS server the way PRONOTE's « Interconnexion CAS » does.
 *
 * - `GET /pronote/?ticket=ST-…`: validates the service ticket with
 *   `{cas}/cas/serviceValidate` over HTTP and greets the user it names ("Bonjour Léa
 *   Martin" from the `prenom` / `nom` attributes, or the identifier attribute).
 * - `GET /pronote/donneesUtilisateur?ticket=PT-…&methode=proxyValidate`: validates the
 *   proxy ticket with `{cas}/cas/proxyValidate`, then answers the `donneesUtilisateur`
 *   XML the test scripted for that `cas:user`: a document, or `timeout` (never
 *   answers), or `garbage` (not XML).
 *
 * It records every validation it made, parsed back from the CAS XML.
 */
import { createServer, type Server } from 'node:http';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { XMLParser } from 'fast-xml-parser';

export type Scripted = string | 'timeout' | 'garbage';

export interface CasAnswer {
  ok: boolean;
  user?: string;
  code?: string;
  attributes: Record<string, string>;
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', removeNSPrefix: true, parseTagValue: false, trimValues: true });

/** A CAS serviceResponse, parsed back (never compared as a string). */
export function readCasResponse(xml: string): CasAnswer & { raw: any } {
  const doc = parser.parse(xml);
  const response = doc.serviceResponse;
  if (!response) throw new Error(`not a cas:serviceResponse: ${xml}`);
  if (response.authenticationSuccess) {
    const success = response.authenticationSuccess;
    return { ok: true, user: success.user, attributes: success.attributes ?? {}, raw: response };
  }
  const failure = response.authenticationFailure;
  return { ok: false, code: failure?.['@code'], attributes: {}, raw: response };
}

export interface FakePronote {
  /** `http://127.0.0.1:PORT/pronote/`: the URL the site registers as its Pronote. */
  url: string;
  script: Map<string, Scripted>;
  validations: CasAnswer[];
  close(): Promise<void>;
}

export async function startFakePronote(casBase: () => string): Promise<FakePronote> {
  const script = new Map<string, Scripted>();
  const validations: CasAnswer[] = [];
  const pending = new Set<() => void>();
  let url = '';

  const validate = async (endpoint: string, ticket: string): Promise<CasAnswer> => {
    const check = new URL(`${casBase()}/cas/${endpoint}`);
    check.searchParams.set('ticket', ticket);
    check.searchParams.set('service', url);
    const answer = readCasResponse(await (await fetch(check)).text());
    validations.push(answer);
    return answer;
  };

  const server: Server = createServer(async (request, response) => {
    const here = new URL(request.url ?? '/', url);
    const ticket = here.searchParams.get('ticket');
    try {
      if (here.pathname === '/pronote/donneesUtilisateur') {
        if (!ticket || here.searchParams.get('methode') !== 'proxyValidate') return void response.writeHead(400).end();
        const answer = await validate('proxyValidate', ticket);
        if (!answer.ok) return void response.writeHead(403, { 'content-type': 'text/plain' }).end(answer.code);
        const scripted = script.get(answer.user!) ?? '<?xml version="1.0"?><Eleve xmlns="http://www.index-education.com/accueilENT"/>';
        if (scripted === 'timeout') {
          // Never answers; released when the server closes.
          await new Promise<void>((resolve) => pending.add(resolve));
          return void response.destroy();
        }
        const body = scripted === 'garbage' ? '<html><body>Erreur 500 <b>PRONOTE</b>' : scripted;
        return void response.writeHead(200, { 'content-type': 'application/xml; charset=utf-8' }).end(body);
      }
      if (here.pathname === '/pronote/') {
        if (!ticket) return void response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<h1>PRONOTE</h1><p>Connexion requise.</p>');
        const answer = await validate('serviceValidate', ticket);
        if (!answer.ok) return void response.writeHead(403, { 'content-type': 'text/html; charset=utf-8' }).end(`<h1>Accès refusé</h1><p>${answer.code}</p>`);
        const a = answer.attributes;
        const who = a.prenom && a.nom ? `${a.prenom} ${a.nom}` : answer.user;
        return void response
          .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
          .end(`<!doctype html><html lang="fr"><title>PRONOTE</title><h1>Bonjour ${who}</h1><p id="categorie">${a.categories ?? ''}</p></html>`);
      }
      response.writeHead(404).end();
    } catch (error) {
      response.writeHead(500).end(String(error));
    }
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/pronote/`;
  return {
    url,
    script,
    validations,
    close: async () => {
      for (const release of pending) release();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A `donneesUtilisateur` document as PRONOTE writes it (namespace, version, French decimals). */
export function eleveXml(pupil: { nom?: string; prenom?: string; body: string }, root: 'Eleve' = 'Eleve'): string {
  const names = pupil.nom ? `<Nom>${pupil.nom}</Nom><Prenom>${pupil.prenom}</Prenom>` : '';
  return `<?xml version="1.0" encoding="UTF-8"?><${root} xmlns="http://www.index-education.com/accueilENT" version="1.03">${names}${pupil.body}</${root}>`;
}

export function parentXml(children: { nom: string; prenom: string; id: string; body: string }[]): string {
  const eleves = children.map((c) => `<Eleve><Nom>${c.nom}</Nom><Prenom>${c.prenom}</Prenom><IdentifiantPronote>${c.id}</IdentifiantPronote>${c.body}</Eleve>`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?><Parent xmlns="http://www.index-education.com/accueilENT" version="1.03">${eleves}</Parent>`;
}
