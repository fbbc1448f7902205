/**
 * Annonces by e-mail against a real SMTP server started here (smtp-server): one message
 * per target with an address, the text and a working unsubscribe link; SMTP down:
 * retried, then marked failed, and the rest keeps working.
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';
import { backends } from '../support/backends.ts';
import { testApp } from '../support/harness.ts';
import { passwordHash, schoolDocument } from '../support/fixtures.ts';
import { smtpMailer } from '../../../server/annonces/mail.ts';
import { emailQueue } from '../../../server/annonces/email-queue.ts';

interface Received {
  rcptTo: string[];
  raw: string;
}

async function startSmtp() {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({ rcptTo: session.envelope.rcptTo.map((a) => a.address), raw: Buffer.concat(chunks).toString('utf8') });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return { received, port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** A port nothing listens on: one the system just handed out and took back. */
async function closedPort(): Promise<number> {
  const smtp = await startSmtp();
  await smtp.close();
  return smtp.port;
}

/** Headers (unfolded, encoded words decoded) and every text part decoded. */
function decode(raw: string) {
  const [head] = raw.split(/\r?\n\r?\n/);
  const words = (s: string) =>
    s.replace(/=\?utf-8\?([QB])\?([^?]*)\?=\s*/gi, (_, enc: string, text: string) =>
      enc.toUpperCase() === 'B' ? Buffer.from(text, 'base64').toString('utf8') : Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8'),
    );
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const i = line.indexOf(':');
    headers.set(line.slice(0, i).toLowerCase(), words(line.slice(i + 1).trim()));
  }
  const parts = raw.split(/\r?\n--[^\r\n]+/).slice(1);
  const bodies = parts.map((part) => {
    const [partHead, ...rest] = part.split(/\r?\n\r?\n/);
    const body = rest.join('\n\n');
    if (/quoted-printable/i.test(partHead)) {
      return Buffer.from(body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8');
    }
    if (/base64/i.test(partHead)) return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
    return body;
  });
  return { headers, text: bodies.join('\n') };
}

function document() {
  const doc = schoolDocument();
  doc.users = doc.users!.map((u) => (u.login === 'eleve' ? { ...u, email: 'eleve@example.org' } : u.login === 'prof' ? { ...u, email: 'prof@example.org' } : u));
  doc.users.push(
    { login: 'eleve-bis', passwordHash, displayName: 'Élève Bis', profile: 'eleve', niveau: '6e', email: 'eleve.bis@example.org' },
    { login: 'eleve-sans', passwordHash, displayName: 'Élève Sans', profile: 'eleve', niveau: '6e' },
  );
  return doc;
}

const BASE = 'http://localhost/api/sites/college-test/annonces';
const post = (body: unknown, cookie: string): RequestInit => ({ method: 'POST', headers: { 'Content-Type': 'application/json', Cookie: cookie }, body: JSON.stringify(body) });
const annonce = (title: string) => ({
  kind: 'alerte',
  title,
  body: '<p>Le collège ferme à <strong>midi</strong> & rouvre lundi.</p>',
  start: '2026-11-23',
  end: '2026-11-30',
  targets: [{ profile: 'eleve', niveau: '6e' }],
  email: true,
});

