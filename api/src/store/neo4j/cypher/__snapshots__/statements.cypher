// schema.constraint.actor_id
// params: (none)
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE;

// schema.constraint.actor_external_id
// params: (none)
CREATE CONSTRAINT actor_external_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.externalId IS UNIQUE;

// schema.constraint.person_id
// params: (none)
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;

// schema.constraint.person_external_id
// params: (none)
CREATE CONSTRAINT person_external_id IF NOT EXISTS FOR (n:Person) REQUIRE n.externalId IS UNIQUE;

// schema.constraint.meta_key
// params: (none)
CREATE CONSTRAINT meta_key IF NOT EXISTS FOR (n:Meta) REQUIRE n.key IS UNIQUE;

// schema.constraint.region_code
// params: (none)
CREATE CONSTRAINT region_code IF NOT EXISTS FOR (n:Region) REQUIRE n.code IS UNIQUE;

// schema.constraint.municipality_code
// params: (none)
CREATE CONSTRAINT municipality_code IF NOT EXISTS FOR (n:Municipality) REQUIRE n.code IS UNIQUE;

// schema.constraint.wellbeing_county_code
// params: (none)
CREATE CONSTRAINT wellbeing_county_code IF NOT EXISTS FOR (n:WellbeingCounty) REQUIRE n.code IS UNIQUE;

// schema.constraint.elinvoimakeskus_code
// params: (none)
CREATE CONSTRAINT elinvoimakeskus_code IF NOT EXISTS FOR (n:Elinvoimakeskus) REQUIRE n.code IS UNIQUE;

// schema.constraint.event_id
// params: (none)
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;

// schema.constraint.plan_id
// params: (none)
CREATE CONSTRAINT plan_id IF NOT EXISTS FOR (n:Plan) REQUIRE n.id IS UNIQUE;

// schema.constraint.profile_id
// params: (none)
CREATE CONSTRAINT profile_id IF NOT EXISTS FOR (n:Profile) REQUIRE n.id IS UNIQUE;

// schema.constraint.user_id
// params: (none)
CREATE CONSTRAINT user_id IF NOT EXISTS FOR (n:User) REQUIRE n.id IS UNIQUE;

// schema.constraint.user_email
// params: (none)
CREATE CONSTRAINT user_email IF NOT EXISTS FOR (n:User) REQUIRE n.email IS UNIQUE;

// schema.constraint.session_id
// params: (none)
CREATE CONSTRAINT session_id IF NOT EXISTS FOR (n:Session) REQUIRE n.id IS UNIQUE;

// schema.constraint.audit_entry_seq
// params: (none)
CREATE CONSTRAINT audit_entry_seq IF NOT EXISTS FOR (n:AuditEntry) REQUIRE n.seq IS UNIQUE;

// schema.constraint.audit_entry_write_id
// params: (none)
CREATE CONSTRAINT audit_entry_write_id IF NOT EXISTS FOR (n:AuditEntry) REQUIRE n.writeId IS UNIQUE;

// schema.constraint.cooperates_with_id
// params: (none)
CREATE CONSTRAINT cooperates_with_id IF NOT EXISTS FOR ()-[r:COOPERATES_WITH]-() REQUIRE r.id IS UNIQUE;

// schema.constraint.communicates_with_id
// params: (none)
CREATE CONSTRAINT communicates_with_id IF NOT EXISTS FOR ()-[r:COMMUNICATES_WITH]-() REQUIRE r.id IS UNIQUE;

// schema.constraint.member_of_id
// params: (none)
CREATE CONSTRAINT member_of_id IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() REQUIRE r.id IS UNIQUE;

// schema.constraint.funds_id
// params: (none)
CREATE CONSTRAINT funds_id IF NOT EXISTS FOR ()-[r:FUNDS]-() REQUIRE r.id IS UNIQUE;

// schema.constraint.part_of_id
// params: (none)
CREATE CONSTRAINT part_of_id IF NOT EXISTS FOR ()-[r:PART_OF]-() REQUIRE r.id IS UNIQUE;

// schema.constraint.invited_to_id
// params: (none)
CREATE CONSTRAINT invited_to_id IF NOT EXISTS FOR ()-[r:INVITED_TO]-() REQUIRE r.id IS UNIQUE;

// schema.index.session_user_id
// params: (none)
CREATE INDEX session_user_id IF NOT EXISTS FOR (s:Session) ON (s.userId);

// schema.index.actor_region_code
// params: (none)
CREATE INDEX actor_region_code IF NOT EXISTS FOR (a:Actor) ON (a.regionCode);

// schema.index.actor_municipality_code
// params: (none)
CREATE INDEX actor_municipality_code IF NOT EXISTS FOR (a:Actor) ON (a.municipalityCode);

// schema.index.actor_category
// params: (none)
CREATE INDEX actor_category IF NOT EXISTS FOR (a:Actor) ON (a.category);

// schema.index.actor_search_key
// params: (none)
CREATE INDEX actor_search_key IF NOT EXISTS FOR (a:Actor) ON (a.searchKey);

// schema.index.actor_search_key_text
// params: (none)
CREATE TEXT INDEX actor_search_key_text IF NOT EXISTS FOR (a:Actor) ON (a.searchKey);

// schema.index.event_date
// params: (none)
CREATE INDEX event_date IF NOT EXISTS FOR (e:Event) ON (e.date);

// schema.index.event_region_code
// params: (none)
CREATE INDEX event_region_code IF NOT EXISTS FOR (e:Event) ON (e.regionCode);

// schema.index.invited_to_person_id
// params: (none)
CREATE INDEX invited_to_person_id IF NOT EXISTS FOR ()-[r:INVITED_TO]-() ON (r.personId);

// schema.index.spoke_at_person_id
// params: (none)
CREATE INDEX spoke_at_person_id IF NOT EXISTS FOR ()-[r:SPOKE_AT]-() ON (r.personId);

// meta.ensureRevision
// params: (none)
MERGE (m:Meta {key: 'revision'})
ON CREATE SET m.value = 0;

// meta.bumpRevision
// params: (none)
MATCH (m:Meta {key: 'revision'})
SET m.value = m.value + 1
RETURN m.value AS revision;

// meta.revision
// params: (none)
OPTIONAL MATCH (m:Meta {key: 'revision'})
RETURN coalesce(m.value, 0) AS revision;

// meta.counts
// params: (none)
RETURN
  COUNT { (:Actor) } AS actors,
  COUNT { (:Person) } AS persons,
  COUNT { (:Actor)-[:COOPERATES_WITH|COMMUNICATES_WITH|MEMBER_OF|FUNDS|PART_OF]->(:Actor) } AS relationships;

// actor.byRef
// params: ref
OPTIONAL MATCH (byId:Actor {id: $ref})
OPTIONAL MATCH (byExternalId:Actor {externalId: $ref})
WITH coalesce(byId, byExternalId) AS a
WHERE a IS NOT NULL
RETURN a {.*} AS actor;

// actor.byId
// params: id
MATCH (a:Actor {id: $id})
RETURN a {.*} AS actor;

// actor.byIds
// params: ids
MATCH (a:Actor)
WHERE a.id IN $ids
RETURN a {.*} AS actor;

// actor.existingIds
// params: ids
MATCH (a:Actor)
WHERE a.id IN $ids
RETURN a.id AS id;

// actor.resolveRefs
// params: refs
UNWIND $refs AS ref
OPTIONAL MATCH (byExternalId:Actor {externalId: ref})
OPTIONAL MATCH (byId:Actor {id: ref})
WITH ref, coalesce(byExternalId.id, byId.id) AS id
WHERE id IS NOT NULL
RETURN ref, id;

// actor.create
// params: id, externalId, fields, now, writeId
MERGE (a:Actor {id: $id})
ON CREATE SET
  a += $fields,
  a.externalId = $externalId,
  a.createdAt = $now,
  a.updatedAt = $now,
  a.version = 1,
  a.writeId = $writeId
RETURN a {.*} AS actor;

// actor.update
// params: id, expectedVersion, fields, now, writeId
MATCH (a:Actor {id: $id})
WHERE a.version = $expectedVersion
SET
  a += $fields,
  a.updatedAt = $now,
  a.version = a.version + 1,
  a.writeId = $writeId
RETURN a {.*} AS actor;

// actor.delete
// params: id, expectedVersion
MATCH (a:Actor {id: $id})
WHERE a.version = $expectedVersion
OPTIONAL MATCH (p:Person)-[:CONTACT_OF]->(a)
WITH a, collect(p) AS persons
FOREACH (person IN persons | DETACH DELETE person)
DETACH DELETE a
RETURN count(*) AS deleted;

// actors.count[all]
// params: (none)
MATCH (a:Actor)
RETURN count(a) AS total;

// actors.count[searchKey]
// params: searchKey
MATCH (a:Actor)
WHERE a.searchKey CONTAINS $searchKey
RETURN count(a) AS total;

// actors.count[categories]
// params: categories
MATCH (a:Actor)
WHERE a.category IN $categories
RETURN count(a) AS total;

// actors.count[categories+searchKey]
// params: categories, searchKey
MATCH (a:Actor)
WHERE a.category IN $categories
  AND a.searchKey CONTAINS $searchKey
RETURN count(a) AS total;

// actors.count[municipalityCodes]
// params: municipalityCodes
MATCH (a:Actor)
WHERE a.municipalityCode IN $municipalityCodes
RETURN count(a) AS total;

// actors.count[municipalityCodes+searchKey]
// params: municipalityCodes, searchKey
MATCH (a:Actor)
WHERE a.municipalityCode IN $municipalityCodes
  AND a.searchKey CONTAINS $searchKey
RETURN count(a) AS total;

// actors.count[municipalityCodes+categories]
// params: municipalityCodes, categories
MATCH (a:Actor)
WHERE a.municipalityCode IN $municipalityCodes
  AND a.category IN $categories
RETURN count(a) AS total;

// actors.count[municipalityCodes+categories+searchKey]
// params: municipalityCodes, categories, searchKey
MATCH (a:Actor)
WHERE a.municipalityCode IN $municipalityCodes
  AND a.category IN $categories
  AND a.searchKey CONTAINS $searchKey
RETURN count(a) AS total;

// actors.count[visibleRegionCodes]
// params: visibleRegionCodes
MATCH (a:Actor)
WHERE (a.regionCode IS NULL OR a.regionCode IN $visibleRegionCodes)
RETURN count(a) AS total;

// actors.count[visibleRegionCodes+searchKey]
// params: visibleRegionCodes, searchKey
MATCH (a:Actor)
WHERE (a.regionCode IS NULL OR a.regionCode IN $visibleRegionCodes)
  AND a.searchKey CONTAINS $searchKey
RETURN count(a) AS total;

// actors.count[visibleRegionCodes+categories]
// params: visibleRegionCodes, categories
MATCH (a:Actor)
WHERE (a.regionCode IS NULL OR a.regionCode IN $visibleRegionCodes)
  AND a.category IN $categories
RETURN count(a) AS total;

