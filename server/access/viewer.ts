import type { Profile } from '../../contract/vocabulary.ts';

/** Who is asking. Built once per request from the session, before anything is read. */
export type Viewer =
  | { kind: 'anonymous' }
  | {
      kind: 'user';
      id: number;
      siteId: number;
      login: string;
      displayName: string;
      profile: Profile;
      niveau: string | null;
      fonction: string | null;
      groups: number[];
    };

export const anonymous: Viewer = { kind: 'anonymous' };
