/**
 * Where the Pronote block's data comes from: a `PronoteProvider`. The real one asks
 * PRONOTE.net (pronote-net.ts); the demo one (demo.ts) feeds the demo school.
 */
import type { PronotePupil, PronoteSettings } from '../../contract/tiles/pronote.ts';
import type { Profile } from '../../contract/vocabulary.ts';

export interface PronoteRequest {
  siteId: number;
  user: { id: number; login: string; displayName: string; profile: Profile };
  settings: PronoteSettings;
  now: Date;
}

/** Every list complete and sorted (latest first; homework soonest first); the resolver cuts. */
export interface PronoteSummary {
  pupils: PronotePupil[];
}

export interface PronoteProvider {
  /** `demo` or `pronote`: says in logs and docs which one answers. */
  readonly name: string;
  summary(request: PronoteRequest): Promise<PronoteSummary>;
}

/** PRONOTE could not be reached, timed out, refused the ticket or answered garbage. */
export class PronoteUnavailable extends Error {}
