import type { Database } from 'better-sqlite3';

/**
 * The schema, as numbered steps. A step, once released, never changes: a later change is a
 * new step. The number of the last applied step is kept in `PRAGMA user_version`.
 *
 * Plain CREATE (no IF NOT EXISTS) on purpose: a step that ran twice fails loudly instead of
 * hiding a bookkeeping bug.
 */
export interface Migration {
  version: number;
  description: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'actors, persons, relationships, geography and the revision counter',
    sql: `
      CREATE TABLE meta (
        key   TEXT PRIMARY KEY NOT NULL,
        value INTEGER NOT NULL
      ) WITHOUT ROWID;
      INSERT INTO meta (key, value) VALUES ('revision', 0);

      CREATE TABLE actors (
        id                TEXT PRIMARY KEY NOT NULL,
        external_id       TEXT UNIQUE,
        name              TEXT NOT NULL,
        search_key        TEXT NOT NULL,
        category          TEXT NOT NULL,
        subcategory       TEXT,
        municipality_code TEXT,
        region_code       TEXT,
        email             TEXT,
        phone             TEXT,
        website           TEXT,
        languages         TEXT NOT NULL,
        dimensions        TEXT NOT NULL,
        tags              TEXT NOT NULL,
        description       TEXT,
        created_at        TEXT NOT NULL,
        updated_at        TEXT NOT NULL,
        version           INTEGER NOT NULL
      );
      -- (search_key, id) is the page order of findActors, so keyset paging walks this index.
      CREATE INDEX actors_search_key ON actors (search_key, id);
      CREATE INDEX actors_region ON actors (region_code);
      CREATE INDEX actors_municipality ON actors (municipality_code);
      CREATE INDEX actors_category ON actors (category);

      CREATE TABLE persons (
        id          TEXT PRIMARY KEY NOT NULL,
        external_id TEXT UNIQUE,
        actor_id    TEXT NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
        name        TEXT NOT NULL,
        title       TEXT,
        email       TEXT,
        phone       TEXT,
        legal_basis TEXT NOT NULL,
        source      TEXT,
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL,
        version     INTEGER NOT NULL
      );
      CREATE INDEX persons_actor ON persons (actor_id);

      -- pair_key is the tie's identity: type and ends, the ends sorted for a symmetric type.
      -- Its UNIQUE index is what refuses a duplicate tie, in either direction.
      CREATE TABLE relationships (
        id         TEXT PRIMARY KEY NOT NULL,
        source_id  TEXT NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
        target_id  TEXT NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
        type       TEXT NOT NULL,
        pair_key   TEXT NOT NULL UNIQUE,
        strength   INTEGER NOT NULL,
        since      TEXT,
        note       TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version    INTEGER NOT NULL
      );
      CREATE INDEX relationships_source ON relationships (source_id);
      CREATE INDEX relationships_target ON relationships (target_id);

      -- position keeps the order the geography was saved in.
      CREATE TABLE regions (
        code     TEXT PRIMARY KEY NOT NULL,
        position INTEGER NOT NULL,
        name_fi  TEXT NOT NULL,
        name_sv  TEXT NOT NULL
      );
      CREATE TABLE municipalities (
        code                  TEXT PRIMARY KEY NOT NULL,
        position              INTEGER NOT NULL,
        name_fi               TEXT NOT NULL,
        name_sv               TEXT,
        region_code           TEXT NOT NULL,
        sub_region_code       TEXT NOT NULL,
        sub_region_name_fi    TEXT NOT NULL,
        wellbeing_county_code TEXT NOT NULL,
        elinvoimakeskus_code  TEXT NOT NULL,
        language_status_code  TEXT NOT NULL,
        language_status_fi    TEXT NOT NULL
      );
      -- Wellbeing services counties and elinvoimakeskukset: both are named areas.
      CREATE TABLE areas (
        kind     TEXT NOT NULL,
        code     TEXT NOT NULL,
        position INTEGER NOT NULL,
        name_fi  TEXT NOT NULL,
        name_sv  TEXT NOT NULL,
        PRIMARY KEY (kind, code)
      ) WITHOUT ROWID;
    `,
  },
  {
    version: 2,
    description: 'events, invitations and action plans',
    sql: `
      -- An event is one aggregate: its own columns, the programme as JSON, and the rows below
      -- for every reference to an actor or person, so that deletes cascade through them.
      CREATE TABLE events (
        id                TEXT PRIMARY KEY NOT NULL,
        kind              TEXT NOT NULL,
        status            TEXT NOT NULL,
        title             TEXT NOT NULL,
        date              TEXT NOT NULL,
        end_date          TEXT,
        start_time        TEXT,
        end_time          TEXT,
        place             TEXT,
        municipality_code TEXT,
        region_code       TEXT,
        description       TEXT,
        profile_id        TEXT,
        programme         TEXT NOT NULL,
        created_at        TEXT NOT NULL,
        updated_at        TEXT NOT NULL,
        version           INTEGER NOT NULL
      );
      CREATE INDEX events_region ON events (region_code, date);
      CREATE INDEX events_date ON events (date, start_time, id);

      CREATE TABLE event_organisers (
        event_id           TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        actor_id           TEXT NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
        position           INTEGER NOT NULL,
        tasks              TEXT NOT NULL,
        cost_share_percent REAL,
        note               TEXT,
        PRIMARY KEY (event_id, actor_id)
      ) WITHOUT ROWID;
      CREATE INDEX event_organisers_actor ON event_organisers (actor_id);

      -- A speaker of the programme who is in the register: (item, position) in the JSON.
      CREATE TABLE event_speakers (
        event_id  TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        item      INTEGER NOT NULL,
        position  INTEGER NOT NULL,
        actor_id  TEXT NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
        person_id TEXT REFERENCES persons (id) ON DELETE CASCADE,
        PRIMARY KEY (event_id, item, position)
      ) WITHOUT ROWID;
      CREATE INDEX event_speakers_actor ON event_speakers (actor_id);
      CREATE INDEX event_speakers_person ON event_speakers (person_id);

      -- The UNIQUE indexes are the list's no-duplicates rule: one person once, one address
      -- once, and an actor without a contact person once (NULLs never collide).
      CREATE TABLE invitations (
        id         TEXT PRIMARY KEY NOT NULL,
        event_id   TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        actor_id   TEXT NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
        person_id  TEXT REFERENCES persons (id) ON DELETE CASCADE,
        email_key  TEXT,
        status     TEXT NOT NULL,
        history    TEXT NOT NULL,
        note       TEXT,
        seq        INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version    INTEGER NOT NULL
      );
      CREATE UNIQUE INDEX invitations_person ON invitations (event_id, person_id);
      CREATE UNIQUE INDEX invitations_email ON invitations (event_id, email_key);
      CREATE UNIQUE INDEX invitations_actor_only ON invitations (event_id, actor_id)
        WHERE person_id IS NULL;
      CREATE INDEX invitations_event ON invitations (event_id, seq);
      CREATE INDEX invitations_actor ON invitations (actor_id);

      CREATE TABLE plans (
        id                TEXT PRIMARY KEY NOT NULL,
        title             TEXT NOT NULL,
        region_code       TEXT,
        municipality_code TEXT,
        period_start      INTEGER NOT NULL,
        period_end        INTEGER NOT NULL,
        description       TEXT,
        goals             TEXT NOT NULL,
        measures          TEXT NOT NULL,
        created_at        TEXT NOT NULL,
        updated_at        TEXT NOT NULL,
        version           INTEGER NOT NULL
      );
      CREATE INDEX plans_region ON plans (region_code);

      -- An actor's role in a measure: (measure, role, position) in the measures JSON.
      CREATE TABLE plan_roles (
        plan_id  TEXT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
        measure  INTEGER NOT NULL,
        role     TEXT NOT NULL,
        position INTEGER NOT NULL,
        actor_id TEXT NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
        PRIMARY KEY (plan_id, measure, role, position)
      ) WITHOUT ROWID;
      CREATE INDEX plan_roles_actor ON plan_roles (actor_id);
    `,
  },
  {
    version: 3,
    description: "users' own gap-analysis profiles",
    sql: `
      -- The definition is JSON the analysis's profile schema has checked; the store keeps it whole.
      CREATE TABLE profiles (
        id         TEXT PRIMARY KEY NOT NULL,
        definition TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version    INTEGER NOT NULL
      ) WITHOUT ROWID;
    `,
  },
  {
    version: 4,
    description: 'user accounts and their sessions',
    sql: `
      -- regions is a JSON list of region codes, or the text 'all'.
      CREATE TABLE users (
        id            TEXT PRIMARY KEY NOT NULL,
        email         TEXT NOT NULL UNIQUE,
        name          TEXT NOT NULL,
        role          TEXT NOT NULL CHECK (role IN ('admin', 'editor', 'viewer')),
        regions       TEXT NOT NULL,
        password_hash TEXT,
        disabled      INTEGER NOT NULL CHECK (disabled IN (0, 1)),
        created_at    TEXT NOT NULL,
        updated_at    TEXT NOT NULL,
        version       INTEGER NOT NULL
      ) WITHOUT ROWID;

      CREATE TABLE sessions (
        id           TEXT PRIMARY KEY NOT NULL,
        user_id      TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        created_at   TEXT NOT NULL,
        last_seen_at TEXT NOT NULL
      ) WITHOUT ROWID;
      CREATE INDEX sessions_user ON sessions (user_id);
    `,
  },
  {
    version: 5,
    description: 'the append-only audit log',
    sql: `
      CREATE TABLE audit_log (
        seq        INTEGER PRIMARY KEY AUTOINCREMENT,
        at         TEXT NOT NULL,
        user_id    TEXT,
        user_email TEXT,
        action     TEXT NOT NULL,
        entity     TEXT NOT NULL,
        entity_id  TEXT,
        before     TEXT,
        after      TEXT,
        detail     TEXT
      );
      CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);

      -- Append-only, whatever the code above it does.
      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
    `,
  },
  {
    version: 6,
    description: "contact persons' review dates",
    sql: `
      ALTER TABLE persons ADD COLUMN review_date TEXT;
      CREATE INDEX persons_review_date ON persons (review_date);
    `,
  },
  {
    version: 7,
    description: "a contact person's invitations found by person (the GDPR export)",
    sql: `
      -- invitations_person leads with event_id, so it cannot find a person's rows alone.
      CREATE INDEX invitations_person_id ON invitations (person_id);
    `,
  },
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.at(-1)?.version ?? 0;

/**
 * Applies the steps the database has not seen, all in one transaction, and returns their
 * numbers. Refuses a database written by a newer release rather than guess at its schema.
 */
export function migrate(db: Database): number[] {
  return db
    .transaction(() => {
      const current = db.pragma('user_version', { simple: true }) as number;
      if (current > LATEST_SCHEMA_VERSION) {
        throw new Error(
          `The database has schema version ${current}, newer than this release knows ` +
            `(${LATEST_SCHEMA_VERSION}). Use a newer release of Verkosto.`,
        );
      }
      const pending = MIGRATIONS.filter((m) => m.version > current);
      for (const migration of pending) {
        db.exec(migration.sql);
        // PRAGMA takes no bound parameters; the value is an integer from the list above.
        db.pragma(`user_version = ${migration.version}`);
      }
      return pending.map((m) => m.version);
    })
    .immediate();
}