// actors.count[visibleRegionCodes+categories+searchKey]
// params: visibleRegionCodes, categories, searchKey
MATCH (a:Actor)
WHERE (a.regionCode IS NULL OR a.regionCode IN $visibleRegionCodes)
  AND a.category IN $categories
  AND a.searchKey CONTAINS $searchKey
RETURN count(a) AS total;

// actors.count[visibleRegionCodes+municipalityCodes]
// params: visibleRegionCodes, municipalityCodes
MATCH (a:Actor)
WHERE (a.regionCode IS NULL OR a.regionCode IN $visibleRegionCodes)
  AND a.municipalityCode IN $municipalityCodes
RETURN count(a) AS total;

// actors.count[visibleRegionCodes+municipalityCodes+searchKey]
// params: visibleRegionCodes, municipalityCodes, searchKey
MATCH (a:Actor)
WHERE (a.regionCode IS NULL OR a.regionCode IN $visibleRegionCodes)
  AND a.municipalityCode IN $municipalityCodes
  AND a.searchKey CONTAINS $searchKey
RETURN count(a) AS total;

// actors.count[visibleRegionCodes+municipalityCodes+categories]
// params: visibleRegionCodes, municipalityCodes, categories
MATCH (a:Actor)
WHERE (a.regionCode IS NULL OR a.regionCode IN $visibleRegionCodes)
  AND a.municipalityCode IN $municipalityCodes
  AND a.category IN $categories
RETURN count(a) AS total;

// actors.count[visibleRegionCodes+municipalityCodes+categories+searchKey]
// params: visibleRegionCodes, municipalityCodes, categories, searchKey
MATCH (a:Actor)
WHERE (a.regionCode IS NULL OR a.regionCode IN $visibleRegionCodes)
  AND a.municipalityCode IN $municipalityCodes
  AND a.category IN $categories
  AND a.searchKey CONTAINS $searchKey
RETURN count(a) AS total;

// actors.count[regionCode]
// params: regionCode
MATCH (a:Actor)
WHERE a.regionCode = $regionCode
RETURN count(a) AS total;

// actors.count[regionCode+searchKey]
// params: regionCode, searchKey
MATCH (a:Actor)
WHERE a.regionCode = $regionCode
  AND a.searchKey CONTAINS $searchKey
RETURN count(a) AS total;

// actors.count[regionCode+categories]
// params: regionCode, categories
MATCH (a:Actor)
WHERE a.regionCode = $regionCode
  AND a.category IN $categories
RETURN count(a) AS total;

// actors.count[regionCode+categories+searchKey]
// params: regionCode, categories, searchKey
MATCH (a:Actor)
WHERE a.regionCode = $regionCode
  AND a.category IN $categories
  AND a.searchKey CONTAINS $searchKey
RETURN count(a) AS total;

// actors.count[regionCode+municipalityCodes]
// params: regionCode, municipalityCodes
MATCH (a:Actor)
WHERE a.regionCode = $regionCode
  AND a.municipalityCode IN $municipalityCodes
RETURN count(a) AS total;

// actors.count[regionCode+municipalityCodes+searchKey]
// params: regionCode, municipalityCodes, searchKey
MATCH (a:Actor)
WHERE a.regionCode = $regionCode
  AND a.municipalityCode IN $municipalityCodes
  AND a.searchKey CONTAINS $searchKey
RETURN count(a) AS total;

// actors.count[regionCode+municipalityCodes+categories]
// params: regionCode, municipalityCodes, categories
MATCH (a:Actor)
WHERE a.regionCode = $regionCode
  AND a.municipalityCode IN $municipalityCodes
  AND a.category IN $categories
RETURN count(a) AS total;

// actors.count[regionCode+municipalityCodes+categories+searchKey]
// params: regionCode, municipalityCodes, categories, searchKey
MATCH (a:Actor)
WHERE a.regionCode = $regionCode
  AND a.municipalityCode IN $municipalityCodes
  AND a.category IN $categories
  AND a.searchKey CONTAINS $searchKey
RETURN count(a) AS total;

// actors.count[regionCode+visibleRegionCodes]
// params: regionCode, visibleRegionCodes
MATCH (a:Actor)
WHERE a.regionCode = $regionCode
  AND (a.regionCode IS NULL OR a.regionCode IN $visibleRegionCodes)
RETURN count(a) AS total;

// actors.count[regionCode+visibleRegionCodes+searchKey]
// params: regionCode, visibleRegionCodes, searchKey
MATCH (a:Actor)
WHERE a.regionCode = $regionCode
  AND (a.regionCode IS NULL OR a.regionCode IN $visibleRegionCodes)
  AND a.searchKey CONTAINS $searchKey
RETURN count(a) AS total;

// actors.count[regionCode+visibleRegionCodes+categories]
// params: regionCode, visibleRegionCodes, categories
MATCH (a:Actor)
WHERE a.regionCode = $regionCode
  AND (a.regionCode IS NULL OR a.regionCode IN $visibleRegionCodes)
  AND a.category IN $categories
RETURN count(a) AS total;

// actors.count[regionCode+visibleRegionCodes+categories+searchKey]
// params: regionCode, visibleRegionCodes, categories, searchKey
MATCH (a:Actor)
WHERE a.regionCode = $regionCode
  AND (a.regionCode IS NULL OR a.regionCode IN $visibleRegionCodes)
  AND a.category IN $categories
  AND a.searchKey CONTAINS $searchKey
RETURN count(a) AS total;

// actors.count[regionCode+visibleRegionCodes+municipalityCodes]
// params: regionCode, visibleRegionCodes, municipalityCodes
MATCH (a:Actor)
WHERE a.regionCode = $regionCode
  AND (a.regionCode IS NULL OR a.regionCode IN $visibleRegionCodes)
  AND a.municipalityCode IN $municipalityCodes
RETURN count(a) AS total;

// actors.count[regionCode+visibleRegionCodes+municipalityCodes+searchKey]
// params: regionCode, visibleRegionCodes, municipalityCodes, searchKey
MATCH (a:Actor)
WHERE a.regionCode = $regionCode
  AND (a.regionCode IS NULL OR a.regionCode IN $visibleRegionCodes)
  AND a.municipalityCode IN $municipalityCodes
  AND a.searchKey CONTAINS $searchKey
RETURN count(a) AS total;

// actors.count[regionCode+visibleRegionCodes+municipalityCodes+categories]
// params: regionCode, visibleRegionCodes, municipalityCodes, categories
MATCH (a:Actor)
WHERE a.regionCode = $regionCode
  AND (a.regionCode IS NULL OR a.regionCode IN $visibleRegionCodes)
  AND a.municipalityCode IN $municipalityCodes
  AND a.category IN $categories
RETURN count(a) AS total;

// actors.count[regionCode+visibleRegionCodes+municipalityCodes+categories+searchKey]
// params: regionCode, visibleRegionCodes, municipalityCodes, categories, searchKey
MATCH (a:Actor)
WHERE a.regionCode = $regionCode
  AND (a.regionCode IS NULL OR a.regionCode IN $visibleRegionCodes)
  AND a.municipalityCode IN $municipalityCodes
  AND a.category IN $categories
  AND a.searchKey CONTAINS $searchKey
RETURN count(a) AS total;

// actors.page[all]
// params: limit
MATCH (a:Actor)
RETURN a {.*} AS actor
ORDER BY a.searchKey, a.id
LIMIT $limit;

// actors.page[all].after
// params: afterKey, afterId, limit
MATCH (a:Actor)
WHERE (a.searchKey > $afterKey OR (a.searchKey = $afterKey AND a.id > $afterId))
RETURN a {.*} AS actor
ORDER BY a.searchKey, a.id
LIMIT $limit;

// actors.page[searchKey]
// params: searchKey, limit
MATCH (a:Actor)
WHERE a.searchKey CONTAINS $searchKey
RETURN a {.*} AS actor
ORDER BY a.searchKey, a.id
LIMIT $limit;

// actors.page[searchKey].after
// params: searchKey, afterKey, afterId, limit
MATCH (a:Actor)
WHERE a.searchKey CONTAINS $searchKey
  AND (a.searchKey > $afterKey OR (a.searchKey = $afterKey AND a.id > $afterId))
RETURN a {.*} AS actor
ORDER BY a.searchKey, a.id
LIMIT $limit;

// actors.page[categories]
// params: categories, limit
MATCH (a:Actor)
WHERE a.category IN $categories
RETURN a {.*} AS actor
ORDER BY a.searchKey, a.id
LIMIT $limit;

// actors.page[categories].after
// params: categories, afterKey, afterId, limit
MATCH (a:Actor)
WHERE a.category IN $categories
  AND (a.searchKey > $afterKey OR (a.searchKey = $afterKey AND a.id > $afterId))
RETURN a {.*} AS actor
ORDER BY a.searchKey, a.id
LIMIT $limit;

// actors.page[categories+searchKey]
// params: categories, searchKey, limit
MATCH (a:Actor)
WHERE a.category IN $categories
  AND a.searchKey CONTAINS $searchKey
RETURN a {.*} AS actor
ORDER BY a.searchKey, a.id
LIMIT $limit;

// actors.page[categories+searchKey].after
// params: categories, searchKey, afterKey, afterId, limit
MATCH (a:Actor)
WHERE a.category IN $categories
  AND a.searchKey CONTAINS $searchKey
  AND (a.searchKey > $afterKey OR (a.searchKey = $afterKey AND a.id > $afterId))
RETURN a {.*} AS actor
ORDER BY a.searchKey, a.id
LIMIT $limit;

// actors.page[municipalityCodes]
// params: municipalityCodes, limit
MATCH (a:Actor)
WHERE a.municipalityCode IN $municipalityCodes
RETURN a {.*} AS actor
ORDER BY a.searchKey, a.id
LIMIT $limit;

// actors.page[municipalityCodes].after
// params: municipalityCodes, afterKey, afterId, limit
MATCH (a:Actor)
WHERE a.municipalityCode IN $municipalityCodes
  AND (a.searchKey > $afterKey OR (a.searchKey = $afterKey AND a.id > $afterId))
RETURN a {.*} AS actor
ORDER BY a.searchKey, a.id
LIMIT $limit;

// actors.page[municipalityCodes+searchKey]
// params: municipalityCodes, searchKey, limit
MATCH (a:Actor)
WHERE a.municipalityCode IN $municipalityCodes
  AND a.searchKey CONTAINS $searchKey
RETURN a {.*} AS actor
ORDER BY a.searchKey, a.id
LIMIT $limit;

// actors.page[municipalityCodes+searchKey].after
// params: municipalityCodes, searchKey, afterKey, afterId, limit
MATCH (a:Actor)
WHERE a.municipalityCode IN $municipalityCodes
  AND a.searchKey CONTAINS $searchKey
  AND (a.searchKey > $afterKey OR (a.searchKey = $afterKey AND a.id > $afterId))
RETURN a {.*} AS actor
ORDER BY a.searchKey, a.id
LIMIT $limit;

// actors.page[municipalityCodes+categories]
// params: municipalityCodes, categories, limit
MATCH (a:Actor)
WHERE a.municipalityCode IN $municipalityCodes
  AND a.category IN $categories
