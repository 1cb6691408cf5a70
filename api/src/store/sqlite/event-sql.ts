/**
 * The statements of events, invitations and plans (the EventStore part of the port), as
 * fixed text with bound parameters, like sql.ts.
 */

export const EVENT_COLUMNS = `
  id, kind, status, title, date, end_date, start_time, end_time, place, municipality_code,
  region_code, description, profile_id, programme, created_at, updated_at, version`;

export const EVENT_SQL = {
  byId: `SELECT ${EVENT_COLUMNS} FROM events WHERE id = ?`,
  version: `SELECT version FROM events WHERE id = ?`,
  exists: `SELECT 1 FROM events WHERE id = ?`,
  /** Each filter is off when its parameter is NULL. */
  find: `
    SELECT ${EVENT_COLUMNS} FROM events
    WHERE (@regionCode IS NULL OR region_code = @regionCode)
      AND (@municipalityCode IS NULL OR municipality_code = @municipalityCode)
      AND (@from IS NULL OR coalesce(end_date, date) >= @from)
      AND (@to IS NULL OR date <= @to)
    ORDER BY date, coalesce(start_time, ''), id`,
  /** The events a contact person is invited to or speaks at, ordered like find. */
  byPerson: `
    SELECT ${EVENT_COLUMNS} FROM events
    WHERE id IN (
      SELECT event_id FROM invitations WHERE person_id = @personId
      UNION
      SELECT event_id FROM event_speakers WHERE person_id = @personId)
    ORDER BY date, coalesce(start_time, ''), id`,
  insert: `
    INSERT INTO events (
      id, kind, status, title, date, end_date, start_time, end_time, place, municipality_code,
      region_code, description, profile_id, programme, created_at, updated_at, version
    ) VALUES (
      @id, @kind, @status, @title, @date, @endDate, @startTime, @endTime, @place,
      @municipalityCode, @regionCode, @description, @profileId, @programme, @now, @now, 1
    )`,
  update: `
    UPDATE events SET
      kind = @kind, status = @status, title = @title, date = @date, end_date = @endDate,
      start_time = @startTime, end_time = @endTime, place = @place,
      municipality_code = @municipalityCode, region_code = @regionCode,
      description = @description, profile_id = @profileId, programme = @programme,
      updated_at = @now, version = version + 1
    WHERE id = @id`,
  delete: `DELETE FROM events WHERE id = ?`,
  organisers: `
    SELECT actor_id AS actorId, tasks, cost_share_percent AS costSharePercent, note
    FROM event_organisers WHERE event_id = ? ORDER BY position`,
  clearOrganisers: `DELETE FROM event_organisers WHERE event_id = ?`,
  insertOrganiser: `
    INSERT INTO event_organisers (event_id, actor_id, position, tasks, cost_share_percent, note)
    VALUES (@eventId, @actorId, @position, @tasks, @costSharePercent, @note)`,
  speakers: `
    SELECT item, position, actor_id AS actorId, person_id AS personId
    FROM event_speakers WHERE event_id = ?`,
  clearSpeakers: `DELETE FROM event_speakers WHERE event_id = ?`,
  insertSpeaker: `
    INSERT INTO event_speakers (event_id, item, position, actor_id, person_id)
    VALUES (@eventId, @item, @position, @actorId, @personId)`,
} as const;

export const INVITATION_COLUMNS = `
  id, event_id, actor_id, person_id, email_key, status, history, note,
  created_at, updated_at, version`;

