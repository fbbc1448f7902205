/** Annonces as the routes and the tile send them. */
import type { AnnonceKind, ManagedAnnonce } from '../../contract/annonces.ts';
import type { Annonce } from '../store/annonces.ts';
import type { Group, User } from '../store/index.ts';

export const kindLabels: Record<AnnonceKind, string> = {
  information: 'Information',
  avertissement: 'Avertissement',
  alerte: 'Alerte',
};

/** Targets with group slugs, as authors write them. */
export function targetsOut(annonce: Annonce, groups: readonly Group[]): ManagedAnnonce['targets'] {
  const slugOf = new Map(groups.map((g) => [g.id, g.slug]));
  return annonce.targets.map((t) => ({
    ...(t.profile ? { profile: t.profile } : {}),
    ...(t.niveau ? { niveau: t.niveau } : {}),
    ...(t.fonction ? { fonction: t.fonction } : {}),
    ...(t.groupId !== null ? { group: slugOf.get(t.groupId)! } : {}),
  }));
}

export function toManaged(
  annonce: Annonce,
  groups: readonly Group[],
  author: Pick<User, 'login' | 'displayName'> | null,
  counts: ManagedAnnonce['counts'],
): ManagedAnnonce {
  return {
    id: String(annonce.id),
    kind: annonce.kind,
    title: annonce.title,
    body: annonce.body,
    link: annonce.link,
    illustration: annonce.illustration,
    start: annonce.start,
    end: annonce.end,
    targets: targetsOut(annonce, groups),
    email: annonce.email,
    author: author ? { login: author.login, displayName: author.displayName } : null,
    createdAt: annonce.createdAt,
    updatedAt: annonce.updatedAt,
    counts,
  };
}
