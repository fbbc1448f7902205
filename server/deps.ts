import type { Store } from './store/index.ts';
import type { Sanitize } from './content/sanitize.ts';
import type { LoginLimits } from './http/limiter.ts';

/** Everything the app needs from outside, passed in by main.ts or by a test. */
export interface Deps {
  store: Store;
  sanitize: Sanitize;
  /** The time: tests pass a fixed one. */
  now: () => Date;
  /** The schools' time zone (IANA name, e.g. `Europe/Paris`, `America/Cayenne`). */
  timeZone: string;
  /** Seconds an anonymous response may be reused, by browsers, CDNs and our own cache. */
  publicMaxAge: number;
  /** Folders of files served as they are (the built elements and pages, demo media). */
  staticRoots?: { embed?: string; site?: string; media?: string };
  log: (message: string, error?: unknown) => void;
  /** Brakes on password guessing (default: 10 per login and address, 100 per login, per 15 min). */
  loginLimits?: LoginLimits;
  /**
   * The origin browsers see (`https://ent.example`), when a proxy in front rewrites
   * `Host`: state-changing requests must come from it. Unset: the request's own host.
   */
  publicOrigin?: string;
}
