/**
 * Login through an OpenID Connect provider, end to end over real HTTP on 127.0.0.1:
 * Tuiles (the relying party, openid-client) against a local `oidc-provider` started
 * here, its login step answered by the test (the account it authenticates is chosen
 * per test). Authorization code flow with PKCE, state and nonce.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';
import { backends } from '../support/backends.ts';
import { sessionCookie, ssoTuiles } from '../support/sso-server.ts';
import type { IdentityProviderInput } from '../../../server/auth/identities.ts';

const SITE = 'college-test';

const accounts: Record<string, Record<string, unknown>> = {
  'acad-prof-7': { given_name: 'Henri', family_name: 'Poincaré', name: 'Henri Poincaré', affiliation: ['teacher'], classes: ['profs'] },
  'acad-agent-9': { given_name: 'Marie', family_name: 'Curie', name: 'Marie Curie', affiliation: ['staff'] },
  'acad-other': { given_name: 'Ana', family_name: 'Nyme', name: 'Ana Nyme', affiliation: ['retired'] },
};

/** A local provider; the test says which account its login step authenticates. */
async function startProvider() {
  let handler: (req: IncomingMessage, res: ServerResponse) => void = () => undefined;
  const server = createServer((req, res) => handler(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const state = { account: 'acad-prof-7' };
  return {
    origin,
    state,
    configure(redirectUri: string) {
      const provider = new Provider(origin, {
        clients: [{ client_id: 'tuiles', client_secret: 'secret-de-test', redirect_uris: [redirectUri], response_types: ['code'], grant_types: ['authorization_code'] }],
        claims: { openid: ['sub'], profile: ['name', 'given_name', 'family_name'], edu: ['affiliation', 'classes'] },
        scopes: ['openid', 'profile', 'edu'],
        findAccount: async (_ctx: unknown, sub: string) => (accounts[sub] ? { accountId: sub, claims: async () => ({ sub, ...accounts[sub] }) } : undefined),
        features: { devInteractions: { enabled: false } },
        interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
        cookies: { keys: ['clé-de-test'] },
        // A first-party client: consent is given once and for all.
        loadExistingGrant: async (ctx: any) => {
          const grantId = ctx.oidc.result?.consent?.grantId || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
          if (grantId) return ctx.oidc.provider.Grant.find(grantId);
          const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
          grant.addOIDCScope('openid profile edu');
          await grant.save();
          return grant;
        },
      } as any);
      const callback = provider.callback();
      handler = (req, res) => {
        if (req.url?.startsWith('/interaction/')) {
          // The login page, answered at once for the chosen account.
          void provider.interactionFinished(req, res, { login: { accountId: state.account } }, { mergeWithLastSubmission: false });
          return;
        }
        callback(req, res);
      };
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const provider = (origin: string): IdentityProviderInput => ({
  slug: 'academie',
  kind: 'oidc',
  label: 'Académie',
  settings: { issuer: origin, clientId: 'tuiles', clientSecret: 'secret-de-test', scope: 'openid profile edu' },
  mapping: {
    displayName: ['given_name', 'family_name'],
    profile: { attribute: 'affiliation', values: { teacher: 'enseignant', staff: 'personnel' } },
    groups: { attribute: 'classes' },
  },
});

/** Cookies of one origin, for the browser's part of the flow. */
class Jar {
  private cookies = new Map<string, string>();
  take(res: Response) {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair.indexOf('=');
      const value = pair.slice(at + 1);
      if (value === '' || /max-age=0|expires=thu, 01 jan 1970/i.test(line)) this.cookies.delete(pair.slice(0, at));
      else this.cookies.set(pair.slice(0, at), value);
    }
  }
  header = () => [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  get = (name: string) => this.cookies.get(name);
}

for (const backend of backends) {
  describe(`OpenID Connect login through a local oidc-provider (${backend.name})`, () => {
    let tuiles: Awaited<ReturnType<typeof ssoTuiles>>;
    let idp: Awaited<ReturnType<typeof startProvider>>;

    before(async () => {
      idp = await startProvider();
      tuiles = await ssoTuiles(backend, () => [provider(idp.origin)]);
      idp.configure(`${tuiles.origin}/auth/oidc/${SITE}/academie/callback`);
    });
    after(async () => {
      await tuiles.close();
      await idp.close();
    });

    /** A browser from the login link to the provider's redirect back: the callback URL and Tuiles' cookies. */
    async function toCallback(account: string) {
      idp.state.account = account;
      const ours = new Jar();
      const theirs = new Jar();
      const start = await fetch(`${tuiles.origin}/auth/oidc/${SITE}/academie/login`, { redirect: 'manual' });
      assert.equal(start.status, 302);
      ours.take(start);
      let location = start.headers.get('location')!;
      assert.ok(location.startsWith(`${idp.origin}/auth?`), location);
      const authorize = new URL(location).searchParams;
      assert.equal(authorize.get('code_challenge_method'), 'S256');
      assert.ok(authorize.get('state') && authorize.get('nonce') && authorize.get('code_challenge'));
      for (let hops = 0; !location.startsWith(tuiles.origin); hops++) {
        assert.ok(hops < 10, 'too many redirects at the provider');
        const res = await fetch(new URL(location, idp.origin), { redirect: 'manual', headers: { Cookie: theirs.header() } });
        theirs.take(res);
        assert.ok(res.status >= 300 && res.status < 400, `${res.status} ${await res.text()}`);
        location = new URL(res.headers.get('location')!, idp.origin).href;
      }
      return { callback: location, cookies: ours };
    }
    const finish = (callback: string, cookies: Jar) => fetch(callback, { redirect: 'manual', headers: { Cookie: cookies.header() } });
    const me = (cookie: string) => fetch(`${tuiles.origin}/api/me`, { headers: { Cookie: cookie } });
    const userCount = async () => (await tuiles.store.users.list((await tuiles.store.sites.bySlug(SITE))!.id)).length;

    async function assertRefused(res: Response, reason: RegExp) {
      assert.equal(res.status, 401);
      assert.equal(sessionCookie(res), null, 'no session');
      assert.match(await res.text(), /Connexion impossible/);
      assert.match(tuiles.first.logs.at(-1) ?? '', reason);
    }

    test('the login form lists the provider', async () => {
      const list = await (await fetch(`${tuiles.origin}/api/sites/${SITE}/identity-providers`)).json();
      assert.deepEqual(list, [{ slug: 'academie', kind: 'oidc', label: 'Académie', loginUrl: `/auth/oidc/${SITE}/academie/login` }]);
    });

    test('a first login creates the user from the claims; a second reuses it', async () => {
      const before = await userCount();
      const { callback, cookies } = await toCallback('acad-prof-7');
      const res = await finish(callback, cookies);
      assert.equal(res.status, 303, tuiles.first.logs.join('\n'));
      assert.equal(res.headers.get('location'), `/moi?site=${SITE}`);
      const who = await (await me(sessionCookie(res)!)).json();
      assert.equal(who.displayName, 'Henri Poincaré');
      assert.equal(who.profile, 'enseignant');
      assert.equal(who.login, 'henri.poincare');
      const [user] = await tuiles.store.users.byLogin('henri.poincare');
      const profs = (await tuiles.store.users.groups(user.siteId)).find((g) => g.slug === 'profs')!;
      assert.deepEqual(user.groups, [profs.id]);
      assert.equal(await userCount(), before + 1);

      const again = await toCallback('acad-prof-7');
      const second = await finish(again.callback, again.cookies);
      assert.equal(second.status, 303);
      assert.equal((await (await me(sessionCookie(second)!)).json()).login, 'henri.poincare');
      assert.equal(await userCount(), before + 1);
    });

    test('a staff member gets the personnel profile', async () => {
      const { callback, cookies } = await toCallback('acad-agent-9');
      const who = await (await me(sessionCookie(await finish(callback, cookies))!)).json();
      assert.equal(who.profile, 'personnel');
    });

    test('an affiliation the mapping does not know is refused', async () => {
      const before = await userCount();
      const { callback, cookies } = await toCallback('acad-other');
      await assertRefused(await finish(callback, cookies), /no profile for "retired"/);
      assert.equal(await userCount(), before);
    });

    test('a wrong state is refused', async () => {
      const { callback, cookies } = await toCallback('acad-prof-7');
      const url = new URL(callback);
      url.searchParams.set('state', 'pas-le-bon');
      await assertRefused(await finish(url.href, cookies), /state missing or not this browser/);
    });

    test('a callback in another browser than the one that started the login is refused', async () => {
      const { callback } = await toCallback('acad-prof-7');
      await assertRefused(await finish(callback, new Jar()), /state missing or not this browser/);
    });

    test('a callback replayed is refused: the state is taken once', async () => {
      const { callback, cookies } = await toCallback('acad-prof-7');
      assert.equal((await finish(callback, cookies)).status, 303);
      await assertRefused(await finish(callback, cookies), /unknown or expired state/);
    });

    test('an ID token whose nonce is not the one this login sent is refused', async () => {
      const { callback, cookies } = await toCallback('acad-prof-7');
      // The login under way, as stored: its nonce replaced, as if the code came from another login.
      const key = `oidc:${new URL(callback).searchParams.get('state')}`;
      const row = await tuiles.handle.db.selectFrom('sso_pending').select('data').where('key', '=', key).executeTakeFirstOrThrow();
      const data = JSON.parse(row.data);
      await tuiles.handle.db.updateTable('sso_pending').set({ data: JSON.stringify({ ...data, nonce: 'un-autre-nonce' }) }).where('key', '=', key).execute();
      await assertRefused(await finish(callback, cookies), /nonce/);
    });

    test('a code exchanged with another login\'s PKCE verifier is refused', async () => {
      const { callback, cookies } = await toCallback('acad-prof-7');
      const key = `oidc:${new URL(callback).searchParams.get('state')}`;
      const row = await tuiles.handle.db.selectFrom('sso_pending').select('data').where('key', '=', key).executeTakeFirstOrThrow();
      const data = JSON.parse(row.data);
      await tuiles.handle.db.updateTable('sso_pending').set({ data: JSON.stringify({ ...data, verifier: 'x'.repeat(64) }) }).where('key', '=', key).execute();
      await assertRefused(await finish(callback, cookies), /invalid_grant|PKCE|verif/i);
    });
  });
}