RETURN a {.*} AS actor
ORDER BY a.searchKey, a.id
LIMIT $limit;

// actors.page[municipalityCodes+categories].after
// params: municipalityCodes, categories, afterKey, afterId, limit
MATCH (a:Actor)
WHERE a.municipalityCode IN $municipalityCodes
  AND a.category IN $categories
  AND (a.searchKey > $afterKey OR (a.searchKey = $afterKey AND a.id > $afterId))
RETURN a {.*} AS actor
ORDER BY a.searchKey, a.id
LIMIT $limit;

// actors.page[municipalityCodes+categories+searchKey]
// params: municipalityCodes, categories, searchKey, limit
MATCH (a:Actor)
WHERE a.municipalityCode IN $municipalityCodes
  AND a.category IN $categories
  AND a.searchKey CONTAINS $searchKey
RETURN a {.*} AS actor
ORDER BY a.searchKey, a.id
LIMIT $limit;

// actors.page[municipalityCodes+categories+searchKey].after
// params: municipalityCodes, categories, searchKey, afterKey, afterId, limit
MATCH (a:Actor)
WHERE a.municipalityCode IN $municipalityCodes
  AND a.category IN $categories
  AND a.searchKey CONTAINS $searchKey
  AND (a.searchKey > $afterKey OR (a.searchKey = $afterKey AND a.id > $afterId))
RETURN a {.*} AS actor
ORDER BY a.searchKey, a.id
LIMIT $limit;

// actors.page[visibleRegionCodes]
// params: visibleRegionCodes, limit
MATCH (a:Actor)
WHERE (a.regionCode IS NULL OR a.regionCode IN $visibleRegionCodes)
RETURN a {.*} AS actor
ORDER BY a.searchKey, a.id
LIMIT $limit;

// actors.page[visibleRegionCodes].after
// params: visibleRegionCodes, afterKey, afterId, limit
MATCH (a:Actor)
WHERE (a.regionCode IS NULL OR a.regionCode IN $visibleRegionCodes)
  AND (a.searchKey > $afterKey OR (a.searchKey = $afterKey AND a.id > $afterId))
RETURN a {.*} AS actor
ORDER BY a.searchKey, a.id
LIMIT $limit;

// actors.page[visibleRegionCodes+searchKey]
// params: visibleRegionCodes, searchKey, limit
MATCH (a:Actor)
WHERE (a.regionCode IS NULL OR a.regionCode IN $visibleRegionCodes)
  AND a.searchKey CONTAINS $searchKey
RETURN a {.*} AS actor
ORDER BY a.searchKey, a.id
LIMIT $limit;

// actors.page[visibleRegionCodes+searchKey].after
// params: visibleRegionCodes, searchKey, afterKey, afterId, limit
MATCH (a:Actor)
WHERE (a.regionCode IS NULL OR a.regionCode IN $visibleRegionCodes)
  AND a.searchKey CONTAINS $searchKey
  AND (a.searchKey > $afterKey OR (a.searchKey = $afterKey AND a.id > $afterId))
RETURN a {.*} AS actor
ORDER BY a.searchKey, a.id
LIMIT $limit;

// actors.page[visibleRegionCodes+categories]
// params: visibleRegionCodes, categories, limit
MATCH (a:Actor)
WHERE (a.regionCode IS NULL OR a.regionCode IN $visibleRegionCodes)
  AND a.category IN $categories
RETURN a {.*} AS actor
ORDER BY a.searchKey, a.id
LIMIT $limit;

// actors.page[visibleRegionCodes+categories].after
// params: visibleRegionCodes, categories, afterKey, afterId, limit
MATCH (a:Actor)
WHERE (a.regionCode IS NULL OR a.regionCode IN $visibleRegionCodes)
  AND a.category IN $categories
  AND (a.searchKey > $afterKey OR (a.searchKey = $afterKey AND a.id > $afterId))
RETURN a {.*} AS actor
ORDER BY a.searchKey, a.id
LIMIT $limit;

// actors.page[visibleRegionCodes+categories+searchKey]
// params: visibleRegionCodes, categories, searchKey, limit
MATCH (a:Actor)
WHERE (a.regionCode IS NULL OR a.regionCode IN $visibleRegionCodes)
  AND a.category IN $categories
  AND a.searchKey CONTAINS $searchKey
RETURN a {.*} AS actor
ORDER BY a.searchKey, a.id
LIMIT $limit;

// actors.page[visibleRegionCodes+categories+searchKey].after
// params: visibleRegionCodes, categories, searchKey, afterKey, afterId, limit
MATCH (a:Actor)
WHERE (a.regionCode IS NULL OR a.regionCode IN $visibleRegionCodes)
  AND a.category IN $categories
  AND a.searchKey CONTAINS $searchKey
  AND (a.searchKey > $afterKey OR (a.searchKey = $afterKey AND a.id > $afterId))
RETURN a {.*} AS actor
ORDER BY a.searchKey, a.id
LIMIT $limit;

// actors.page[visibleRegionCodes+municipalityCodes]
// params: visibleRegionCodes, municipalityCodes, limit
MATCH (a:Actor)
WHERE (a.regionCode IS NULL OR a.regionCode IN $visibleRegionCodes)
  AND a.municipalityCode IN $municipalityCodes
RETURN a {.*} AS actor
ORDER BY a.searchKey, a.id
LIMIT $limit;

// actors.page[visibleRegionCodes+municipalityCodes].after
// params: visibleRegionCodes, municipalityCodes, afterKey, afterId, limit
MATCH (a:Actor)
WHERE (a.regionCode IS NULL OR a.regionCode IN $visibleRegionCodes)
  AND a.municipalityCode IN $municipalityCodes
  AND (a.searchKey > $afterKey OR (a.searchKey = $afterKey AND a.id > $afterId))
RETURN a {.*} AS actor
ORDER BY a.searchKey, a.id
LIMIT $limit;

// actors.page[visibleRegionCodes+municipalityCodes+searchKey]
// params: visibleRegionCodes, municipalityCodes, searchKey, limit
MATCH (a:Actor)
WHERE (a.regionCode IS NULL OR a.regionCode IN $visibleRegionCodes)
  AND a.municipalityCode IN $municipalityCodes
  AND a.searchKey CONTAINS $searchKey
RETURN a {.*} AS actor
ORDER BY a.searchKey, a.id
LIMIT $limit;

// actors.page[visibleRegionCodes+municipalityCodes+searchKey].after
// params: visibleRegionCodes, municipalityCodes, searchKey, afterKey, afterId, limit
MATCH (a:Actor)
WHERE (a.regionCode IS NULL OR a.regionCode IN $visibleRegionCodes)
  AND a.municipalityCode IN $municipalityCodes
  AND a.searchKey CONTAINS $searchKey
  AND (a.searchKey > $afterKey OR (a.searchKey = $afterKey AND a.id > $afterId))
RETURN a {.*} AS actor
ORDER BY a.searchKey, a.id
LIMIT $limit;

// actors.page[visibleRegionCodes+municipalityCodes+categories]
// params: visibleRegionCodes, municipalityCodes, categories, limit
MATCH (a:Actor)
WHERE (a.regionCode IS NULL OR a.regionCode IN $visibleRegionCodes)
  AND a.municipalityCode IN $municipalityCodes
  AND a.category IN $categories
RETURN a {.*} AS actor
ORDER BY a.searchKey, a.id
LIMIT $limit;

// actors.page[visibleRegionCodes+municipalityCodes+categories].after
// params: visibleRegionCodes, municipalityCodes, categories, afterKey, afterId, limit
MATCH (a:Actor)
WHERE (a.regionCode IS NULL OR a.regionCode IN $visibleRegionCodes)
  AND a.municipalityCode IN $municipalityCodes
  AND a.category IN $categories
  AND (a.searchKey > $afterKey OR (a.searchKey = $afterKey AND a.id > $afterId))
RETURN a {.*} AS actor
ORDER BY a.searchKey, a.id
LIMIT $limit;

// actors.page[visibleRegionCodes+municipalityCodes+categories+searchKey]
// params: visibleRegionCodes, municipalityCodes, categories, searchKey, limit
MATCH (a:Actor)
WHERE (a.regionCode IS NULL OR a.regionCode IN $visibleRegionCodes)
  AND a.municipalityCode IN $municipalityCodes
  AND a.category IN $categories
  AND a.searchKey CONTAINS $searchKey
RETURN a {.*} AS actor
ORDER BY a.searchKey, a.id
LIMIT $limit;

// actors.page[visibleRegionCodes+municipalityCodes+categories+searchKey].after
// params: visibleRegionCodes, municipalityCodes, categories, searchKey, afterKey, afterId, limit
MATCH (a:Actor)
WHERE (a.regionCode IS NULL OR a.regionCode IN $visibleRegionCodes)
  AND a.municipalityCode IN $municipalityCodes
  AND a.category IN $categories
  AND a.searchKey CONTAINS $searchKey
  AND (a.searchKey > $afterKey OR (a.searchKey = $afterKey AND a.id > $afterId))
RETURN a {.*} AS actor
ORDER BY a.searchKey, a.id
LIMIT $limit;

// actors.page[regionCode]
// params: regionCode, limit
MATCH (a:Actor)
WHERE a.regionCode = $regionCode
RETURN a {.*} AS actor
ORDER BY a.searchKey, a.id
LIMIT $limit;

// actors.page[regionCode].after
// params: regionCode, afterKey, afterId, limit
MATCH (a:Actor)
WHERE a.regionCode = $regionCode
  AND (a.searchKey > $afterKey OR (a.searchKey = $afterKey AND a.id > $afterId))
RETURN a {.*} AS actor
ORDER BY a.searchKey, a.id
LIMIT $limit;

// actors.page[regionCode+searchKey]
// params: regionCode, searchKey, limit
MATCH (a:Actor)
WHERE a.regionCode = $regionCode
  AND a.searchKey CONTAINS $searchKey
RETURN a {.*} AS actor
ORDER BY a.searchKey, a.id
LIMIT $limit;

// actors.page[regionCode+searchKey].after
// params: regionCode, searchKey, afterKey, afterId, limit
MATCH (a:Actor)
WHERE a.regionCode = $regionCode
  AND a.searchKey CONTAINS $searchKey
  AND (a.searchKey > $afterKey OR (a.searchKey = $afterKey AND a.id > $afterId))
RETURN a {.*} AS actor
ORDER BY a.searchKey, a.id
LIMIT $limit;

// actors.page[regionCode+categories]
// params: regionCode, categories, limit
MATCH (a:Actor)
WHERE a.regionCode = $regionCode
  AND a.category IN $categories
RETURN a {.*} AS actor
ORDER BY a.searchKey, a.id
LIMIT $limit;

// actors.page[regionCode+categories].after
// params: regionCode, categories, afterKey, afterId, limit
MATCH (a:Actor)
WHERE a.regionCode = $regionCode
  AND a.category IN $categories
  AND (a.searchKey > $afterKey OR (a.searchKey = $afterKey AND a.id > $afterId))
RETURN a {.*} AS actor
ORDER BY a.searchKey, a.id
LIMIT $limit;

