/**
 * Annonces, their targets, read receipts, the fonctions allowed to write them, the
 * e-mail queue and e-mail subscriptions.
 *
 * Targeting is a query: a user matches an annonce when one of its targets has every
 * given field equal to the user's (profile, niveau, fonction, one of their groups).
 * The same condition serves "my current annonces", "how many are targeted" and "who
 * gets the e-mail", so the three can never disagree.
 */
import { sql, type ExpressionBuilder, type Kysely, type Selectable } from 'kysely';
import type { AnnonceKind } from '../../contract/annonces.ts';
import type { IllustrationInput, Profile } from '../../contract/vocabulary.ts';
import { compiledOnce, type DirectReads } from './compiled.ts';
import type { Database, AnnoncesTable } from './schema.ts';

export interface StoredTarget {
  profile: Profile | null;
  niveau: string | null;
  fonction: string | null;
  groupId: number | null;
}

export interface Annonce {
  id: number;
  siteId: number;
  kind: AnnonceKind;
  title: string;
  body: string;
  link: string | null;
  illustration: IllustrationInput | null;
  start: string;
  end: string;
  email: boolean;
  authorId: number | null;
  createdAt: string;
  updatedAt: string;
  targets: StoredTarget[];
}

export type NewAnnonce = Omit<Annonce, 'id' | 'siteId' | 'createdAt' | 'updatedAt'>;

/**
 * What targeting reads of a user: every pupil of a class with the same groups is
 * targeted alike, so what they are shown can be read once for all of them.
 */
export interface Targeting {
  profile: string;
  niveau: string | null;
  fonction: string | null;
  groups: readonly number[];
}

/** A user as targeting and read receipts see them. */
export interface TargetedUser extends Targeting {
  id: number;
}

export interface QueuedEmail {
  id: number;
  annonceId: number;
  userId: number;
  attempts: number;
}

type Db = ExpressionBuilder<Database, 'annonces'>;

/** `target.field is null or target.field = value` for a value known in advance. */
const fieldMatches = (eb: ExpressionBuilder<Database, 'annonce_targets'>, field: 'profile' | 'niveau' | 'fonction', value: string | null) =>
  value === null ? eb(`annonce_targets.${field}`, 'is', null) : eb.or([eb(`annonce_targets.${field}`, 'is', null), eb(`annonce_targets.${field}`, '=', value)]);

/** Some target of the annonce in scope matches this user. */
function targetsUser(eb: Db, user: Targeting) {
  return eb.exists(
    eb
      .selectFrom('annonce_targets')
      .select(sql`1`.as('one'))
      .whereRef('annonce_targets.annonce_id', '=', 'annonces.id')
      .where((t) =>
        t.and([
          fieldMatches(t, 'profile', user.profile),
          fieldMatches(t, 'niveau', user.niveau),
          fieldMatches(t, 'fonction', user.fonction),
          user.groups.length === 0
            ? t('annonce_targets.group_id', 'is', null)
            : t.or([t('annonce_targets.group_id', 'is', null), t('annonce_targets.group_id', 'in', [...user.groups])]),
        ]),
      ),
  );
}

/** Some target of annonce `annonceId` matches the user row in scope (`users`). */
function userTargeted(eb: ExpressionBuilder<Database, 'users'>, annonceId: number) {
  const either = (field: 'profile' | 'niveau' | 'fonction') =>
    sql<boolean>`(${sql.ref(`annonce_targets.${field}`)} is null or ${sql.ref(`annonce_targets.${field}`)} = ${sql.ref(`users.${field}`)})`;
  return eb.exists(
    eb
      .selectFrom('annonce_targets')
      .select(sql`1`.as('one'))
      .where('annonce_targets.annonce_id', '=', annonceId)
      .where(either('profile'))
      .where(either('niveau'))
      .where(either('fonction'))
      .where((t) =>
        t.or([
          t('annonce_targets.group_id', 'is', null),
          t.exists(
            t
              .selectFrom('user_groups')
              .select(sql`1`.as('one'))
              .whereRef('user_groups.user_id', '=', 'users.id')
              .whereRef('user_groups.group_id', '=', 'annonce_targets.group_id'),
          ),
        ]),
      ),
  );
}

const truthy = (value: unknown) => value === true || Number(value) === 1;

