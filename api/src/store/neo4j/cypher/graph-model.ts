import { RELATIONSHIP_TYPES } from '../../../domain/relationship-types';

/** The edges from actors to events: "organised, spoke at, was invited to, attended". */
export const EVENT_RELATIONSHIP_TYPES = [
  'ORGANISED',
  'SPOKE_AT',
  'INVITED_TO',
  'ATTENDED',
] as const;

/**
 * The shape of the graph the adapter writes. The statements' lint test declares exactly this
 * vocabulary to the Cypher linter, so a misspelt label, type or property is reported.
 *
 *   (:Actor)-[:COOPERATES_WITH|COMMUNICATES_WITH|MEMBER_OF|FUNDS|PART_OF]->(:Actor)
 *   (:Person)-[:CONTACT_OF]->(:Actor)
 *   (:Municipality)-[:IN_REGION]->(:Region)
 *   (:Municipality)-[:IN_WELLBEING_COUNTY]->(:WellbeingCounty)
 *   (:Municipality)-[:IN_ELINVOIMAKESKUS]->(:Elinvoimakeskus)
 *   (:Meta {key: 'revision', value})
 *   (:Actor)-[:ORGANISED|SPOKE_AT|INVITED_TO|ATTENDED]->(:Event)      (events.ts)
 *   (:Actor)-[:HAS_ROLE_IN]->(:Plan)                                   (plans.ts)
 *   (:Profile {id, definition})                                        (profiles.ts)
 *   (:User {id, email, ...}), (:Session {id, userId, ...})             (accounts.ts)
 *   (:AuditEntry {seq, at, action, entity, ...})                       (audit.ts)
 *
 * Actors keep their region and municipality as codes, not as edges to the geography nodes:
 * the geography is replaced as a whole (saveGeography) and must not take actors with it.
 */
export const GRAPH_MODEL = {
  labels: [
    'Actor',
    'Person',
    'Region',
    'Municipality',
    'WellbeingCounty',
    'Elinvoimakeskus',
    'Meta',
    'Event',
    'Plan',
    'Profile',
    'User',
    'Session',
    'AuditEntry',
  ],
  relationshipTypes: [
    ...RELATIONSHIP_TYPES,
    'CONTACT_OF',
    'IN_REGION',
    'IN_WELLBEING_COUNTY',
    'IN_ELINVOIMAKESKUS',
    ...EVENT_RELATIONSHIP_TYPES,
    'HAS_ROLE_IN',
  ],
  propertyKeys: [
    // every record
    'id',
    'externalId',
    'createdAt',
    'updatedAt',
    'version',
    'writeId',
    // Actor
    'name',
    'searchKey',
    'category',
    'subcategory',
    'municipalityCode',
    'regionCode',
    'email',
    'phone',
    'website',
    'languages',
    'dimensions',
    'tags',
    'description',
    // Person
    'title',
    'legalBasis',
    'source',
    'reviewDate',
    // actor-to-actor ties
    'strength',
    'since',
    'note',
    // geography
    'code',
    'nameFi',
    'nameSv',
    'subRegionCode',
    'subRegionNameFi',
    'wellbeingCountyCode',
    'elinvoimakeskusCode',
    'languageStatusCode',
    'languageStatusFi',
    // Meta
    'key',
    'value',
    // Event and its links
    'kind',
    'status',
    'date',
    'endDate',
    'startTime',
    'endTime',
    'place',
    'profileId',
    'programme',
    'position',
    'tasks',
    'costSharePercent',
    'item',
    'personId',
    'emailKey',
    'history',
    'seq',
    // Plan and its links
    'periodStart',
    'periodEnd',
    'goals',
    'measures',
    'measure',
    'role',
    // Profile
    'definition',
    // User and Session
    'regions',
    'allRegions',
    'passwordHash',
    'disabled',
    'userId',
    'lastSeenAt',
    // AuditEntry (and seq, above)
    'at',
    'userEmail',
    'action',
    'entity',
    'entityId',
    'before',
    'after',
    'detail',
  ],
} as const;