// actors.page[regionCode+categories+searchKey]
// params: regionCode, categories, searchKey, limit
MATCH (a:Actor)
WHERE a.regionCode = $regionCode
  AND a.category IN $categories
  AND a.searchKey CONTAINS $searchKey
RETURN a {.*} AS actor
ORDER BY a.searchKey, a.id
LIMIT $limit;

// actors.page[regionCode+categories+searchKey].after
// params: regionCode, categories, searchKey, afterKey, afterId, limit
MATCH (a:Actor)
WHERE a.regionCode = $regionCode
  AND a.category IN $categories
  AND a.searchKey CONTAINS $searchKey
  AND (a.searchKey > $afterKey OR (a.searchKey = $afterKey AND a.id > $afterId))
RETURN a {.*} AS actor
ORDER BY a.searchKey, a.id
LIMIT $limit;

// actors.page[regionCode+municipalityCodes]
// params: regionCode, municipalityCodes, limit
MATCH (a:Actor)
WHERE a.regionCode = $regionCode
  AND a.municipalityCode IN $municipalityCodes
RETURN a {.*} AS actor
ORDER BY a.searchKey, a.id
LIMIT $limit;

// actors.page[regionCode+municipalityCodes].after
// params: regionCode, municipalityCodes, afterKey, afterId, limit
MATCH (a:Actor)
WHERE a.regionCode = $regionCode
  AND a.municipalityCode IN $municipalityCodes
  AND (a.searchKey > $afterKey OR (a.searchKey = $afterKey AND a.id > $afterId))
RETURN a {.*} AS actor
ORDER BY a.searchKey, a.id
LIMIT $limit;

// actors.page[regionCode+municipalityCodes+searchKey]
// params: regionCode, municipalityCodes, searchKey, limit
MATCH (a:Actor)
WHERE a.regionCode = $regionCode
  AND a.municipalityCode IN $municipalityCodes
  AND a.searchKey CONTAINS $searchKey
RETURN a {.*} AS actor
ORDER BY a.searchKey, a.id
LIMIT $limit;

// actors.page[regionCode+municipalityCodes+searchKey].after
// params: regionCode, municipalityCodes, searchKey, afterKey, afterId, limit
MATCH (a:Actor)
WHERE a.regionCode = $regionCode
  AND a.municipalityCode IN $municipalityCodes
  AND a.searchKey CONTAINS $searchKey
  AND (a.searchKey > $afterKey OR (a.searchKey = $afterKey AND a.id > $afterId))
RETURN a {.*} AS actor
ORDER BY a.searchKey, a.id
LIMIT $limit;

// actors.page[regionCode+municipalityCodes+categories]
// params: regionCode, municipalityCodes, categories, limit
MATCH (a:Actor)
WHERE a.regionCode = $regionCode
  AND a.municipalityCode IN $municipalityCodes
  AND a.category IN $categories
RETURN a {.*} AS actor
ORDER BY a.searchKey, a.id
LIMIT $limit;

// actors.page[regionCode+municipalityCodes+categories].after
// params: regionCode, municipalityCodes, categories, afterKey, afterId, limit
MATCH (a:Actor)
WHERE a.regionCode = $regionCode
  AND a.municipalityCode IN $municipalityCodes
  AND a.category IN $categories
  AND (a.searchKey > $afterKey OR (a.searchKey = $afterKey AND a.id > $afterId))
RETURN a {.*} AS actor
ORDER BY a.searchKey, a.id
LIMIT $limit;

// actors.page[regionCode+municipalityCodes+categories+searchKey]
// params: regionCode, municipalityCodes, categories, searchKey, limit
MATCH (a:Actor)
WHERE a.regionCode = $regionCode
  AND a.municipalityCode IN $municipalityCodes
  AND a.category IN $categories
  AND a.searchKey CONTAINS $searchKey
RETURN a {.*} AS actor
ORDER BY a.searchKey, a.id
LIMIT $limit;

// actors.page[regionCode+municipalityCodes+categories+searchKey].after
// params: regionCode, municipalityCodes, categories, searchKey, afterKey, afterId, limit
MATCH (a:Actor)
WHERE a.regionCode = $regionCode
  AND a.municipalityCode IN $municipalityCodes
  AND a.category IN $categories
  AND a.searchKey CONTAINS $searchKey
  AND (a.searchKey > $afterKey OR (a.searchKey = $afterKey AND a.id > $afterId))
RETURN a {.*} AS actor
ORDER BY a.searchKey, a.id
LIMIT $limit;

// actors.page[regionCode+visibleRegionCodes]
// params: regionCode, visibleRegionCodes, limit
MATCH (a:Actor)
WHERE a.regionCode = $regionCode
  AND (a.regionCode IS NULL OR a.regionCode IN $visibleRegionCodes)
RETURN a {.*} AS actor
ORDER BY a.searchKey, a.id
LIMIT $limit;

// actors.page[regionCode+visibleRegionCodes].after
// params: regionCode, visibleRegionCodes, afterKey, afterId, limit
MATCH (a:Actor)
WHERE a.regionCode = $regionCode
  AND (a.regionCode IS NULL OR a.regionCode IN $visibleRegionCodes)
  AND (a.searchKey > $afterKey OR (a.searchKey = $afterKey AND a.id > $afterId))
RETURN a {.*} AS actor
ORDER BY a.searchKey, a.id
LIMIT $limit;

// actors.page[regionCode+visibleRegionCodes+searchKey]
// params: regionCode, visibleRegionCodes, searchKey, limit
MATCH (a:Actor)
WHERE a.regionCode = $regionCode
  AND (a.regionCode IS NULL OR a.regionCode IN $visibleRegionCodes)
  AND a.searchKey CONTAINS $searchKey
RETURN a {.*} AS actor
ORDER BY a.searchKey, a.id
LIMIT $limit;

// actors.page[regionCode+visibleRegionCodes+searchKey].after
// params: regionCode, visibleRegionCodes, searchKey, afterKey, afterId, limit
MATCH (a:Actor)
WHERE a.regionCode = $regionCode
  AND (a.regionCode IS NULL OR a.regionCode IN $visibleRegionCodes)
  AND a.searchKey CONTAINS $searchKey
  AND (a.searchKey > $afterKey OR (a.searchKey = $afterKey AND a.id > $afterId))
RETURN a {.*} AS actor
ORDER BY a.searchKey, a.id
LIMIT $limit;

// actors.page[regionCode+visibleRegionCodes+categories]
// params: regionCode, visibleRegionCodes, categories, limit
MATCH (a:Actor)
WHERE a.regionCode = $regionCode
  AND (a.regionCode IS NULL OR a.regionCode IN $visibleRegionCodes)
  AND a.category IN $categories
RETURN a {.*} AS actor
ORDER BY a.searchKey, a.id
LIMIT $limit;

// actors.page[regionCode+visibleRegionCodes+categories].after
// params: regionCode, visibleRegionCodes, categories, afterKey, afterId, limit
MATCH (a:Actor)
WHERE a.regionCode = $regionCode
  AND (a.regionCode IS NULL OR a.regionCode IN $visibleRegionCodes)
  AND a.category IN $categories
  AND (a.searchKey > $afterKey OR (a.searchKey = $afterKey AND a.id > $afterId))
RETURN a {.*} AS actor
ORDER BY a.searchKey, a.id
LIMIT $limit;

// actors.page[regionCode+visibleRegionCodes+categories+searchKey]
// params: regionCode, visibleRegionCodes, categories, searchKey, limit
MATCH (a:Actor)
WHERE a.regionCode = $regionCode
  AND (a.regionCode IS NULL OR a.regionCode IN $visibleRegionCodes)
  AND a.category IN $categories
  AND a.searchKey CONTAINS $searchKey
RETURN a {.*} AS actor
ORDER BY a.searchKey, a.id
LIMIT $limit;

// actors.page[regionCode+visibleRegionCodes+categories+searchKey].after
// params: regionCode, visibleRegionCodes, categories, searchKey, afterKey, afterId, limit
MATCH (a:Actor)
WHERE a.regionCode = $regionCode
  AND (a.regionCode IS NULL OR a.regionCode IN $visibleRegionCodes)
  AND a.category IN $categories
  AND a.searchKey CONTAINS $searchKey
  AND (a.searchKey > $afterKey OR (a.searchKey = $afterKey AND a.id > $afterId))
RETURN a {.*} AS actor
ORDER BY a.searchKey, a.id
LIMIT $limit;

// actors.page[regionCode+visibleRegionCodes+municipalityCodes]
// params: regionCode, visibleRegionCodes, municipalityCodes, limit
MATCH (a:Actor)
WHERE a.regionCode = $regionCode
  AND (a.regionCode IS NULL OR a.regionCode IN $visibleRegionCodes)
  AND a.municipalityCode IN $municipalityCodes
RETURN a {.*} AS actor
ORDER BY a.searchKey, a.id
LIMIT $limit;

// actors.page[regionCode+visibleRegionCodes+municipalityCodes].after
// params: regionCode, visibleRegionCodes, municipalityCodes, afterKey, afterId, limit
MATCH (a:Actor)
WHERE a.regionCode = $regionCode
  AND (a.regionCode IS NULL OR a.regionCode IN $visibleRegionCodes)
  AND a.municipalityCode IN $municipalityCodes
  AND (a.searchKey > $afterKey OR (a.searchKey = $afterKey AND a.id > $afterId))
RETURN a {.*} AS actor
ORDER BY a.searchKey, a.id
LIMIT $limit;

// actors.page[regionCode+visibleRegionCodes+municipalityCodes+searchKey]
// params: regionCode, visibleRegionCodes, municipalityCodes, searchKey, limit
MATCH (a:Actor)
WHERE a.regionCode = $regionCode
  AND (a.regionCode IS NULL OR a.regionCode IN $visibleRegionCodes)
  AND a.municipalityCode IN $municipalityCodes
  AND a.searchKey CONTAINS $searchKey
RETURN a {.*} AS actor
ORDER BY a.searchKey, a.id
LIMIT $limit;

// actors.page[regionCode+visibleRegionCodes+municipalityCodes+searchKey].after
// params: regionCode, visibleRegionCodes, municipalityCodes, searchKey, afterKey, afterId, limit
MATCH (a:Actor)
WHERE a.regionCode = $regionCode
  AND (a.regionCode IS NULL OR a.regionCode IN $visibleRegionCodes)
  AND a.municipalityCode IN $municipalityCodes
  AND a.searchKey CONTAINS $searchKey
  AND (a.searchKey > $afterKey OR (a.searchKey = $afterKey AND a.id > $afterId))
RETURN a {.*} AS actor
ORDER BY a.searchKey, a.id
LIMIT $limit;

// actors.page[regionCode+visibleRegionCodes+municipalityCodes+categories]
// params: regionCode, visibleRegionCodes, municipalityCodes, categories, limit
MATCH (a:Actor)
WHERE a.regionCode = $regionCode
  AND (a.regionCode IS NULL OR a.regionCode IN $visibleRegionCodes)
  AND a.municipalityCode IN $municipalityCodes
  AND a.category IN $categories
