/**
 * The CAS server's few human pages, rendered on the server, script-free: the login
 * form (spec 2.1.3: `username`, `password`, `lt`, and `service` when given, posted back
 * to /cas/login), "already logged in", "logged out", and "service not allowed".
 */
import { html } from 'hono/html';

export const casPageHeaders: Record<string, string> = {
  'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'private, no-store',
  'Referrer-Policy': 'no-referrer',
};

const layout = (title: string, content: unknown) => html`<!doctype html>
<html lang="fr">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title}</title>
    <style>
      body { font: 1.0625rem/1.5 system-ui, sans-serif; margin: 0; color: #1b1f24; background: #f6f7f9; }
      main { max-width: 26rem; margin: 2rem auto; padding: 1.5rem; background: #fff; border-radius: 8px; box-shadow: 0 1px 3px #0002; }
      h1 { font-size: 1.5rem; margin-top: 0; }
      label { display: block; font-weight: 600; margin: 1rem 0 .25rem; }
      input { box-sizing: border-box; width: 100%; font: inherit; padding: .5rem; border: 1px solid #6b7580; border-radius: 4px; }
      button { margin-top: 1.25rem; font: inherit; font-weight: 600; padding: .6rem 1.2rem; color: #fff; background: #0b5cad; border: 0; border-radius: 4px; cursor: pointer; }
      :focus-visible { outline: 3px solid #0b5cad; outline-offset: 2px; }
      .error { color: #a4262c; background: #fdecee; padding: .5rem .75rem; border-radius: 4px; }
      .hint { color: #555d66; }
      a { color: #0b5cad; }
      @media (prefers-color-scheme: dark) { body { background: #111418; color: #e8eaed; } main { background: #1b1f24; }
        .hint { color: #b4bcc4; } a { color: #8cc4ff; } .error { background: #3a1d20; color: #ffb3b8; } }
    </style>
  </head>
  <body>
    <main>${content}</main>
  </body>
</html>`;

export interface LoginFormState {
  lt: string;
  service?: string;
  serviceName?: string;
  renew?: boolean;
  username?: string;
  error?: string;
}

export const loginPage = (state: LoginFormState) =>
  layout(
    'Connexion',
    html`<h1>Se connecter</h1>
      ${state.serviceName ? html`<p class="hint">pour accéder à ${state.serviceName}</p>` : ''}
      ${state.error ? html`<p class="error" role="alert" id="erreur">${state.error}</p>` : ''}
      <form method="post" action="/cas/login">
        <label for="username">Identifiant</label>
        <input id="username" name="username" autocomplete="username" required value="${state.username ?? ''}"
          ${state.error ? html`aria-describedby="erreur"` : ''} />
        <label for="password">Mot de passe</label>
        <input id="password" name="password" type="password" autocomplete="current-password" required />
        <input type="hidden" name="lt" value="${state.lt}" />
        ${state.service ? html`<input type="hidden" name="service" value="${state.service}" />` : ''}
        ${state.renew ? html`<input type="hidden" name="renew" value="true" />` : ''}
        <button type="submit">Se connecter</button>
      </form>`,
  );

export const messagePage = (title: string, message: string, link?: { href: string; label: string }) =>
  layout(title, html`<h1>${title}</h1><p>${message}</p>${link ? html`<p><a href="${link.href}">${link.label}</a></p>` : ''}`);
