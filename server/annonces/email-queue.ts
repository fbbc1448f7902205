/**
 * The e-mail queue of annonces, in the database: one row per (annonce, recipient).
 * Every instance may run the worker; a row is claimed atomically (UPDATE … RETURNING,
 * with SKIP LOCKED on PostgreSQL) so two instances never send the same message. A
 * failed send is retried with a growing delay, then marked `failed`; nothing else
 * waits on it.
 */
import { randomBytes } from 'node:crypto';
import type { Store, Site } from '../store/index.ts';
import type { Mailer, OutgoingMessage } from './mail.ts';
import type { Annonce } from '../store/annonces.ts';
import { kindLabels } from './wire.ts';

export interface EmailQueueOptions {
  /** Attempts before a message is marked failed. */
  maxAttempts?: number;
  /** Delay before the next attempt, after `attempt` failures. */
  backoffMs?: (attempt: number) => number;
  /** How long a claimed message stays with this instance before another may take it. */
  leaseMs?: number;
  batch?: number;
}

/** 1 min, 5 min, 25 min, 2 h... */
export const defaultBackoff = (attempt: number) => 60_000 * 5 ** (attempt - 1);

export interface QueueDeps {
  store: Store;
  mailer: Mailer;
  now: () => Date;
  log: (message: string, error?: unknown) => void;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };

/** The sanitized body as plain text, for the text part of the message. */
export function htmlToText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li|h[1-6])>/gi, '\n')
    .replace(/<li[^>]*>/gi, '- ')
    .replace(/<[^>]+>/g, '')
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => entities[name])
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function annonceMessage(annonce: Annonce, site: Site, to: string, links: { unsubscribe: string; annonce: string | null }): OutgoingMessage {
  const kind = kindLabels[annonce.kind];
  const text = [
    `${kind} — ${annonce.title}`,
    '',
    htmlToText(annonce.body),
    ...(links.annonce ? ['', `En savoir plus : ${links.annonce}`] : []),
    '',
    '--',
    `${site.name}`,
    `Se désabonner des e-mails : ${links.unsubscribe}`,
  ].join('\n');
  const html = `<!doctype html><html lang="fr"><body>
<p><strong>${escapeHtml(kind)}</strong></p>
<h1>${escapeHtml(annonce.title)}</h1>
${annonce.body}
${links.annonce ? `<p><a href="${escapeHtml(links.annonce)}">En savoir plus</a></p>` : ''}
<hr><p>${escapeHtml(site.name)} — <a href="${escapeHtml(links.unsubscribe)}">Se désabonner des e-mails</a></p>
</body></html>`;
  return {
    to,
    subject: `[${site.name}] ${kind} : ${annonce.title}`,
    text,
    html,
    headers: {
      // RFC 8058: mail clients offer a one-click unsubscribe that POSTs to this URL.
      'List-Unsubscribe': `<${links.unsubscribe}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
  };
}

export const newToken = () => randomBytes(24).toString('base64url');

export function emailQueue(deps: QueueDeps, options: EmailQueueOptions = {}) {
  const maxAttempts = options.maxAttempts ?? 5;
  const backoff = options.backoffMs ?? defaultBackoff;
  const leaseMs = options.leaseMs ?? 10 * 60_000;
  const batch = options.batch ?? 20;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> | undefined;

  async function sendOne(row: { id: number; annonceId: number; userId: number; attempts: number }): Promise<'sent' | 'retry' | 'failed' | 'dropped'> {
    const { store } = deps;
    const user = await store.users.byId(row.userId);
    const site = user ? await store.sites.byId(user.siteId) : null;
    const annonce = site ? await store.annonces.byId(site.id, row.annonceId) : null;
    if (!user || !site || !annonce || !user.email) {
      await store.annonces.emailDropped(row.id, 'destinataire ou annonce disparus');
      return 'dropped';
    }
    if (await store.annonces.isUnsubscribed(user.id)) {
      await store.annonces.emailDropped(row.id, 'désabonné');
      return 'dropped';
    }
    const token = await store.annonces.subscriptionToken(user.id, newToken);
    const base = deps.mailer.linkBase;
    const link = annonce.link && /^https?:\/\//i.test(annonce.link) ? annonce.link : `${base}/moi`;
    const message = annonceMessage(annonce, site, user.email, { unsubscribe: `${base}/desabonnement/${token}`, annonce: link });
    try {
      await deps.mailer.send(message);
      await store.annonces.emailSent(row.id, deps.now());
      return 'sent';
    } catch (error) {
      const reason = (error as Error).message ?? String(error);
      if (row.attempts >= maxAttempts) {
        await store.annonces.emailFailed(row.id, reason, null);
        deps.log(`e-mail ${row.id} (annonce ${row.annonceId}) failed after ${row.attempts} attempts`, error);
        return 'failed';
      }
      await store.annonces.emailFailed(row.id, reason, new Date(deps.now().getTime() + backoff(row.attempts)));
      return 'retry';
    }
  }

  /** Sends every message due now; returns what happened to each. */
  async function runOnce() {
    const counts = { sent: 0, retry: 0, failed: 0, dropped: 0 };
    for (;;) {
      const now = deps.now();
      const claimed = await deps.store.annonces.claimEmails(now, new Date(now.getTime() + leaseMs), batch, deps.store.dialect);
      if (claimed.length === 0) return counts;
      for (const row of claimed) counts[await sendOne(row)]++;
    }
  }

  return {
    runOnce,
    /** Polls every `intervalMs`; one run at a time per instance. */
    start(intervalMs = 15_000) {
      timer ??= setInterval(() => {
        if (running) return;
        running = runOnce()
          .catch((error) => deps.log('e-mail queue', error))
          .finally(() => (running = undefined));
      }, intervalMs);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
      await running;
    },
  };
}