RETURN a {.*} AS actor
ORDER BY a.searchKey, a.id
LIMIT $limit;

// actors.page[regionCode+visibleRegionCodes+municipalityCodes+categories].after
// params: regionCode, visibleRegionCodes, municipalityCodes, categories, afterKey, afterId, limit
MATCH (a:Actor)
WHERE a.regionCode = $regionCode
  AND (a.regionCode IS NULL OR a.regionCode IN $visibleRegionCodes)
  AND a.municipalityCode IN $municipalityCodes
  AND a.category IN $categories
  AND (a.searchKey > $afterKey OR (a.searchKey = $afterKey AND a.id > $afterId))
RETURN a {.*} AS actor
ORDER BY a.searchKey, a.id
LIMIT $limit;

// actors.page[regionCode+visibleRegionCodes+municipalityCodes+categories+searchKey]
// params: regionCode, visibleRegionCodes, municipalityCodes, categories, searchKey, limit
MATCH (a:Actor)
WHERE a.regionCode = $regionCode
  AND (a.regionCode IS NULL OR a.regionCode IN $visibleRegionCodes)
  AND a.municipalityCode IN $municipalityCodes
  AND a.category IN $categories
  AND a.searchKey CONTAINS $searchKey
RETURN a {.*} AS actor
ORDER BY a.searchKey, a.id
LIMIT $limit;

// actors.page[regionCode+visibleRegionCodes+municipalityCodes+categories+searchKey].after
// params: regionCode, visibleRegionCodes, municipalityCodes, categories, searchKey, afterKey, afterId, limit
MATCH (a:Actor)
WHERE a.regionCode = $regionCode
  AND (a.regionCode IS NULL OR a.regionCode IN $visibleRegionCodes)
  AND a.municipalityCode IN $municipalityCodes
  AND a.category IN $categories
  AND a.searchKey CONTAINS $searchKey
  AND (a.searchKey > $afterKey OR (a.searchKey = $afterKey AND a.id > $afterId))
RETURN a {.*} AS actor
ORDER BY a.searchKey, a.id
LIMIT $limit;

// actors.matching[all]
// params: (none)
MATCH (a:Actor)
RETURN a {.*} AS actor;

// actors.matching[categories]
// params: categories
MATCH (a:Actor)
WHERE a.category IN $categories
RETURN a {.*} AS actor;

// actors.matching[municipalityCodes]
// params: municipalityCodes
MATCH (a:Actor)
WHERE a.municipalityCode IN $municipalityCodes
RETURN a {.*} AS actor;

// actors.matching[municipalityCodes+categories]
// params: municipalityCodes, categories
MATCH (a:Actor)
WHERE a.municipalityCode IN $municipalityCodes
  AND a.category IN $categories
RETURN a {.*} AS actor;

// actors.matching[visibleRegionCodes]
// params: visibleRegionCodes
MATCH (a:Actor)
WHERE (a.regionCode IS NULL OR a.regionCode IN $visibleRegionCodes)
RETURN a {.*} AS actor;

// actors.matching[visibleRegionCodes+categories]
// params: visibleRegionCodes, categories
MATCH (a:Actor)
WHERE (a.regionCode IS NULL OR a.regionCode IN $visibleRegionCodes)
  AND a.category IN $categories
RETURN a {.*} AS actor;

// actors.matching[visibleRegionCodes+municipalityCodes]
// params: visibleRegionCodes, municipalityCodes
MATCH (a:Actor)
WHERE (a.regionCode IS NULL OR a.regionCode IN $visibleRegionCodes)
  AND a.municipalityCode IN $municipalityCodes
RETURN a {.*} AS actor;

// actors.matching[visibleRegionCodes+municipalityCodes+categories]
// params: visibleRegionCodes, municipalityCodes, categories
MATCH (a:Actor)
WHERE (a.regionCode IS NULL OR a.regionCode IN $visibleRegionCodes)
  AND a.municipalityCode IN $municipalityCodes
  AND a.category IN $categories
RETURN a {.*} AS actor;

// actors.matching[regionCode]
// params: regionCode
MATCH (a:Actor)
WHERE a.regionCode = $regionCode
RETURN a {.*} AS actor;

// actors.matching[regionCode+categories]
// params: regionCode, categories
MATCH (a:Actor)
WHERE a.regionCode = $regionCode
  AND a.category IN $categories
RETURN a {.*} AS actor;

// actors.matching[regionCode+municipalityCodes]
// params: regionCode, municipalityCodes
MATCH (a:Actor)
WHERE a.regionCode = $regionCode
  AND a.municipalityCode IN $municipalityCodes
RETURN a {.*} AS actor;

// actors.matching[regionCode+municipalityCodes+categories]
// params: regionCode, municipalityCodes, categories
MATCH (a:Actor)
WHERE a.regionCode = $regionCode
  AND a.municipalityCode IN $municipalityCodes
  AND a.category IN $categories
RETURN a {.*} AS actor;

// actors.matching[regionCode+visibleRegionCodes]
// params: regionCode, visibleRegionCodes
MATCH (a:Actor)
WHERE a.regionCode = $regionCode
  AND (a.regionCode IS NULL OR a.regionCode IN $visibleRegionCodes)
RETURN a {.*} AS actor;

// actors.matching[regionCode+visibleRegionCodes+categories]
// params: regionCode, visibleRegionCodes, categories
MATCH (a:Actor)
WHERE a.regionCode = $regionCode
  AND (a.regionCode IS NULL OR a.regionCode IN $visibleRegionCodes)
  AND a.category IN $categories
RETURN a {.*} AS actor;

// actors.matching[regionCode+visibleRegionCodes+municipalityCodes]
// params: regionCode, visibleRegionCodes, municipalityCodes
MATCH (a:Actor)
WHERE a.regionCode = $regionCode
  AND (a.regionCode IS NULL OR a.regionCode IN $visibleRegionCodes)
  AND a.municipalityCode IN $municipalityCodes
RETURN a {.*} AS actor;

// actors.matching[regionCode+visibleRegionCodes+municipalityCodes+categories]
// params: regionCode, visibleRegionCodes, municipalityCodes, categories
MATCH (a:Actor)
WHERE a.regionCode = $regionCode
  AND (a.regionCode IS NULL OR a.regionCode IN $visibleRegionCodes)
  AND a.municipalityCode IN $municipalityCodes
  AND a.category IN $categories
RETURN a {.*} AS actor;

// person.byRef
// params: ref
OPTIONAL MATCH (byId:Person {id: $ref})
OPTIONAL MATCH (byExternalId:Person {externalId: $ref})
WITH coalesce(byId, byExternalId) AS p
WHERE p IS NOT NULL
MATCH (p)-[:CONTACT_OF]->(a:Actor)
RETURN p {.*, actorId: a.id} AS person;

// person.byId
// params: id
MATCH (p:Person {id: $id})-[:CONTACT_OF]->(a:Actor)
RETURN p {.*, actorId: a.id} AS person;

// person.byActor
// params: actorId
MATCH (p:Person)-[:CONTACT_OF]->(a:Actor {id: $actorId})
RETURN p {.*, actorId: a.id} AS person;

// person.dueForReview
// params: before
MATCH (p:Person)-[:CONTACT_OF]->(a:Actor)
WHERE p.reviewDate IS NULL OR p.reviewDate < $before
RETURN p {.*, actorId: a.id} AS person
ORDER BY p.reviewDate IS NOT NULL, p.reviewDate, p.name, p.id;

// person.create
// params: id, externalId, actorId, fields, now, writeId
MATCH (a:Actor {id: $actorId})
MERGE (p:Person {id: $id})
ON CREATE SET
  p += $fields,
  p.externalId = $externalId,
  p.createdAt = $now,
  p.updatedAt = $now,
  p.version = 1,
  p.writeId = $writeId
MERGE (p)-[:CONTACT_OF]->(a)
RETURN p {.*, actorId: a.id} AS person;

// person.update
// params: id, expectedVersion, actorId, fields, now, writeId
MATCH (p:Person {id: $id})
WHERE p.version = $expectedVersion
MATCH (a:Actor {id: $actorId})
OPTIONAL MATCH (p)-[old:CONTACT_OF]->(other:Actor)
WHERE other <> a
WITH p, a, collect(old) AS oldEdges
FOREACH (edge IN oldEdges | DELETE edge)
MERGE (p)-[:CONTACT_OF]->(a)
SET
  p += $fields,
  p.updatedAt = $now,
  p.version = p.version + 1,
  p.writeId = $writeId
RETURN p {.*, actorId: a.id} AS person;

// person.delete
// params: id, expectedVersion, attended
MATCH (p:Person {id: $id})-[:CONTACT_OF]->(a:Actor)
WHERE p.version = $expectedVersion
OPTIONAL MATCH (a)-[link:INVITED_TO|SPOKE_AT]->(:Event)
WHERE link.personId = p.id
WITH p, a, collect(link) AS links
FOREACH (l IN links | DELETE l)
WITH p, a
OPTIONAL MATCH (a)-[att:ATTENDED]->(e:Event)
WHERE NOT EXISTS { (a)-[i:INVITED_TO]->(e) WHERE i.status = $attended }
WITH p, collect(att) AS stale
FOREACH (l IN stale | DELETE l)
DETACH DELETE p
RETURN count(*) AS deleted;

// relationship.byId
// params: id
MATCH (s:Actor)-[r:COOPERATES_WITH {id: $id}]->(t:Actor)
RETURN r {.*, type: type(r), sourceId: s.id, targetId: t.id} AS tie
UNION ALL
MATCH (s:Actor)-[r:COMMUNICATES_WITH {id: $id}]->(t:Actor)
RETURN r {.*, type: type(r), sourceId: s.id, targetId: t.id} AS tie
UNION ALL
MATCH (s:Actor)-[r:MEMBER_OF {id: $id}]->(t:Actor)
RETURN r {.*, type: type(r), sourceId: s.id, targetId: t.id} AS tie
UNION ALL
MATCH (s:Actor)-[r:FUNDS {id: $id}]->(t:Actor)
RETURN r {.*, type: type(r), sourceId: s.id, targetId: t.id} AS tie
UNION ALL
MATCH (s:Actor)-[r:PART_OF {id: $id}]->(t:Actor)
RETURN r {.*, type: type(r), sourceId: s.id, targetId: t.id} AS tie;

// relationship.byActor
// params: actorId
MATCH (:Actor {id: $actorId})-[r:COOPERATES_WITH|COMMUNICATES_WITH|MEMBER_OF|FUNDS|PART_OF]-(:Actor)
WITH DISTINCT r
WITH r, startNode(r) AS s, endNode(r) AS t
RETURN r {.*, type: type(r), sourceId: s.id, targetId: t.id} AS tie;

// relationship.all
// params: (none)
MATCH (s:Actor)-[r:COOPERATES_WITH|COMMUNICATES_WITH|MEMBER_OF|FUNDS|PART_OF]->(t:Actor)
RETURN r {.*, type: type(r), sourceId: s.id, targetId: t.id} AS tie;

