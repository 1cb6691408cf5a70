import {
  ACTOR_COLUMNS,
  NETWORK_TIE_COLUMNS,
  PERSON_COLUMNS,
  RELATIONSHIP_COLUMNS,
} from './row-mapping';

/**
 * Every SQL statement the adapter runs, as fixed text with bound parameters. The only
 * composed statements are findActors/loadNetwork filters, and those are joined from the
 * fixed fragments in actor-filter.ts.
 *
 * A list parameter (@ids, @keys, @refs) is one JSON array read with json_each, which keeps
 * a long list clear of SQLite's bound-variable limit.
 */

export const META_SQL = {
  revision: `SELECT value FROM meta WHERE key = 'revision'`,
  bumpRevision: `UPDATE meta SET value = value + 1 WHERE key = 'revision'`,
  counts: `
    SELECT (SELECT count(*) FROM actors) AS actors,
           (SELECT count(*) FROM persons) AS persons,
           (SELECT count(*) FROM relationships) AS relationships`,
} as const;

export const ACTOR_SQL = {
  count: `SELECT count(*) AS n FROM actors`,
  byId: `SELECT ${ACTOR_COLUMNS} FROM actors WHERE id = ?`,
  byExternalId: `SELECT ${ACTOR_COLUMNS} FROM actors WHERE external_id = ?`,
  byIds: `
    SELECT ${ACTOR_COLUMNS} FROM actors WHERE id IN (SELECT value FROM json_each(@ids))
    ORDER BY search_key, id`,
  byExternalIds: `
    SELECT ${ACTOR_COLUMNS} FROM actors
    WHERE external_id IN (SELECT value FROM json_each(@ids))`,
  version: `SELECT version FROM actors WHERE id = ?`,
  exists: `SELECT 1 FROM actors WHERE id = ?`,
  /** An external id names an actor before an id does, as ActorRef promises. */
  resolveRefs: `
    SELECT refs.value AS ref,
           coalesce((SELECT id FROM actors WHERE external_id = refs.value),
                    (SELECT id FROM actors WHERE id = refs.value)) AS id
    FROM json_each(@refs) AS refs`,
  insert: `
    INSERT INTO actors (
      id, external_id, name, search_key, category, subcategory, municipality_code, region_code,
      email, phone, website, languages, dimensions, tags, description,
      created_at, updated_at, version
    ) VALUES (
      @id, @externalId, @name, @searchKey, @category, @subcategory, @municipalityCode,
      @regionCode, @email, @phone, @website, @languages, @dimensions, @tags, @description,
      @now, @now, 1
    )`,
  update: `
    UPDATE actors SET
      name = @name, search_key = @searchKey, category = @category, subcategory = @subcategory,
      municipality_code = @municipalityCode, region_code = @regionCode, email = @email,
      phone = @phone, website = @website, languages = @languages, dimensions = @dimensions,
      tags = @tags, description = @description, updated_at = @now, version = version + 1
    WHERE id = @id`,
  delete: `DELETE FROM actors WHERE id = ?`,
} as const;

/** Statements over the actors a filter selects; `where` comes from actorFilterSql. */
export const FILTERED_SQL = {
  count: (where: string) => `SELECT count(*) AS n FROM actors WHERE ${where}`,
  /** Keyset paging: the rows after the cursor in (search_key, id) order. */
  page: (where: string, afterCursor: boolean) => `
    SELECT ${ACTOR_COLUMNS} FROM actors
    WHERE ${where}${afterCursor ? ' AND (search_key, id) > (@afterKey, @afterId)' : ''}
    ORDER BY search_key, id
    LIMIT @limit`,
  network: (where: string) => `
    SELECT ${ACTOR_COLUMNS} FROM actors WHERE ${where} ORDER BY search_key, id`,
} as const;