for (const backend of backends) {
  describe(`annonces by e-mail (${backend.name})`, () => {
    let smtp: Awaited<ReturnType<typeof startSmtp>>;
    before(async () => {
      smtp = await startSmtp();
    });
    after(() => smtp.close());

    it('sends one message per target with an address, with the text and an unsubscribe link that works without login', async () => {
      smtp.received.length = 0;
      const mailer = smtpMailer({ url: `smtp://127.0.0.1:${smtp.port}`, from: 'Collège Test <ne-pas-repondre@college.example>', linkBase: 'http://localhost' });
      const t = await testApp(backend, document(), { mailer });
      try {
        const admin = await t.login('admin');
        assert.equal((await t.request(BASE, post(annonce('Fermeture exceptionnelle'), admin))).status, 201);
        // Two instances run the worker at once: each message still leaves once.
        const deps = { store: t.store, mailer, now: t.deps.now, log: t.deps.log };
        const [a, b] = await Promise.all([emailQueue(deps).runOnce(), emailQueue(deps).runOnce()]);
        assert.equal(a.sent + b.sent, 2);
        assert.equal(smtp.received.length, 2);
        assert.deepEqual(smtp.received.map((m) => m.rcptTo).sort(), [['eleve.bis@example.org'], ['eleve@example.org']]);
        for (const message of smtp.received) {
          const { headers, text } = decode(message.raw);
          assert.equal(headers.get('to'), message.rcptTo[0], 'one recipient, named alone');
          assert.equal(headers.get('cc'), undefined);
          assert.equal(headers.get('bcc'), undefined);
          assert.equal(headers.get('subject'), '[Collège Test] Alerte : Fermeture exceptionnelle');
          assert.match(text, /Le collège ferme à midi & rouvre lundi\./);
          const link = /http:\/\/localhost\/desabonnement\/[A-Za-z0-9_-]+/.exec(text)?.[0];
          assert.ok(link, 'an unsubscribe link');
          assert.match(text, /Se désabonner des e-mails/);
          assert.equal(headers.get('list-unsubscribe'), `<${link}>`);
        }

        // « Se désabonner » without logging in: the page, then the button.
        const eleveMessage = smtp.received.find((m) => m.rcptTo[0] === 'eleve@example.org')!;
        const link = /http:\/\/localhost\/desabonnement\/[A-Za-z0-9_-]+/.exec(decode(eleveMessage.raw).text)![0];
        const page = await t.request(link);
        assert.equal(page.status, 200);
        assert.match(await page.text(), /<form method="post"><button type="submit">Me désabonner<\/button>/);
        assert.equal(await t.store.annonces.isUnsubscribed((await t.store.users.list((await t.store.sites.bySlug('college-test'))!.id)).find((u) => u.login === 'eleve')!.id), false, 'showing the page changes nothing');
        const done = await t.request(link, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
        assert.equal(done.status, 200);
        assert.match(await done.text(), /Vous ne recevez plus les annonces par e-mail/);
        assert.equal((await t.request('http://localhost/desabonnement/AAAAAAAAAAAAAAAAAAAAAAAA', { method: 'POST' })).status, 404);

        smtp.received.length = 0;
        assert.equal((await t.request(BASE, post(annonce('Deuxième annonce'), admin))).status, 201);
        await emailQueue(deps).runOnce();
        assert.deepEqual(smtp.received.map((m) => m.rcptTo), [['eleve.bis@example.org']], 'the unsubscribed pupil gets no more e-mail');
      } finally {
        await t.drop();
      }
    });

    it('sends a scheduled annonce when its window opens, not before', async () => {
      smtp.received.length = 0;
      const mailer = smtpMailer({ url: `smtp://127.0.0.1:${smtp.port}`, from: 'ne-pas-repondre@college.example', linkBase: 'http://localhost' });
      const t = await testApp(backend, document(), { mailer });
      try {
        const admin = await t.login('admin');
        assert.equal((await t.request(BASE, post({ ...annonce('Plus tard'), start: '2026-11-25' }, admin))).status, 201);
        const queue = emailQueue({ store: t.store, mailer, now: t.deps.now, log: t.deps.log });
        assert.equal((await queue.runOnce()).sent, 0);
        t.setNow(new Date('2026-11-24T23:00:00Z')); // midnight, Paris
        assert.equal((await queue.runOnce()).sent, 2);
      } finally {
        await t.drop();
      }
    });

    it('retries while the SMTP server is down, then marks the messages failed; the rest keeps working', async () => {
      const mailer = smtpMailer({ url: `smtp://127.0.0.1:${await closedPort()}`, from: 'ne-pas-repondre@college.example', linkBase: 'http://localhost', timeoutMs: 2000 });
      const t = await testApp(backend, document(), { mailer });
      try {
        const admin = await t.login('admin');
        const created = await t.request(BASE, post(annonce('Pendant la panne'), admin));
        assert.equal(created.status, 201, 'creating an annonce does not wait for SMTP');
        const { id } = (await created.json()) as { id: string };
        const queue = emailQueue({ store: t.store, mailer, now: t.deps.now, log: t.deps.log }, { maxAttempts: 3, backoffMs: (n) => n * 60_000 });
        const start = t.deps.now().getTime();

        assert.deepEqual(await queue.runOnce(), { sent: 0, retry: 2, failed: 0, dropped: 0 });
        assert.deepEqual(await queue.runOnce(), { sent: 0, retry: 0, failed: 0, dropped: 0 }, 'not before the backoff');
        t.setNow(new Date(start + 60_000));
        assert.deepEqual(await queue.runOnce(), { sent: 0, retry: 2, failed: 0, dropped: 0 });
        t.setNow(new Date(start + 60_000 + 2 * 60_000));
        assert.deepEqual(await queue.runOnce(), { sent: 0, retry: 0, failed: 2, dropped: 0 });
        const rows = await t.store.annonces.emailsOf(Number(id));
        assert.deepEqual(rows.map((r) => [r.status, Number(r.attempts)]), [['failed', 3], ['failed', 3]]);
        assert.ok(rows.every((r) => r.last_error && r.last_error.length > 0));
        t.setNow(new Date(start + 3_600_000));
        assert.deepEqual(await queue.runOnce(), { sent: 0, retry: 0, failed: 0, dropped: 0 }, 'failed messages stay failed');

        const eleve = await t.login('eleve');
        const current = await t.getJson(`${BASE}/current`, eleve);
        assert.equal(current.res.status, 200);
        assert.deepEqual(current.body.tile.data.items.map((i: { title: string }) => i.title), ['Pendant la panne']);
        assert.equal((await t.request(`${BASE}/${id}/read`, { method: 'POST', headers: { Cookie: eleve } })).status, 200);
      } finally {
        await t.drop();
      }
    });
  });
}