// relationship.touching
// params: ids
MATCH (s:Actor)-[r:COOPERATES_WITH|COMMUNICATES_WITH|MEMBER_OF|FUNDS|PART_OF]->(t:Actor)
WHERE s.id IN $ids
RETURN r {.*, type: type(r), sourceId: s.id, targetId: t.id} AS tie
UNION
MATCH (s:Actor)-[r:COOPERATES_WITH|COMMUNICATES_WITH|MEMBER_OF|FUNDS|PART_OF]->(t:Actor)
WHERE t.id IN $ids
RETURN r {.*, type: type(r), sourceId: s.id, targetId: t.id} AS tie;

// relationship.otherBetween.COOPERATES_WITH
// params: sourceId, targetId, id
MATCH (:Actor {id: $sourceId})-[r:COOPERATES_WITH]-(:Actor {id: $targetId})
WHERE r.id <> $id
RETURN r.id AS id
LIMIT 1;

// relationship.otherBetween.COMMUNICATES_WITH
// params: sourceId, targetId, id
MATCH (:Actor {id: $sourceId})-[r:COMMUNICATES_WITH]-(:Actor {id: $targetId})
WHERE r.id <> $id
RETURN r.id AS id
LIMIT 1;

// relationship.otherBetween.MEMBER_OF
// params: sourceId, targetId, id
MATCH (:Actor {id: $sourceId})-[r:MEMBER_OF]->(:Actor {id: $targetId})
WHERE r.id <> $id
RETURN r.id AS id
LIMIT 1;

// relationship.otherBetween.FUNDS
// params: sourceId, targetId, id
MATCH (:Actor {id: $sourceId})-[r:FUNDS]->(:Actor {id: $targetId})
WHERE r.id <> $id
RETURN r.id AS id
LIMIT 1;

// relationship.otherBetween.PART_OF
// params: sourceId, targetId, id
MATCH (:Actor {id: $sourceId})-[r:PART_OF]->(:Actor {id: $targetId})
WHERE r.id <> $id
RETURN r.id AS id
LIMIT 1;

// relationship.create.COOPERATES_WITH
// params: sourceId, targetId, id, fields, now, writeId
MATCH (s:Actor {id: $sourceId})
MATCH (t:Actor {id: $targetId})
MERGE (s)-[r:COOPERATES_WITH {id: $id}]->(t)
ON CREATE SET
  r += $fields,
  r.createdAt = $now,
  r.updatedAt = $now,
  r.version = 1,
  r.writeId = $writeId
RETURN r {.*, type: type(r), sourceId: s.id, targetId: t.id} AS tie;

// relationship.create.COMMUNICATES_WITH
// params: sourceId, targetId, id, fields, now, writeId
MATCH (s:Actor {id: $sourceId})
MATCH (t:Actor {id: $targetId})
MERGE (s)-[r:COMMUNICATES_WITH {id: $id}]->(t)
ON CREATE SET
  r += $fields,
  r.createdAt = $now,
  r.updatedAt = $now,
  r.version = 1,
  r.writeId = $writeId
RETURN r {.*, type: type(r), sourceId: s.id, targetId: t.id} AS tie;

// relationship.create.MEMBER_OF
// params: sourceId, targetId, id, fields, now, writeId
MATCH (s:Actor {id: $sourceId})
MATCH (t:Actor {id: $targetId})
MERGE (s)-[r:MEMBER_OF {id: $id}]->(t)
ON CREATE SET
  r += $fields,
  r.createdAt = $now,
  r.updatedAt = $now,
  r.version = 1,
  r.writeId = $writeId
RETURN r {.*, type: type(r), sourceId: s.id, targetId: t.id} AS tie;

// relationship.create.FUNDS
// params: sourceId, targetId, id, fields, now, writeId
MATCH (s:Actor {id: $sourceId})
MATCH (t:Actor {id: $targetId})
MERGE (s)-[r:FUNDS {id: $id}]->(t)
ON CREATE SET
  r += $fields,
  r.createdAt = $now,
  r.updatedAt = $now,
  r.version = 1,
  r.writeId = $writeId
RETURN r {.*, type: type(r), sourceId: s.id, targetId: t.id} AS tie;

// relationship.create.PART_OF
// params: sourceId, targetId, id, fields, now, writeId
MATCH (s:Actor {id: $sourceId})
MATCH (t:Actor {id: $targetId})
MERGE (s)-[r:PART_OF {id: $id}]->(t)
ON CREATE SET
  r += $fields,
  r.createdAt = $now,
  r.updatedAt = $now,
  r.version = 1,
  r.writeId = $writeId
RETURN r {.*, type: type(r), sourceId: s.id, targetId: t.id} AS tie;

// relationship.update.COOPERATES_WITH
// params: id, expectedVersion, fields, now, writeId
MATCH (s:Actor)-[r:COOPERATES_WITH {id: $id}]->(t:Actor)
WHERE r.version = $expectedVersion
SET
  r += $fields,
  r.updatedAt = $now,
  r.version = r.version + 1,
  r.writeId = $writeId
RETURN r {.*, type: type(r), sourceId: s.id, targetId: t.id} AS tie;

// relationship.update.COMMUNICATES_WITH
// params: id, expectedVersion, fields, now, writeId
MATCH (s:Actor)-[r:COMMUNICATES_WITH {id: $id}]->(t:Actor)
WHERE r.version = $expectedVersion
SET
  r += $fields,
  r.updatedAt = $now,
  r.version = r.version + 1,
  r.writeId = $writeId
RETURN r {.*, type: type(r), sourceId: s.id, targetId: t.id} AS tie;

// relationship.update.MEMBER_OF
// params: id, expectedVersion, fields, now, writeId
MATCH (s:Actor)-[r:MEMBER_OF {id: $id}]->(t:Actor)
WHERE r.version = $expectedVersion
SET
  r += $fields,
  r.updatedAt = $now,
  r.version = r.version + 1,
  r.writeId = $writeId
RETURN r {.*, type: type(r), sourceId: s.id, targetId: t.id} AS tie;

// relationship.update.FUNDS
// params: id, expectedVersion, fields, now, writeId
MATCH (s:Actor)-[r:FUNDS {id: $id}]->(t:Actor)
WHERE r.version = $expectedVersion
SET
  r += $fields,
  r.updatedAt = $now,
  r.version = r.version + 1,
  r.writeId = $writeId
RETURN r {.*, type: type(r), sourceId: s.id, targetId: t.id} AS tie;

// relationship.update.PART_OF
// params: id, expectedVersion, fields, now, writeId
MATCH (s:Actor)-[r:PART_OF {id: $id}]->(t:Actor)
WHERE r.version = $expectedVersion
SET
  r += $fields,
  r.updatedAt = $now,
  r.version = r.version + 1,
  r.writeId = $writeId
RETURN r {.*, type: type(r), sourceId: s.id, targetId: t.id} AS tie;

// relationship.delete.COOPERATES_WITH
// params: id, expectedVersion
MATCH (:Actor)-[r:COOPERATES_WITH {id: $id}]->(:Actor)
WHERE r.version = $expectedVersion
DELETE r
RETURN count(*) AS deleted;

// relationship.delete.COMMUNICATES_WITH
// params: id, expectedVersion
MATCH (:Actor)-[r:COMMUNICATES_WITH {id: $id}]->(:Actor)
WHERE r.version = $expectedVersion
DELETE r
RETURN count(*) AS deleted;

// relationship.delete.MEMBER_OF
// params: id, expectedVersion
MATCH (:Actor)-[r:MEMBER_OF {id: $id}]->(:Actor)
WHERE r.version = $expectedVersion
DELETE r
RETURN count(*) AS deleted;

// relationship.delete.FUNDS
// params: id, expectedVersion
MATCH (:Actor)-[r:FUNDS {id: $id}]->(:Actor)
WHERE r.version = $expectedVersion
DELETE r
RETURN count(*) AS deleted;

// relationship.delete.PART_OF
// params: id, expectedVersion
MATCH (:Actor)-[r:PART_OF {id: $id}]->(:Actor)
WHERE r.version = $expectedVersion
DELETE r
RETURN count(*) AS deleted;

// geography.clear
// params: (none)
MATCH (n:Region|Municipality|WellbeingCounty|Elinvoimakeskus)
DETACH DELETE n;

// geography.createRegions
// params: regions
UNWIND $regions AS row
CREATE (:Region {code: row.code, nameFi: row.nameFi, nameSv: row.nameSv});

// geography.createWellbeingCounties
// params: areas
UNWIND $areas AS row
CREATE (:WellbeingCounty {code: row.code, nameFi: row.nameFi, nameSv: row.nameSv});

// geography.createElinvoimakeskukset
// params: areas
UNWIND $areas AS row
CREATE (:Elinvoimakeskus {code: row.code, nameFi: row.nameFi, nameSv: row.nameSv});

// geography.createMunicipalities
// params: municipalities
UNWIND $municipalities AS row
CREATE (:Municipality {
  code: row.code,
  nameFi: row.nameFi,
  nameSv: row.nameSv,
  regionCode: row.regionCode,
  subRegionCode: row.subRegionCode,
  subRegionNameFi: row.subRegionNameFi,
  wellbeingCountyCode: row.wellbeingCountyCode,
  elinvoimakeskusCode: row.elinvoimakeskusCode,
  languageStatusCode: row.languageStatusCode,
  languageStatusFi: row.languageStatusFi
});

// geography.linkRegions
// params: (none)
MATCH (m:Municipality)
MATCH (r:Region {code: m.regionCode})
CREATE (m)-[:IN_REGION]->(r);

// geography.linkWellbeingCounties
// params: (none)
MATCH (m:Municipality)
MATCH (w:WellbeingCounty {code: m.wellbeingCountyCode})
CREATE (m)-[:IN_WELLBEING_COUNTY]->(w);

// geography.linkElinvoimakeskukset
// params: (none)
MATCH (m:Municipality)
MATCH (e:Elinvoimakeskus {code: m.elinvoimakeskusCode})
CREATE (m)-[:IN_ELINVOIMAKESKUS]->(e);

// geography.regions
// params: (none)
MATCH (r:Region) RETURN r {.*} AS region;

// geography.municipalities
// params: (none)
MATCH (m:Municipality) RETURN m {.*} AS municipality;

// geography.wellbeingCounties
// params: (none)
MATCH (w:WellbeingCounty) RETURN w {.*} AS area;

// geography.elinvoimakeskukset
// params: (none)
MATCH (e:Elinvoimakeskus) RETURN e {.*} AS area;

// import.actorsByExternalId
// params: externalIds
UNWIND $externalIds AS externalId
MATCH (a:Actor {externalId: externalId})
RETURN a {.*} AS actor;

// import.createActors
// params: rows, now, writeId
UNWIND $rows AS row
CREATE (a:Actor {
  id: row.id,
  externalId: row.externalId,
  createdAt: $now,
  updatedAt: $now,
  version: 1,
  writeId: $writeId
})
SET a += row.fields
RETURN count(*) AS written;

// import.updateActors
// params: rows, now, writeId
UNWIND $rows AS row
MATCH (a:Actor {id: row.id})
SET
  a += row.fields,
  a.updatedAt = $now,
  a.version = a.version + 1,
  a.writeId = $writeId
