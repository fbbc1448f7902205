/**
 * Content changes shared by every instance on one PostgreSQL: a change is announced
 * with NOTIFY on one channel (payload: the site id) and every instance LISTENs on a
 * connection of its own, then drops its copies of that site like a local change.
 *
 * What happens when things go wrong:
 * - A NOTIFY is sent after the write committed; PostgreSQL delivers it to every
 *   listening session, in commit order, within milliseconds.
 * - The listening connection drops (restart, failover): the instance reconnects with a
 *   growing delay, and on reconnecting treats every site as changed (it may have
 *   missed notifications meanwhile). Until then, other instances' writes reach it when
 *   its shared copies expire (TUILES_PUBLIC_MAX_AGE, 15 s by default).
 * - Sending fails: the local copies are dropped anyway; other instances catch up at
 *   expiry, as above. The failure is logged.
 */
import pg from 'pg';
import { localChanges, type ContentChanges } from './changes.ts';

export const CHANNEL = 'tuiles_content_changes';

export type SharedChanges = ContentChanges & { ready(): Promise<void> };

export function postgresChanges(url: string, log: (message: string, error?: unknown) => void): SharedChanges {
  const local = localChanges();
  const known = new Set<number>();
  let client: pg.Client | null = null;
  let closed = false;
  let delay = 250;
  let timer: NodeJS.Timeout | null = null;
  let connecting: Promise<void> | null = null;

  const connect = async () => {
    const next = new pg.Client({ connectionString: url });
    next.on('notification', (message) => {
      // Our own NOTIFYs come back too: they were applied locally already.
      if (message.processId === (next as unknown as { processID?: number }).processID) return;
      const siteId = Number(message.payload);
      if (Number.isInteger(siteId)) {
        known.add(siteId);
        local.receive(siteId);
      }
    });
    next.on('error', (error) => {
      if (client === next) client = null;
      if (!closed) {
        log(`content changes: PostgreSQL listener lost (${error.message}); reconnecting`);
        schedule();
      }
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${CHANNEL}`);
    } catch (error) {
      await next.end().catch(() => {});
      throw error;
    }
    // A listener must not keep a process alive that has nothing else to do.
    (next as unknown as { connection?: { stream?: { unref?(): void } } }).connection?.stream?.unref?.();
    if (closed) {
      await next.end().catch(() => {});
      return;
    }
    const reconnected = delay > 250;
    client = next;
    delay = 250;
    // Notifications sent while we were away are lost: everything may have changed.
    if (reconnected) for (const siteId of known) local.receive(siteId);
  };

  const schedule = () => {
    if (timer || closed) return;
    timer = setTimeout(() => {
      timer = null;
      connecting = connect().catch((error: Error & { code?: string }) => {
        // The database is gone for good (dropped): stop trying.
        if (error.code === '3D000') return log(`content changes: database gone, not listening any more (${error.message})`);
        delay = Math.min(delay * 2, 30_000);
        log(`content changes: cannot listen on PostgreSQL (${error.message}); retrying in ${delay} ms`);
        schedule();
      });
    }, delay);
    timer.unref();
  };

  connecting = connect().catch((error: Error) => {
    log(`content changes: cannot listen on PostgreSQL (${error.message}); retrying`, error);
    delay *= 2;
    schedule();
  });

  return {
    changed(siteId) {
      known.add(siteId);
      local.receive(siteId);
      const sender = client;
      if (!sender) return log(`content changes: not connected, site ${siteId} reaches other instances at expiry`);
      sender.query('SELECT pg_notify($1, $2)', [CHANNEL, String(siteId)]).catch((error: Error) => {
        log(`content changes: NOTIFY failed (${error.message}); other instances catch up at expiry`, error);
      });
    },
    version: local.version,
    onChange: local.onChange,
    /** Resolves once listening (or once the first attempt failed): tests and benches wait on it. */
    async ready() {
      await connecting;
    },
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      await connecting?.catch(() => {});
      const last = client;
      client = null;
      await last?.end().catch(() => {});
      await local.close();
    },
  };
}