export function annonceStore(db: Kysely<Database>, reads?: DirectReads) {
  // Compiled once per shape (compiled.ts): the targets of listed annonces, and below the
  // annonces a viewer is shown, read by every personal page.
  const targetRows = compiledOnce(
    { db, reads },
    (_shape, ...ids: number[]) => db.selectFrom('annonce_targets').selectAll().where('annonce_id', 'in', ids).orderBy('annonce_id').orderBy('position'),
    (...ids) => String(ids.length),
  );
  /** siteId, today, then the user as targeting reads it (targetsUser, no id), groups last. */
  type CurrentArgs = [number, string, string, string | null, string | null, ...number[]];
  const currentRows = compiledOnce(
    { db, reads },
    (shape: CurrentArgs, ...[siteId, today, profile, niveau, fonction, ...groups]: CurrentArgs) => {
      // The SQL differs for a null niveau or fonction (`is null`) and with the number of groups.
      const user: Targeting = { profile, niveau: shape[3] === null ? null : niveau, fonction: shape[4] === null ? null : fonction, groups };
      return db
        .selectFrom('annonces')
        .selectAll('annonces')
        .where('annonces.site_id', '=', siteId)
        .where('annonces.end_date', '>=', today)
        .where('annonces.start_date', '<=', today)
        .where((eb) => targetsUser(eb, user));
    },
    (...[, , , niveau, fonction, ...groups]: CurrentArgs) => `${niveau === null}|${fonction === null}|${groups.length}`,
  );
  /** userId, then the annonce ids asked about. */
  const readRows = compiledOnce(
    { db, reads },
    (_shape, userId: number, ...ids: number[]) =>
      db.selectFrom('annonce_reads').select('annonce_id').where('user_id', '=', userId).where('annonce_id', 'in', ids),
    (_userId, ...ids) => String(ids.length),
  );

  async function withTargets(rows: Selectable<AnnoncesTable>[]): Promise<Annonce[]> {
    if (rows.length === 0) return [];
    const targets = await targetRows(...rows.map((r) => r.id));
    return rows.map((row) => ({
      ...fieldsOf(row),
      targets: targets
        .filter((t) => t.annonce_id === row.id)
        .map((t) => ({ profile: t.profile as Profile | null, niveau: t.niveau, fonction: t.fonction, groupId: t.group_id })),
    }));
  }

  function fieldsOf(row: Selectable<AnnoncesTable>): Omit<Annonce, 'targets'> {
    return {
      id: row.id,
      siteId: row.site_id,
      kind: row.kind as AnnonceKind,
      title: row.title,
      body: row.body,
      link: row.link,
      illustration: row.illustration ? (JSON.parse(row.illustration) as IllustrationInput) : null,
      start: row.start_date,
      end: row.end_date,
      email: truthy(row.email),
      authorId: row.author_id,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
  }

  async function writeTargets(annonceId: number, targets: StoredTarget[]) {
    await db.deleteFrom('annonce_targets').where('annonce_id', '=', annonceId).execute();
    if (targets.length === 0) return;
    await db
      .insertInto('annonce_targets')
      .values(targets.map((t, position) => ({ annonce_id: annonceId, position, profile: t.profile, niveau: t.niveau, fonction: t.fonction, group_id: t.groupId })))
      .execute();
  }

  const columns = (a: NewAnnonce) => ({
    kind: a.kind,
    title: a.title,
    body: a.body,
    link: a.link,
    illustration: a.illustration ? JSON.stringify(a.illustration) : null,
    start_date: a.start,
    end_date: a.end,
    email: a.email ? 1 : 0,
    author_id: a.authorId,
  });

  return {
    async create(siteId: number, annonce: NewAnnonce, now: Date, createdAt = now): Promise<Annonce> {
      const row = await db
        .insertInto('annonces')
        .values({ site_id: siteId, ...columns(annonce), created_at: createdAt.toISOString(), updated_at: now.toISOString() })
        .returning('id')
        .executeTakeFirstOrThrow();
      await writeTargets(row.id, annonce.targets);
      return (await this.byId(siteId, row.id))!;
    },
    async update(siteId: number, id: number, annonce: NewAnnonce, now: Date): Promise<Annonce | null> {
      const { author_id: _, ...values } = columns(annonce);
      const result = await db
        .updateTable('annonces')
        .set({ ...values, updated_at: now.toISOString() })
        .where('site_id', '=', siteId)
        .where('id', '=', id)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) === 0) return null;
      await writeTargets(id, annonce.targets);
      return this.byId(siteId, id);
    },
    async delete(siteId: number, id: number): Promise<boolean> {
      const result = await db.deleteFrom('annonces').where('site_id', '=', siteId).where('id', '=', id).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
    async byId(siteId: number, id: number): Promise<Annonce | null> {
      const [annonce] = await withTargets(await db.selectFrom('annonces').selectAll().where('site_id', '=', siteId).where('id', '=', id).execute());
      return annonce ?? null;
    },
    /** Every annonce of the site, or only those of one author; newest first. */
    async list(siteId: number, authorId?: number): Promise<Annonce[]> {
      let query = db.selectFrom('annonces').selectAll().where('site_id', '=', siteId);
      if (authorId !== undefined) query = query.where('author_id', '=', authorId);
      return withTargets(await query.orderBy('start_date', 'desc').orderBy('id', 'desc').execute());
    },

    /**
     * The annonces shown on `today` (YYYY-MM-DD) to whoever is targeted as `targeting`:
     * read on every personal page, so without their targets (matched in SQL; who else
     * they are for is not the viewer's to know), and the same for every user targeted alike.
     */
    async currentForTargeting(siteId: number, targeting: Targeting, today: string): Promise<Omit<Annonce, 'targets'>[]> {
      const rows = await currentRows(siteId, today, targeting.profile, targeting.niveau, targeting.fonction, ...targeting.groups);
      return rows.map(fieldsOf);
    },

    /** Which of the annonces `ids` the user has read. */
    async readAmong(userId: number, ids: readonly number[]): Promise<Set<number>> {
      if (ids.length === 0) return new Set();
      return new Set((await readRows(userId, ...ids)).map((r) => r.annonce_id));
    },

    /** Whether annonce `id` is shown to `user` on `today`. */
    async isCurrentFor(siteId: number, id: number, user: TargetedUser, today: string): Promise<boolean> {
      const row = await db
        .selectFrom('annonces')
        .select('id')
        .where('site_id', '=', siteId)
        .where('id', '=', id)
        .where('end_date', '>=', today)
        .where('start_date', '<=', today)
        .where((eb) => targetsUser(eb, user))
        .executeTakeFirst();
      return row !== undefined;
    },

    /** Users of the site an annonce targets (today's accounts, whatever its window). */
    async targetedCount(siteId: number, annonceId: number): Promise<number> {
      const row = await db
        .selectFrom('users')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('users.site_id', '=', siteId)
        .where((eb) => userTargeted(eb, annonceId))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    /** Read receipts: one per user, whatever the number of clicks. */
    async markRead(annonceId: number, userId: number, now: Date): Promise<void> {
      await db
        .insertInto('annonce_reads')
        .values({ annonce_id: annonceId, user_id: userId, read_at: now.toISOString() })
        .onConflict((oc) => oc.columns(['annonce_id', 'user_id']).doNothing())
        .execute();
    },
    async readCount(annonceId: number): Promise<number> {
      const row = await db
        .selectFrom('annonce_reads')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('annonce_id', '=', annonceId)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
    async readers(annonceId: number): Promise<number[]> {
      const rows = await db.selectFrom('annonce_reads').select('user_id').where('annonce_id', '=', annonceId).orderBy('user_id').execute();
      return rows.map((r) => r.user_id);
    },

    /** The fonctions of `personnel` who may write annonces on this site. */
    async fonctions(siteId: number): Promise<string[]> {
      const rows = await db.selectFrom('annonce_fonctions').select('fonction').where('site_id', '=', siteId).orderBy('fonction').execute();
      return rows.map((r) => r.fonction);
    },
    async setFonctions(siteId: number, fonctions: readonly string[]): Promise<void> {
      await db.deleteFrom('annonce_fonctions').where('site_id', '=', siteId).execute();
      const unique = [...new Set(fonctions)];
      if (unique.length > 0) await db.insertInto('annonce_fonctions').values(unique.map((fonction) => ({ site_id: siteId, fonction }))).execute();
    },

    /**
     * Queues one e-mail per targeted user with an address who has not unsubscribed,
     * due at `dueAt`. Queuing again never makes a second message for the same person.
     */
    async queueEmails(siteId: number, annonceId: number, dueAt: Date): Promise<number> {
      const recipients = await db
        .selectFrom('users')
        .select('users.id')
        .where('users.site_id', '=', siteId)
        .where('users.email', 'is not', null)
        .where('users.email', '!=', '')
        .where((eb) => userTargeted(eb, annonceId))
        .where((eb) =>
          eb.not(
            eb.exists(
              eb
                .selectFrom('email_subscriptions')
                .select(sql`1`.as('one'))
                .whereRef('email_subscriptions.user_id', '=', 'users.id')
                .where('email_subscriptions.unsubscribed_at', 'is not', null),
            ),
          ),
        )
        .execute();
      if (recipients.length === 0) return 0;
      const result = await db
        .insertInto('annonce_emails')
        .values(recipients.map((r) => ({ annonce_id: annonceId, user_id: r.id, status: 'queued', next_at: dueAt.toISOString() })))
        .onConflict((oc) => oc.columns(['annonce_id', 'user_id']).doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? recipients.length);
    },

    /**
     * Takes up to `limit` due messages for this instance alone: they become `sending`
     * until `leaseUntil` (a crashed instance's messages come back after it). On
     * PostgreSQL the rows are locked and skipped by other instances (SKIP LOCKED); the
     * status test in the UPDATE itself keeps a row from being taken twice anyway.
     */
    async claimEmails(now: Date, leaseUntil: Date, limit: number, dialect: 'sqlite' | 'postgres'): Promise<QueuedEmail[]> {
      const at = now.toISOString();
      let due = db
        .selectFrom('annonce_emails')
        .select('id')
        .where('status', 'in', ['queued', 'sending'])
        .where('next_at', '<=', at)
        .orderBy('next_at')
        .orderBy('id')
        .limit(limit);
      if (dialect === 'postgres') due = due.forUpdate().skipLocked();
      const rows = await db
        .updateTable('annonce_emails')
        .set((eb) => ({ status: 'sending', next_at: leaseUntil.toISOString(), attempts: eb('attempts', '+', 1) }))
        .where('id', 'in', due)
        .where('status', 'in', ['queued', 'sending'])
        .where('next_at', '<=', at)
        .returning(['id', 'annonce_id', 'user_id', 'attempts'])
        .execute();
      return rows.map((r) => ({ id: r.id, annonceId: r.annonce_id, userId: r.user_id, attempts: Number(r.attempts) }));
    },
    async emailSent(id: number, now: Date): Promise<void> {
      await db.updateTable('annonce_emails').set({ status: 'sent', sent_at: now.toISOString(), last_error: null }).where('id', '=', id).execute();
    },
    async emailFailed(id: number, error: string, retryAt: Date | null): Promise<void> {
      await db
        .updateTable('annonce_emails')
        .set(retryAt ? { status: 'queued', next_at: retryAt.toISOString(), last_error: error } : { status: 'failed', last_error: error })
        .where('id', '=', id)
        .execute();
    },
    /** Drops a message that has nothing left to send (recipient gone, unsubscribed). */
    async emailDropped(id: number, reason: string): Promise<void> {
      await db.updateTable('annonce_emails').set({ status: 'dropped', last_error: reason }).where('id', '=', id).execute();
    },
    async emailsOf(annonceId: number) {
      return db.selectFrom('annonce_emails').selectAll().where('annonce_id', '=', annonceId).orderBy('id').execute();
    },

    /** The user's unsubscribe token, made on first use. */
    async subscriptionToken(userId: number, fresh: () => string): Promise<string> {
      await db
        .insertInto('email_subscriptions')
        .values({ user_id: userId, token: fresh(), unsubscribed_at: null })
        .onConflict((oc) => oc.column('user_id').doNothing())
        .execute();
      const row = await db.selectFrom('email_subscriptions').select('token').where('user_id', '=', userId).executeTakeFirstOrThrow();
      return row.token;
    },
    async subscriptionByToken(token: string): Promise<{ userId: number; unsubscribed: boolean } | null> {
      const row = await db.selectFrom('email_subscriptions').selectAll().where('token', '=', token).executeTakeFirst();
      return row ? { userId: row.user_id, unsubscribed: row.unsubscribed_at !== null } : null;
    },
    async isUnsubscribed(userId: number): Promise<boolean> {
      const row = await db.selectFrom('email_subscriptions').select('unsubscribed_at').where('user_id', '=', userId).executeTakeFirst();
      return row?.unsubscribed_at != null;
    },
    /** Stops every e-mail to this user, including those already queued. */
    async unsubscribe(token: string, now: Date): Promise<boolean> {
      const row = await db.selectFrom('email_subscriptions').select('user_id').where('token', '=', token).executeTakeFirst();
      if (!row) return false;
      await db.updateTable('email_subscriptions').set({ unsubscribed_at: now.toISOString() }).where('token', '=', token).where('unsubscribed_at', 'is', null).execute();
      await db.updateTable('annonce_emails').set({ status: 'dropped', last_error: 'désabonné' }).where('user_id', '=', row.user_id).where('status', '=', 'queued').execute();
      return true;
    },
  };
}