RETURN count(*) AS written;

// import.personsByExternalId
// params: externalIds
UNWIND $externalIds AS externalId
MATCH (p:Person {externalId: externalId})-[:CONTACT_OF]->(a:Actor)
RETURN p {.*, actorId: a.id} AS person;

// import.createPersons
// params: rows, now, writeId
UNWIND $rows AS row
MATCH (a:Actor {id: row.actorId})
CREATE (p:Person {
  id: row.id,
  externalId: row.externalId,
  createdAt: $now,
  updatedAt: $now,
  version: 1,
  writeId: $writeId
})-[:CONTACT_OF]->(a)
SET p += row.fields
RETURN count(*) AS written;

// import.updatePersons
// params: rows, now, writeId
UNWIND $rows AS row
MATCH (p:Person {id: row.id})
MATCH (a:Actor {id: row.actorId})
OPTIONAL MATCH (p)-[old:CONTACT_OF]->(other:Actor)
WHERE other <> a
WITH p, a, row, collect(old) AS oldEdges
FOREACH (edge IN oldEdges | DELETE edge)
MERGE (p)-[:CONTACT_OF]->(a)
SET
  p += row.fields,
  p.updatedAt = $now,
  p.version = p.version + 1,
  p.writeId = $writeId
RETURN count(*) AS written;

// import.tiesBetween.COOPERATES_WITH
// params: pairs
UNWIND $pairs AS pair
MATCH (:Actor {id: pair.sourceId})-[r:COOPERATES_WITH]-(:Actor {id: pair.targetId})
WITH pair, r, startNode(r) AS s, endNode(r) AS t
RETURN pair.key AS key, r {.*, type: type(r), sourceId: s.id, targetId: t.id} AS tie;

// import.tiesBetween.COMMUNICATES_WITH
// params: pairs
UNWIND $pairs AS pair
MATCH (:Actor {id: pair.sourceId})-[r:COMMUNICATES_WITH]-(:Actor {id: pair.targetId})
WITH pair, r, startNode(r) AS s, endNode(r) AS t
RETURN pair.key AS key, r {.*, type: type(r), sourceId: s.id, targetId: t.id} AS tie;

// import.tiesBetween.MEMBER_OF
// params: pairs
UNWIND $pairs AS pair
MATCH (:Actor {id: pair.sourceId})-[r:MEMBER_OF]->(:Actor {id: pair.targetId})
WITH pair, r, startNode(r) AS s, endNode(r) AS t
RETURN pair.key AS key, r {.*, type: type(r), sourceId: s.id, targetId: t.id} AS tie;

// import.tiesBetween.FUNDS
// params: pairs
UNWIND $pairs AS pair
MATCH (:Actor {id: pair.sourceId})-[r:FUNDS]->(:Actor {id: pair.targetId})
WITH pair, r, startNode(r) AS s, endNode(r) AS t
RETURN pair.key AS key, r {.*, type: type(r), sourceId: s.id, targetId: t.id} AS tie;

// import.tiesBetween.PART_OF
// params: pairs
UNWIND $pairs AS pair
MATCH (:Actor {id: pair.sourceId})-[r:PART_OF]->(:Actor {id: pair.targetId})
WITH pair, r, startNode(r) AS s, endNode(r) AS t
RETURN pair.key AS key, r {.*, type: type(r), sourceId: s.id, targetId: t.id} AS tie;

// import.createTies.COOPERATES_WITH
// params: rows, now, writeId
UNWIND $rows AS row
MATCH (s:Actor {id: row.sourceId})
MATCH (t:Actor {id: row.targetId})
CREATE (s)-[r:COOPERATES_WITH {
  id: row.id,
  createdAt: $now,
  updatedAt: $now,
  version: 1,
  writeId: $writeId
}]->(t)
SET r += row.fields
RETURN count(*) AS written;

// import.createTies.COMMUNICATES_WITH
// params: rows, now, writeId
UNWIND $rows AS row
MATCH (s:Actor {id: row.sourceId})
MATCH (t:Actor {id: row.targetId})
CREATE (s)-[r:COMMUNICATES_WITH {
  id: row.id,
  createdAt: $now,
  updatedAt: $now,
  version: 1,
  writeId: $writeId
}]->(t)
SET r += row.fields
RETURN count(*) AS written;

// import.createTies.MEMBER_OF
// params: rows, now, writeId
UNWIND $rows AS row
MATCH (s:Actor {id: row.sourceId})
MATCH (t:Actor {id: row.targetId})
CREATE (s)-[r:MEMBER_OF {
  id: row.id,
  createdAt: $now,
  updatedAt: $now,
  version: 1,
  writeId: $writeId
}]->(t)
SET r += row.fields
RETURN count(*) AS written;

// import.createTies.FUNDS
// params: rows, now, writeId
UNWIND $rows AS row
MATCH (s:Actor {id: row.sourceId})
MATCH (t:Actor {id: row.targetId})
CREATE (s)-[r:FUNDS {
  id: row.id,
  createdAt: $now,
  updatedAt: $now,
  version: 1,
  writeId: $writeId
}]->(t)
SET r += row.fields
RETURN count(*) AS written;

// import.createTies.PART_OF
// params: rows, now, writeId
UNWIND $rows AS row
MATCH (s:Actor {id: row.sourceId})
MATCH (t:Actor {id: row.targetId})
CREATE (s)-[r:PART_OF {
  id: row.id,
  createdAt: $now,
  updatedAt: $now,
  version: 1,
  writeId: $writeId
}]->(t)
SET r += row.fields
RETURN count(*) AS written;

// import.updateTies.COOPERATES_WITH
// params: rows, now, writeId
UNWIND $rows AS row
MATCH (:Actor)-[r:COOPERATES_WITH {id: row.id}]->(:Actor)
SET
  r += row.fields,
  r.updatedAt = $now,
  r.version = r.version + 1,
  r.writeId = $writeId
RETURN count(*) AS written;

// import.updateTies.COMMUNICATES_WITH
// params: rows, now, writeId
UNWIND $rows AS row
MATCH (:Actor)-[r:COMMUNICATES_WITH {id: row.id}]->(:Actor)
SET
  r += row.fields,
  r.updatedAt = $now,
  r.version = r.version + 1,
  r.writeId = $writeId
RETURN count(*) AS written;

// import.updateTies.MEMBER_OF
// params: rows, now, writeId
UNWIND $rows AS row
MATCH (:Actor)-[r:MEMBER_OF {id: row.id}]->(:Actor)
SET
  r += row.fields,
  r.updatedAt = $now,
  r.version = r.version + 1,
  r.writeId = $writeId
RETURN count(*) AS written;

// import.updateTies.FUNDS
// params: rows, now, writeId
UNWIND $rows AS row
MATCH (:Actor)-[r:FUNDS {id: row.id}]->(:Actor)
SET
  r += row.fields,
  r.updatedAt = $now,
  r.version = r.version + 1,
  r.writeId = $writeId
RETURN count(*) AS written;

// import.updateTies.PART_OF
// params: rows, now, writeId
UNWIND $rows AS row
MATCH (:Actor)-[r:PART_OF {id: row.id}]->(:Actor)
SET
  r += row.fields,
  r.updatedAt = $now,
  r.version = r.version + 1,
  r.writeId = $writeId
RETURN count(*) AS written;

// event.byId
// params: id
MATCH (e:Event {id: $id})
RETURN 
e {.*} AS event,
COLLECT {
  MATCH (a:Actor)-[o:ORGANISED]->(e)
  RETURN o {.*, actorId: a.id} AS organiser ORDER BY o.position
} AS organisers,
COLLECT {
  MATCH (a:Actor)-[s:SPOKE_AT]->(e)
  RETURN s {.*, actorId: a.id} AS speaker
} AS speakers;

// event.find
// params: regionCode, municipalityCode, from, to
MATCH (e:Event)
WHERE ($regionCode IS NULL OR e.regionCode = $regionCode)
  AND ($municipalityCode IS NULL OR e.municipalityCode = $municipalityCode)
  AND ($from IS NULL OR coalesce(e.endDate, e.date) >= $from)
  AND ($to IS NULL OR e.date <= $to)
RETURN 
e {.*} AS event,
COLLECT {
  MATCH (a:Actor)-[o:ORGANISED]->(e)
  RETURN o {.*, actorId: a.id} AS organiser ORDER BY o.position
} AS organisers,
COLLECT {
  MATCH (a:Actor)-[s:SPOKE_AT]->(e)
  RETURN s {.*, actorId: a.id} AS speaker
} AS speakers
ORDER BY e.date, e.startTime IS NOT NULL, e.startTime, e.id;

// event.byPerson
// params: personId
OPTIONAL MATCH (:Actor)-[i:INVITED_TO]->(invited:Event)
WHERE i.personId = $personId
WITH collect(invited) AS invited
OPTIONAL MATCH (:Actor)-[s:SPOKE_AT]->(spoke:Event)
WHERE s.personId = $personId
WITH invited, collect(spoke) AS spoke
UNWIND invited + spoke AS e
WITH DISTINCT e
RETURN 
e {.*} AS event,
COLLECT {
  MATCH (a:Actor)-[o:ORGANISED]->(e)
  RETURN o {.*, actorId: a.id} AS organiser ORDER BY o.position
} AS organisers,
COLLECT {
  MATCH (a:Actor)-[s:SPOKE_AT]->(e)
  RETURN s {.*, actorId: a.id} AS speaker
} AS speakers
ORDER BY e.date, e.startTime IS NOT NULL, e.startTime, e.id;

// event.create
// params: id, fields, now, writeId
MERGE (e:Event {id: $id})
ON CREATE SET
  e += $fields,
  e.createdAt = $now,
  e.updatedAt = $now,
  e.version = 1,
  e.writeId = $writeId
RETURN e.id AS id;

// event.update
// params: id, expectedVersion, fields, now, writeId
MATCH (e:Event {id: $id})
WHERE e.version = $expectedVersion
SET
  e += $fields,
  e.updatedAt = $now,
  e.version = e.version + 1,
  e.writeId = $writeId
WITH e
OPTIONAL MATCH (:Actor)-[old:ORGANISED|SPOKE_AT]->(e)
WITH e, collect(old) AS olds
FOREACH (link IN olds | DELETE link)
RETURN e.id AS id;

// event.linkOrganisers
// params: eventId, organisers
MATCH (e:Event {id: $eventId})
UNWIND $organisers AS row
MATCH (a:Actor {id: row.actorId})
MERGE (a)-[o:ORGANISED]->(e)
SET
  o.position = row.position,
  o.tasks = row.tasks,
  o.costSharePercent = row.costSharePercent,
  o.note = row.note;

// event.linkSpeakers
// params: eventId, speakers
MATCH (e:Event {id: $eventId})
UNWIND $speakers AS row
MATCH (a:Actor {id: row.actorId})
MERGE (a)-[s:SPOKE_AT {item: row.item, position: row.position}]->(e)
SET s.personId = row.personId;