export const PERSON_SQL = {
  byId: `SELECT ${PERSON_COLUMNS} FROM persons WHERE id = ?`,
  byExternalId: `SELECT ${PERSON_COLUMNS} FROM persons WHERE external_id = ?`,
  byExternalIds: `
    SELECT ${PERSON_COLUMNS} FROM persons
    WHERE external_id IN (SELECT value FROM json_each(@ids))`,
  byActor: `SELECT ${PERSON_COLUMNS} FROM persons WHERE actor_id = ? ORDER BY name, id`,
  dueForReview: `
    SELECT ${PERSON_COLUMNS} FROM persons
    WHERE review_date IS NULL OR review_date < ?
    ORDER BY review_date IS NOT NULL, review_date, name, id`,
  version: `SELECT version FROM persons WHERE id = ?`,
  insert: `
    INSERT INTO persons (
      id, external_id, actor_id, name, title, email, phone, legal_basis, source,
      created_at, updated_at, version, review_date
    ) VALUES (
      @id, @externalId, @actorId, @name, @title, @email, @phone, @legalBasis, @source,
      @now, @now, 1, @reviewDate
    )`,
  update: `
    UPDATE persons SET
      actor_id = @actorId, name = @name, title = @title, email = @email, phone = @phone,
      legal_basis = @legalBasis, source = @source, review_date = @reviewDate,
      updated_at = @now, version = version + 1
    WHERE id = @id`,
  delete: `DELETE FROM persons WHERE id = ?`,
} as const;

export const RELATIONSHIP_SQL = {
  byId: `SELECT ${RELATIONSHIP_COLUMNS} FROM relationships WHERE id = ?`,
  /** What an import compares: the stored values of the ties it names (read by position). */
  valuesByPairKeys: `
    SELECT id, pair_key, strength, since, note FROM relationships
    WHERE pair_key IN (SELECT value FROM json_each(@keys))`,
  /** The second half leaves out a self-tie, which the first half has already returned. */
  byActor: `
    SELECT ${RELATIONSHIP_COLUMNS} FROM relationships WHERE source_id = @id
    UNION ALL
    SELECT ${RELATIONSHIP_COLUMNS} FROM relationships WHERE target_id = @id AND source_id <> @id
    ORDER BY created_at, id`,
  /** Ties with at least one end among @ids, each once. */
  touching: `
    SELECT ${NETWORK_TIE_COLUMNS} FROM relationships
    WHERE source_id IN (SELECT value FROM json_each(@ids))
    UNION ALL
    SELECT ${NETWORK_TIE_COLUMNS} FROM relationships
    WHERE target_id IN (SELECT value FROM json_each(@ids))
      AND source_id NOT IN (SELECT value FROM json_each(@ids))`,
  /** Every tie, for the whole register or a scope that holds most of it. */
  all: `SELECT ${NETWORK_TIE_COLUMNS} FROM relationships`,
  version: `SELECT version FROM relationships WHERE id = ?`,
  insert: `
    INSERT INTO relationships (
      id, source_id, target_id, type, pair_key, strength, since, note,
      created_at, updated_at, version
    ) VALUES (
      @id, @sourceId, @targetId, @type, @pairKey, @strength, @since, @note, @now, @now, 1
    )`,
  update: `
    UPDATE relationships SET
      strength = @strength, since = @since, note = @note, updated_at = @now,
      version = version + 1
    WHERE id = @id`,
  delete: `DELETE FROM relationships WHERE id = ?`,
} as const;

export const GEOGRAPHY_SQL = {
  clearRegions: `DELETE FROM regions`,
  clearMunicipalities: `DELETE FROM municipalities`,
  clearAreas: `DELETE FROM areas`,
  insertRegion: `
    INSERT INTO regions (code, position, name_fi, name_sv)
    VALUES (@code, @position, @nameFi, @nameSv)`,
  insertMunicipality: `
    INSERT INTO municipalities (
      code, position, name_fi, name_sv, region_code, sub_region_code, sub_region_name_fi,
      wellbeing_county_code, elinvoimakeskus_code, language_status_code, language_status_fi
    ) VALUES (
      @code, @position, @nameFi, @nameSv, @regionCode, @subRegionCode, @subRegionNameFi,
      @wellbeingCountyCode, @elinvoimakeskusCode, @languageStatusCode, @languageStatusFi
    )`,
  insertArea: `
    INSERT INTO areas (kind, code, position, name_fi, name_sv)
    VALUES (@kind, @code, @position, @nameFi, @nameSv)`,
  regions: `SELECT code, name_fi AS nameFi, name_sv AS nameSv FROM regions ORDER BY position`,
  municipalities: `
    SELECT code, name_fi AS nameFi, name_sv AS nameSv, region_code AS regionCode,
           sub_region_code AS subRegionCode, sub_region_name_fi AS subRegionNameFi,
           wellbeing_county_code AS wellbeingCountyCode,
           elinvoimakeskus_code AS elinvoimakeskusCode,
           language_status_code AS languageStatusCode, language_status_fi AS languageStatusFi
    FROM municipalities ORDER BY position`,
  areas: `
    SELECT code, name_fi AS nameFi, name_sv AS nameSv FROM areas
    WHERE kind = ? ORDER BY position`,
} as const;
