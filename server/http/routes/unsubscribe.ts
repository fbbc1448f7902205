/**
 * « Se désabonner des e-mails », without logging in: the link in every e-mail carries
 * the recipient's token. GET shows a page with a button (mail scanners follow links:
 * a GET must not unsubscribe anyone); POST unsubscribes, from that button or from a
 * mail client's one-click unsubscribe (RFC 8058). The token alone is the authority, so
 * no same-origin check applies. Unknown token: 404.
 */
import { Hono } from 'hono';
import type { Deps } from '../../deps.ts';

const page = (title: string, body: string) => `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${title}</title>
<style>body{font-family:system-ui,sans-serif;max-width:36em;margin:3em auto;padding:0 1em;line-height:1.5;color:#1d2430}
button{font:inherit;padding:.5em 1em;border-radius:.4em;border:1px solid #0b5cad;background:#0b5cad;color:#fff;cursor:pointer}
button:focus-visible{outline:3px solid #1d2430;outline-offset:2px}</style></head>
<body><main><h1>${title}</h1>${body}</main></body></html>`;

const html = (body: string, status: 200 | 404 = 200) =>
  new Response(body, {
    status,
    headers: { 'Content-Type': 'text/html; charset=UTF-8', 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer', 'X-Robots-Tag': 'noindex' },
  });

const unknown = () => html(page('Lien inconnu', "<p>Ce lien de désabonnement n'est pas valide. Vérifiez qu'il est complet.</p>"), 404);

export function unsubscribeRoutes(deps: Deps) {
  const app = new Hono();
  const validToken = (token: string) => /^[A-Za-z0-9_-]{16,100}$/.test(token);

  app.get('/desabonnement/:token', async (c) => {
    const token = c.req.param('token');
    const subscription = validToken(token) ? await deps.store.annonces.subscriptionByToken(token) : null;
    if (!subscription) return unknown();
    if (subscription.unsubscribed) return html(page('Désabonnement confirmé', '<p>Vous ne recevez plus les annonces par e-mail.</p>'));
    return html(
      page(
        'Se désabonner des e-mails',
        `<p>Vous ne recevrez plus les annonces de l'établissement par e-mail. Elles restent visibles sur votre page personnelle.</p>
<form method="post"><button type="submit">Me désabonner</button></form>`,
      ),
    );
  });

  app.post('/desabonnement/:token', async (c) => {
    const token = c.req.param('token');
    if (!validToken(token) || !(await deps.store.annonces.unsubscribe(token, deps.now()))) return unknown();
    return html(page('Désabonnement confirmé', '<p>Vous ne recevez plus les annonces par e-mail.</p>'));
  });

  return app;
}
