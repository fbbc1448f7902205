import { expect } from '@open-wc/testing';
import { FetchError, request, statusOf } from '../../../components/core/api.ts';
import { failureMessage, unreachable as unreachableMessage } from '../../../site/shared.ts';
import { json, pendingFetch, restoreFetch, stubFetch, unreachable } from '../fixtures.ts';

const URL = 'https://ent.example/api/thing';

async function failure(promise: Promise<unknown>): Promise<FetchError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(FetchError);
    return error as FetchError;
  }
  throw new Error('expected the call to fail');
}

describe('request (components/core/api.ts)', () => {
  afterEach(restoreFetch);

  it('gets JSON without cookies and without a content type', async () => {
    const calls = stubFetch(() => json({ ok: 1 }));
    expect(await request(URL)).to.deep.equal({ ok: 1 });
    expect(calls[0].init?.method).to.equal('GET');
    expect(calls[0].init?.credentials).to.equal('omit');
    expect(calls[0].init?.body).to.equal(undefined);
    expect(calls[0].init?.headers).to.deep.equal({ accept: 'application/json' });
  });

  for (const method of ['POST', 'PUT', 'PATCH', 'DELETE'] as const) {
    it(`sends a ${method} with a JSON body and the credentials asked for`, async () => {
      const calls = stubFetch(() => json({ saved: true }));
      const answer = await request(URL, { method, body: { title: 'Agenda' }, credentials: 'same-origin' });
      expect(answer).to.deep.equal({ saved: true });
      expect(calls[0].init?.method).to.equal(method);
      expect(calls[0].init?.credentials).to.equal('same-origin');
      expect(calls[0].init?.body).to.equal('{"title":"Agenda"}');
      expect(calls[0].init?.headers).to.deep.equal({ accept: 'application/json', 'content-type': 'application/json' });
    });
  }

  it('resolves with null on 204 No Content', async () => {
    stubFetch(() => new Response(null, { status: 204 }));
    expect(await request(URL, { method: 'DELETE' })).to.equal(null);
  });

  it("carries the server's status, code, message and fields", async () => {
    stubFetch(() =>
      json({ error: { code: 'invalid', message: 'Données invalides', fields: { password: 'Obligatoire' } } }, 400),
    );
    const error = await failure(request(URL, { method: 'POST', body: {} }));
    expect([error.status, error.code, error.message]).to.deep.equal([400, 'invalid', 'Données invalides']);
    expect(error.fields).to.deep.equal({ password: 'Obligatoire' });
    expect(statusOf(error)).to.equal(400);
  });

  it('keeps the status when the error is not JSON (a proxy page)', async () => {
    stubFetch(() => new Response('<h1>Bad gateway</h1>', { status: 502 }));
    const error = await failure(request(URL));
    expect([error.status, error.code, error.message]).to.deep.equal([502, undefined, 'HTTP 502']);
    expect(error.fields).to.deep.equal({});
  });

  it('reports status 0 when the server cannot be reached', async () => {
    stubFetch(unreachable);
    expect((await failure(request(URL))).status).to.equal(0);
  });

  it('rejects an answer that is not JSON', async () => {
    stubFetch(() => new Response('not json', { status: 200 }));
    expect((await failure(request(URL))).message).to.equal('invalid JSON');
  });

  it('rethrows an abort as it is, not as a failure', async () => {
    stubFetch(pendingFetch().answer);
    const controller = new AbortController();
    const call = request(URL, { signal: controller.signal });
    controller.abort();
    const error = await call.then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).to.be.instanceOf(DOMException);
    expect(statusOf(error)).to.equal(0);
  });
});

describe('failureMessage (site/shared.ts)', () => {
  it("shows the server's own message", () => {
    expect(failureMessage(new FetchError(401, 'Identifiant ou mot de passe incorrect.', 'unauthorized'))).to.equal(
      'Identifiant ou mot de passe incorrect.',
    );
  });

  it('names the status in French when the server sent no JSON error', () => {
    expect(failureMessage(new FetchError(502, 'HTTP 502'))).to.equal('Le serveur a répondu 502. Réessayez dans un moment.');
  });

  it('says the server is unreachable when no answer came, or on any other error', () => {
    expect(failureMessage(new FetchError(0, 'server unreachable'))).to.equal(unreachableMessage);
    expect(failureMessage(new TypeError('x'))).to.equal(unreachableMessage);
    expect(unreachableMessage).to.equal('Le serveur est injoignable. Vérifiez votre connexion, puis réessayez.');
  });
});
