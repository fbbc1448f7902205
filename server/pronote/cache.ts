/**
 * The summary of each user, kept briefly in this process (60 s by default): a personal
 * page reloaded, or opened in two tabs, asks PRONOTE once. Failures are kept a shorter
 * time (15 s) so a PRONOTE that is down is not asked on every page view.
 *
 * Several instances: each keeps its own copy. Nothing is shared because nothing needs
 * to be: the copies are read-only and short-lived, so a user served by two instances
 * costs PRONOTE at most one request per instance per minute, and every copy is the
 * user's own (keyed by site and user).
 */
import type { PronoteProvider, PronoteRequest, PronoteSummary } from './provider.ts';
import { derived, frozen } from '../reading/memo.ts';

interface Entry {
  /** When it was asked (epoch ms): a clock set back before it asks again. */
  from: number;
  expires: number;
  value: Promise<PronoteSummary>;
}

export function cachedProvider(provider: PronoteProvider, options: { now: () => Date; ttlSeconds?: number; failureTtlSeconds?: number; maxEntries?: number }): PronoteProvider {
  const ttl = (options.ttlSeconds ?? 60) * 1000;
  const failureTtl = (options.failureTtlSeconds ?? 15) * 1000;
  const maxEntries = options.maxEntries ?? 5000;
  const entries = new Map<string, Entry>();
  return {
    name: provider.name,
    summary(request: PronoteRequest): Promise<PronoteSummary> {
      // Everything the summary is made from: the user as the provider sees them (an admin's
      // preview is one synthetic user whatever profile it shows) and the settings.
      const { id, login, profile } = request.user;
      // The kept settings (the reading memo's) are written once, with them.
      const settings = derived(request.settings, 'pronote-cache-key', () => JSON.stringify(request.settings));
      const key = `${request.siteId}:${id}:${login}:${profile}:${settings}`;
      const now = options.now().getTime();
      const found = entries.get(key);
      if (found && found.from <= now && found.expires > now) return found.value;
      entries.delete(key);
      // Concurrent requests of one user share one call to PRONOTE. Frozen: the block made
      // from it is made once per summary (tiles/pronote.ts), never changed in place.
      const value = provider.summary(request).then(frozen);
      const entry: Entry = { from: now, expires: now + ttl, value };
      entries.set(key, entry);
      value.catch(() => {
        entry.expires = Math.min(entry.expires, options.now().getTime() + failureTtl);
      });
      while (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
      return value;
    },
  };
}
