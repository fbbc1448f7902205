/** TUILES_PRONOTE -> the provider: the demo one or PRONOTE.net, each behind a short cache, or none. */
import type { Store } from '../store/index.ts';
import type { PronoteProvider } from './provider.ts';
import { demoPronoteProvider } from './demo.ts';
import { pronoteNetProvider } from './pronote-net.ts';
import { cachedProvider } from './cache.ts';

export function pronoteProviderFor(
  choice: 'demo' | 'pronote' | 'off',
  deps: { store: Store; now: () => Date; timeZone: string },
): PronoteProvider | undefined {
  if (choice === 'off') return undefined;
  // The demo behind the same short cache as PRONOTE.net: the demo school costs what a real one does.
  if (choice === 'demo') return cachedProvider(demoPronoteProvider, { now: deps.now });
  return cachedProvider(pronoteNetProvider(deps), { now: deps.now });
}