// event.delete
// params: id, expectedVersion
MATCH (e:Event {id: $id})
WHERE e.version = $expectedVersion
DETACH DELETE e
RETURN count(*) AS deleted;

// invitation.byId
// params: id
MATCH (a:Actor)-[i:INVITED_TO {id: $id}]->(e:Event)
RETURN i {.*, actorId: a.id, eventId: e.id} AS invitation;

// invitation.byEvent
// params: eventId
MATCH (a:Actor)-[i:INVITED_TO]->(e:Event {id: $eventId})
RETURN i {.*, actorId: a.id, eventId: e.id} AS invitation
ORDER BY i.seq;

// invitation.byPerson
// params: personId
MATCH (a:Actor)-[i:INVITED_TO]->(e:Event)
WHERE i.personId = $personId
RETURN i {.*, actorId: a.id, eventId: e.id} AS invitation;

// invitation.nextSeq
// params: eventId
MATCH (e:Event {id: $eventId})
OPTIONAL MATCH (:Actor)-[i:INVITED_TO]->(e)
RETURN e.id AS eventId, coalesce(max(i.seq), 0) + 1 AS seq;

// invitation.clash
// params: eventId, id, actorId, personId, emailKey
MATCH (a:Actor)-[i:INVITED_TO]->(:Event {id: $eventId})
WHERE i.id <> $id
  AND (($personId IS NOT NULL AND i.personId = $personId)
    OR ($emailKey IS NOT NULL AND i.emailKey = $emailKey)
    OR ($personId IS NULL AND i.personId IS NULL AND a.id = $actorId))
RETURN i.personId AS personId, i.emailKey AS emailKey
LIMIT 1;

// invitation.create
// params: id, eventId, actorId, fields, now, writeId
MATCH (e:Event {id: $eventId})
MATCH (a:Actor {id: $actorId})
MERGE (a)-[i:INVITED_TO {id: $id}]->(e)
ON CREATE SET
  i += $fields,
  i.createdAt = $now,
  i.updatedAt = $now,
  i.version = 1,
  i.writeId = $writeId
RETURN i {.*, actorId: a.id, eventId: e.id} AS invitation;

// invitation.update
// params: id, expectedVersion, fields, now, writeId
MATCH (a:Actor)-[i:INVITED_TO {id: $id}]->(e:Event)
WHERE i.version = $expectedVersion
SET
  i += $fields,
  i.updatedAt = $now,
  i.version = i.version + 1,
  i.writeId = $writeId
RETURN i {.*, actorId: a.id, eventId: e.id} AS invitation;

// invitation.delete
// params: id, expectedVersion
MATCH (a:Actor)-[i:INVITED_TO {id: $id}]->(e:Event)
WHERE i.version = $expectedVersion
DELETE i
RETURN count(*) AS deleted, a.id AS actorId, e.id AS eventId;

// invitation.syncAttended
// params: actorId, eventId, attended
MATCH (a:Actor {id: $actorId})
MATCH (e:Event {id: $eventId})
OPTIONAL MATCH (a)-[old:ATTENDED]->(e)
WITH a, e, collect(old) AS olds
FOREACH (link IN olds | DELETE link)
WITH a, e
WHERE EXISTS { (a)-[i:INVITED_TO]->(e) WHERE i.status = $attended }
MERGE (a)-[:ATTENDED]->(e);

// participation.byActors
// params: ids
MATCH (a:Actor)-[r:ORGANISED|SPOKE_AT|INVITED_TO|ATTENDED]->(e:Event)
WHERE a.id IN $ids
RETURN a.id AS actorId, e.id AS eventId, type(r) AS type, r.status AS status;

// reference.personActors
// params: ids
MATCH (p:Person)-[:CONTACT_OF]->(a:Actor)
WHERE p.id IN $ids
RETURN p.id AS personId, a.id AS actorId;

// personLinks.dropUnder
// params: actorId, personId
MATCH (:Actor {id: $actorId})-[link:INVITED_TO|SPOKE_AT]->(:Event)
WHERE link.personId = $personId
DELETE link;

// personLinks.pruneAttended
// params: actorId, attended
MATCH (a:Actor {id: $actorId})-[att:ATTENDED]->(e:Event)
WHERE NOT EXISTS { (a)-[i:INVITED_TO]->(e) WHERE i.status = $attended }
DELETE att;

// plan.byId
// params: id
MATCH (p:Plan {id: $id})
RETURN 
p {.*} AS plan,
COLLECT {
  MATCH (a:Actor)-[r:HAS_ROLE_IN]->(p)
  RETURN r {.*, actorId: a.id} AS role
} AS roles;

// plan.find
// params: regionCode, municipalityCode
MATCH (p:Plan)
WHERE ($regionCode IS NULL OR p.regionCode = $regionCode)
  AND ($municipalityCode IS NULL OR p.municipalityCode = $municipalityCode)
RETURN 
p {.*} AS plan,
COLLECT {
  MATCH (a:Actor)-[r:HAS_ROLE_IN]->(p)
  RETURN r {.*, actorId: a.id} AS role
} AS roles
ORDER BY p.periodStart, p.title, p.id;

// plan.create
// params: id, fields, now, writeId
MERGE (p:Plan {id: $id})
ON CREATE SET
  p += $fields,
  p.createdAt = $now,
  p.updatedAt = $now,
  p.version = 1,
  p.writeId = $writeId
RETURN p.id AS id;

// plan.update
// params: id, expectedVersion, fields, now, writeId
MATCH (p:Plan {id: $id})
WHERE p.version = $expectedVersion
SET
  p += $fields,
  p.updatedAt = $now,
  p.version = p.version + 1,
  p.writeId = $writeId
WITH p
OPTIONAL MATCH (:Actor)-[old:HAS_ROLE_IN]->(p)
WITH p, collect(old) AS olds
FOREACH (link IN olds | DELETE link)
RETURN p.id AS id;

// plan.linkRoles
// params: planId, roles
MATCH (p:Plan {id: $planId})
UNWIND $roles AS row
MATCH (a:Actor {id: row.actorId})
MERGE (a)-[:HAS_ROLE_IN {measure: row.measure, role: row.role, position: row.position}]->(p);

// plan.delete
// params: id, expectedVersion
MATCH (p:Plan {id: $id})
WHERE p.version = $expectedVersion
DETACH DELETE p
RETURN count(*) AS deleted;

// profile.list
// params: (none)
MATCH (p:Profile)
RETURN p {.*} AS profile
ORDER BY p.id;

// profile.byId
// params: id
MATCH (p:Profile {id: $id})
RETURN p {.*} AS profile;

// profile.create
// params: id, definition, now, writeId
MERGE (p:Profile {id: $id})
ON CREATE SET
  p.definition = $definition,
  p.createdAt = $now,
  p.updatedAt = $now,
  p.version = 1,
  p.writeId = $writeId
RETURN p {.*} AS profile;

// profile.update
// params: id, expectedVersion, definition, now, writeId
MATCH (p:Profile {id: $id})
WHERE p.version = $expectedVersion
SET
  p.definition = $definition,
  p.updatedAt = $now,
  p.version = p.version + 1,
  p.writeId = $writeId
RETURN p {.*} AS profile;

// profile.delete
// params: id, expectedVersion
MATCH (p:Profile {id: $id})
WHERE p.version = $expectedVersion
DELETE p
RETURN count(*) AS deleted;

// user.count
// params: (none)
MATCH (u:User) RETURN count(u) AS n;

// user.list
// params: (none)
MATCH (u:User)
RETURN u {.*} AS user
ORDER BY u.email;

// user.byId
// params: id
MATCH (u:User {id: $id}) RETURN u {.*} AS user;

// user.byEmail
// params: email
MATCH (u:User {email: $email}) RETURN u {.*} AS user;

// user.create
// params: id, email, name, role, regions, allRegions, passwordHash, disabled, now, writeId
MERGE (u:User {email: $email})
ON CREATE SET
  u.id = $id,
  u.name = $name,
  u.role = $role,
  u.regions = $regions,
  u.allRegions = $allRegions,
  u.passwordHash = $passwordHash,
  u.disabled = $disabled,
  u.createdAt = $now,
  u.updatedAt = $now,
  u.version = 1,
  u.writeId = $writeId
RETURN u {.*} AS user;

// user.update
// params: id, expectedVersion, email, name, role, regions, allRegions, passwordHash, disabled, now, writeId
MATCH (u:User {id: $id})
WHERE u.version = $expectedVersion
SET
  u.email = $email,
  u.name = $name,
  u.role = $role,
  u.regions = $regions,
  u.allRegions = $allRegions,
  u.passwordHash = $passwordHash,
  u.disabled = $disabled,
  u.updatedAt = $now,
  u.version = u.version + 1,
  u.writeId = $writeId
RETURN u {.*} AS user;

// user.delete
// params: id, expectedVersion
MATCH (u:User {id: $id})
WHERE u.version = $expectedVersion
OPTIONAL MATCH (s:Session {userId: $id})
DELETE s
WITH DISTINCT u
DELETE u
RETURN count(*) AS deleted;

// session.create
// params: id, userId, createdAt, lastSeenAt
MATCH (u:User {id: $userId})
MERGE (s:Session {id: $id})
ON CREATE SET
  s.userId = u.id,
  s.createdAt = $createdAt,
  s.lastSeenAt = $lastSeenAt
RETURN s.id AS id;

// session.byId
// params: id
MATCH (s:Session {id: $id}) RETURN s {.*} AS session;

// session.touch
// params: id, lastSeenAt
MATCH (s:Session {id: $id}) SET s.lastSeenAt = $lastSeenAt;

// session.delete
// params: id
MATCH (s:Session {id: $id}) DELETE s;

// session.deleteOfUser
// params: userId
MATCH (s:Session {userId: $userId})
DELETE s
RETURN count(*) AS deleted;

// session.deleteExpired
// params: lastSeenBefore, createdBefore
MATCH (s:Session)
WHERE s.lastSeenAt < $lastSeenBefore OR s.createdAt < $createdBefore
DELETE s
RETURN count(*) AS deleted;

// audit.append
// params: writeId, at, userId, userEmail, action, entity, entityId, before, after, detail
MERGE (m:Meta {key: 'auditSeq'})
ON CREATE SET m.value = 0
WITH m
OPTIONAL MATCH (done:AuditEntry {writeId: $writeId})
WITH m, done
WHERE done IS NULL
SET m.value = m.value + 1
CREATE (e:AuditEntry {
  seq: m.value,
  writeId: $writeId,
  at: $at,
  userId: $userId,
  userEmail: $userEmail,
  action: $action,
  entity: $entity,
  entityId: $entityId,
  before: $before,
  after: $after,
  detail: $detail
});

// audit.list
// params: beforeSeq, entity, entityId, limit
MATCH (e:AuditEntry)
WHERE ($beforeSeq IS NULL OR e.seq < $beforeSeq)
  AND ($entity IS NULL OR e.entity = $entity)
  AND ($entityId IS NULL OR e.entityId = $entityId)
RETURN e {.*} AS entry
ORDER BY e.seq DESC
LIMIT $limit;