export const INVITATION_SQL = {
  byId: `SELECT ${INVITATION_COLUMNS} FROM invitations WHERE id = ?`,
  byEvent: `SELECT ${INVITATION_COLUMNS} FROM invitations WHERE event_id = ? ORDER BY seq`,
  byPerson: `SELECT ${INVITATION_COLUMNS} FROM invitations WHERE person_id = ?`,
  version: `SELECT version, status FROM invitations WHERE id = ?`,
  nextSeq: `SELECT coalesce(max(seq), 0) + 1 AS seq FROM invitations WHERE event_id = ?`,
  /** The keys an invitation would repeat; any row back is a duplicate. */
  clash: `
    SELECT person_id AS personId, email_key AS emailKey, actor_id AS actorId
    FROM invitations
    WHERE event_id = @eventId AND id <> @id
      AND ((@personId IS NOT NULL AND person_id = @personId)
        OR (@emailKey IS NOT NULL AND email_key = @emailKey)
        OR (@personId IS NULL AND person_id IS NULL AND actor_id = @actorId))
    LIMIT 1`,
  insert: `
    INSERT INTO invitations (
      id, event_id, actor_id, person_id, email_key, status, history, note, seq,
      created_at, updated_at, version
    ) VALUES (
      @id, @eventId, @actorId, @personId, @emailKey, @status, @history, @note, @seq,
      @now, @now, 1
    )`,
  update: `
    UPDATE invitations SET
      person_id = @personId, email_key = @emailKey, note = @note, updated_at = @now,
      version = version + 1
    WHERE id = @id`,
  setStatus: `
    UPDATE invitations SET
      status = @status, history = @history, updated_at = @now, version = version + 1
    WHERE id = @id`,
  delete: `DELETE FROM invitations WHERE id = ?`,
} as const;

/** Who took part in what: the graph's ORGANISED, SPOKE_AT, INVITED_TO and ATTENDED, as rows. */
export const PARTICIPATION_SQL = {
  byActors: `
    SELECT actor_id AS actorId, event_id AS eventId, 'organised' AS role
    FROM event_organisers WHERE actor_id IN (SELECT value FROM json_each(@ids))
    UNION
    SELECT actor_id, event_id, 'spoke'
    FROM event_speakers WHERE actor_id IN (SELECT value FROM json_each(@ids))
    UNION
    SELECT actor_id, event_id, 'invited'
    FROM invitations
    WHERE actor_id IN (SELECT value FROM json_each(@ids)) AND status <> 'draft'
    UNION
    SELECT actor_id, event_id, 'attended'
    FROM invitations
    WHERE actor_id IN (SELECT value FROM json_each(@ids)) AND status = 'attended'
    ORDER BY 1, 2, 3`,
} as const;

export const PLAN_COLUMNS = `
  id, title, region_code, municipality_code, period_start, period_end, description, goals,
  measures, created_at, updated_at, version`;

export const PLAN_SQL = {
  byId: `SELECT ${PLAN_COLUMNS} FROM plans WHERE id = ?`,
  version: `SELECT version FROM plans WHERE id = ?`,
  find: `
    SELECT ${PLAN_COLUMNS} FROM plans
    WHERE (@regionCode IS NULL OR region_code = @regionCode)
      AND (@municipalityCode IS NULL OR municipality_code = @municipalityCode)
    ORDER BY period_start, title, id`,
  insert: `
    INSERT INTO plans (
      id, title, region_code, municipality_code, period_start, period_end, description,
      goals, measures, created_at, updated_at, version
    ) VALUES (
      @id, @title, @regionCode, @municipalityCode, @periodStart, @periodEnd, @description,
      @goals, @measures, @now, @now, 1
    )`,
  update: `
    UPDATE plans SET
      title = @title, region_code = @regionCode, municipality_code = @municipalityCode,
      period_start = @periodStart, period_end = @periodEnd, description = @description,
      goals = @goals, measures = @measures, updated_at = @now, version = version + 1
    WHERE id = @id`,
  delete: `DELETE FROM plans WHERE id = ?`,
  roles: `SELECT measure, role, position, actor_id AS actorId FROM plan_roles WHERE plan_id = ?`,
  clearRoles: `DELETE FROM plan_roles WHERE plan_id = ?`,
  insertRole: `
    INSERT INTO plan_roles (plan_id, measure, role, position, actor_id)
    VALUES (@planId, @measure, @role, @position, @actorId)`,
} as const;

/** A contact person who moves to another actor leaves what they had under the former one. */
export const PERSON_MOVE_SQL = {
  invitations: `DELETE FROM invitations WHERE person_id = @personId AND actor_id <> @actorId`,
  speakers: `DELETE FROM event_speakers WHERE person_id = @personId AND actor_id <> @actorId`,
} as const;

export const REFERENCE_SQL = {
  actorExists: `SELECT 1 FROM actors WHERE id = ?`,
  personActor: `SELECT actor_id AS actorId FROM persons WHERE id = ?`,
} as const;
