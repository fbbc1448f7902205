/** The first schema: sites, people, rubriques and rights, articles, events, pages, sessions. */
import type { Kysely } from 'kysely';
import type { Dialect } from '../dialect.ts';
import { tableWithKey, textType } from './columns.ts';

export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  const text = textType(dialect);
  const table = (name: string, key = 'id') => tableWithKey(db, dialect, name, key);

  await table('sites')
    .addColumn('slug', text, (c) => c.notNull().unique())
    .addColumn('name', text, (c) => c.notNull())
    .addColumn('peertube_hosts', text, (c) => c.notNull().defaultTo('[]'))
    .addColumn('created_at', text, (c) => c.notNull())
    .execute();

  await table('groups')
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    .addColumn('slug', text, (c) => c.notNull())
    .addColumn('name', text, (c) => c.notNull())
    .addUniqueConstraint('groups_site_slug', ['site_id', 'slug'])
    .execute();

  await table('users')
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    .addColumn('login', text, (c) => c.notNull())
    .addColumn('password_hash', text, (c) => c.notNull())
    .addColumn('display_name', text, (c) => c.notNull())
    .addColumn('profile', text, (c) => c.notNull())
    .addColumn('niveau', text)
    .addColumn('fonction', text)
    .addUniqueConstraint('users_site_login', ['site_id', 'login'])
    .execute();
  await db.schema.createIndex('users_login').on('users').column('login').execute();

  await db.schema
    .createTable('user_groups')
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('group_id', 'integer', (c) => c.notNull().references('groups.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('user_groups_pk', ['user_id', 'group_id'])
    .execute();

  await table('rubriques')
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    .addColumn('slug', text, (c) => c.notNull())
    .addColumn('title', text, (c) => c.notNull())
    .addColumn('parent_id', 'integer', (c) => c.references('rubriques.id').onDelete('cascade'))
    .addColumn('visibility', text, (c) => c.notNull())
    .addColumn('blog', 'integer', (c) => c.notNull())
    .addColumn('agenda', 'integer', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addUniqueConstraint('rubriques_site_slug', ['site_id', 'slug'])
    .execute();

  await table('rights')
    .addColumn('rubrique_id', 'integer', (c) => c.notNull().references('rubriques.id').onDelete('cascade'))
    .addColumn('profile', text)
    .addColumn('group_id', 'integer', (c) => c.references('groups.id').onDelete('cascade'))
    .addColumn('user_id', 'integer', (c) => c.references('users.id').onDelete('cascade'))
    .addColumn('role', text, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('rights_rubrique').on('rights').column('rubrique_id').execute();

  await table('articles', 'seq')
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    .addColumn('id', text, (c) => c.notNull())
    .addColumn('rubrique_id', 'integer', (c) => c.notNull().references('rubriques.id').onDelete('cascade'))
    .addColumn('title', text, (c) => c.notNull())
    .addColumn('summary', text, (c) => c.notNull())
    .addColumn('body', text, (c) => c.notNull())
    .addColumn('status', text, (c) => c.notNull())
    .addColumn('published_at', text, (c) => c.notNull())
    .addColumn('updated_at', text, (c) => c.notNull())
    .addColumn('activity_at', text, (c) => c.notNull())
    .addColumn('author_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('illustration', text)
    .addUniqueConstraint('articles_site_id', ['site_id', 'id'])
    .execute();
  // The feed index: one rubrique's published articles, newest activity first. The
  // news query walks it per rubrique and stops after `max` rows.
  await db.schema
    .createIndex('articles_feed')
    .on('articles')
    .columns(['rubrique_id', 'status', 'activity_at', 'id'])
    .execute();

  await table('events', 'seq')
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    .addColumn('id', text, (c) => c.notNull())
    .addColumn('rubrique_id', 'integer', (c) => c.notNull().references('rubriques.id').onDelete('cascade'))
    .addColumn('title', text, (c) => c.notNull())
    .addColumn('summary', text, (c) => c.notNull())
    .addColumn('location', text, (c) => c.notNull())
    .addColumn('start_at', text, (c) => c.notNull())
    .addColumn('end_at', text, (c) => c.notNull())
    .addColumn('all_day', 'integer', (c) => c.notNull())
    .addUniqueConstraint('events_site_id', ['site_id', 'id'])
    .execute();
  await db.schema.createIndex('events_upcoming').on('events').columns(['rubrique_id', 'end_at']).execute();

  await db.schema
    .createTable('pages')
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    .addColumn('kind', text, (c) => c.notNull())
    .addColumn('tiles', text, (c) => c.notNull())
    .addColumn('updated_at', text, (c) => c.notNull())
    .addPrimaryKeyConstraint('pages_pk', ['site_id', 'kind'])
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('token_hash', text, (c) => c.primaryKey())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', text, (c) => c.notNull())
    .addColumn('expires_at', text, (c) => c.notNull())
    .execute();
}
