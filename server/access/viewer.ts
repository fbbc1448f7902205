import type { User } from '../store/index.ts';

/** Who is asking. Built once per request from the session, before anything is read. */
export type Viewer = { kind: 'anonymous' } | ({ kind: 'user' } & User);

export const anonymous: Viewer = { kind: 'anonymous' };
