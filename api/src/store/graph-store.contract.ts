import { readGeography, type Geography } from '@verkosto/graph-seed';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type {
  ActorFields,
  ActorRecord,
  PersonFields,
  PersonRecord,
  RelationshipFields,
  RelationshipRecord,
} from '../domain/records';
import type { RelationshipType } from '../domain/relationship-types';
import { describeAccountStoreContract } from './account-store.contract';
import { describeAuditStoreContract } from './audit-store.contract';
import { describeEventStoreContract } from './event-store.contract';
import { describeProfileStoreContract } from './profile-store.contract';
import { searchKey } from '../domain/search-key';
import type {
  GraphStore,
  ImportActor,
  ImportBatch,
  ImportPerson,
  ImportRelationship,
  NewActor,
  NetworkTie,
  NewPerson,
} from './graph-store';
import {
  DuplicateError,
  MissingReferenceError,
  NotFoundError,
  VersionConflictError,
} from './store-errors';

export interface GraphStoreContractOptions {
  /** Per-test timeout in ms, for an adapter whose database answers over the network. */
  timeout?: number;
}

/**
 * The one behaviour every GraphStore adapter must have, written against the port only (no
 * SQL, no Cypher) so that it runs unchanged on each of them.
 *
 * `makeStore` must return a store over EMPTY storage (a new file, a cleared database); the
 * suite calls init() on it, checks that it is empty, and closes it after the test. Every test
 * builds its own data, so tests run in any order.
 */
export function describeGraphStoreContract(
  adapterName: string,
  makeStore: () => Promise<GraphStore>,
  options: GraphStoreContractOptions = {},
): void {
  describe(`GraphStore contract: ${adapterName}`, { timeout: options.timeout }, () => {
    let store: GraphStore;

    beforeEach(async () => {
      store = await makeStore();
      await store.init();
      expect(await store.counts(), 'makeStore must give an empty store').toEqual(NO_RECORDS);
    });

    afterEach(async () => {
      await store.close();
    });

    const createActor = (overrides: Partial<NewActor> = {}) =>
      store.createActor(newActor(overrides));

    describe('init', () => {
      it('starts with no records and an empty geography', async () => {
        expect(await store.counts()).toEqual(NO_RECORDS);
        expect(await store.loadGeography()).toEqual(EMPTY_GEOGRAPHY);
        expect(await store.loadNetwork({})).toEqual({ nodes: [], edges: [], outsideNodes: [] });
      });

      it('is idempotent: a second init keeps the data', async () => {
        const actor = await createActor();
        await store.init();
        expect(await store.getActor(actor.id)).toEqual(actor);
        expect(await store.counts()).toEqual({ actors: 1, persons: 0, relationships: 0 });
      });
    });

    describe('createActor and getActor', () => {
      it('returns the given fields with a new id, version 1 and createdAt equal to updatedAt', async () => {
        const before = Date.now();
        const fields = newActor({ externalId: 'ext-1', email: 'info@kajaani.fi' });
        const actor = await store.createActor(fields);
        expect(actor).toEqual({
          ...fields,
          id: expect.any(String),
          version: 1,
          createdAt: actor.updatedAt,
          updatedAt: expect.any(String),
        });
        expect(actor.id).not.toBe('');
        expectTimestamp(actor.createdAt, before);
      });

      it('gives each actor a different id', async () => {
        const ids = new Set<string>();
        for (let i = 0; i < 5; i++) ids.add((await createActor({ name: `A${i}` })).id);
        expect(ids.size).toBe(5);
      });

      it('finds the same record by id and by external id', async () => {
        const actor = await createActor({ externalId: 'KAI-001' });
        await createActor({ name: 'Other', externalId: 'KAI-002' });
        expect(await store.getActor(actor.id)).toEqual(actor);
        expect(await store.getActor('KAI-001')).toEqual(actor);
      });

      it('returns null for an unknown id or external id', async () => {
        await createActor({ externalId: 'KAI-001' });
        expect(await store.getActor(MISSING_ID)).toBeNull();
        expect(await store.getActor('KAI-999')).toBeNull();
      });

      it('allows many actors without an external id', async () => {
        await createActor({ name: 'A', externalId: null });
        await createActor({ name: 'B', externalId: null });
        expect((await store.counts()).actors).toBe(2);
      });

      it('refuses a taken external id with DuplicateError and writes nothing', async () => {
        const first = await createActor({ name: 'First', externalId: 'KAI-001' });
        const error = await rejectionOf(createActor({ name: 'Second', externalId: 'KAI-001' }));
        expect(error).toBeInstanceOf(DuplicateError);
        expect(error).toMatchObject({ entity: 'Actor', field: 'externalId', value: 'KAI-001' });
        expect(await store.counts()).toEqual({ actors: 1, persons: 0, relationships: 0 });
        expect(await store.getActor('KAI-001')).toEqual(first);
      });
    });

    describe('stored values', () => {
      it('keeps the order of languages, dimensions and tags as given', async () => {
        const actor = await createActor({
          languages: ['sv', 'fi', 'ar', 'en'],
          dimensions: ['participation', 'attitudes', 'safety'],
          tags: ['zeta', 'alpha', 'mid'],
        });
        const stored = await store.getActor(actor.id);
        expect(stored?.languages).toEqual(['sv', 'fi', 'ar', 'en']);
        expect(stored?.dimensions).toEqual(['participation', 'attitudes', 'safety']);
        expect(stored?.tags).toEqual(['zeta', 'alpha', 'mid']);
      });

      it('returns empty lists as empty lists and missing values as null', async () => {
        const actor = await createActor({
          externalId: null,
          subcategory: null,
          municipalityCode: null,
          regionCode: null,
          email: null,
          phone: null,
          website: null,
          description: null,
          languages: [],
          dimensions: [],
          tags: [],
        });
        const stored = (await store.getActor(actor.id)) as ActorRecord;
        for (const key of NULLABLE_ACTOR_FIELDS) expect(stored[key], key).toBeNull();
        expect(stored.languages).toEqual([]);
        expect(stored.dimensions).toEqual([]);
        expect(stored.tags).toEqual([]);
      });

      it('stores every field of a fully filled actor exactly', async () => {
        const fields = newActor({
          externalId: 'KAI-FULL',
          subcategory: 'kotoutumispalvelut',
          email: 'kotoutuminen@kajaani.fi',
          phone: '+358 8 6155 2000',
          website: 'https://www.kajaani.fi/',
          description: 'Kotoutumisen edistäminen\nrivi kaksi',
        });
        const actor = await store.createActor(fields);
        expect(await store.getActor(actor.id)).toEqual({ ...fields, ...stampsOf(actor) });
      });

      it('stores letters outside ASCII and emoji literally', async () => {
        const actor = await createActor({
          name: 'Åländsk förening för ö-samarbete 🤝',
          subcategory: 'yhdistys ä',
          description: 'Ääni, öljy, å, ß, 中文, עברית, 👩‍👩‍👧',
          tags: ['äänestys', '🙂', 'Ö'],
        });
        const stored = await store.getActor(actor.id);
        expect(stored?.name).toBe('Åländsk förening för ö-samarbete 🤝');
        expect(stored?.subcategory).toBe('yhdistys ä');
        expect(stored?.description).toBe('Ääni, öljy, å, ß, 中文, עברית, 👩‍👩‍👧');
        expect(stored?.tags).toEqual(['äänestys', '🙂', 'Ö']);
      });

      it('stores text that looks like a formula, SQL, Cypher or JSON literally', async () => {
        const actor = await createActor({
          name: '=HYPERLINK("http://x","y")',
          description: `'); DROP TABLE actors; -- MATCH (n) DETACH DELETE n`,
          tags: ['["nested"]', 'a,b', 'quote " and \\ backslash', '{"k":1}', 'null'],
          email: '+cmd@example.org',
        });
        const stored = await store.getActor(actor.id);
        expect(stored?.name).toBe('=HYPERLINK("http://x","y")');
        expect(stored?.description).toBe(`'); DROP TABLE actors; -- MATCH (n) DETACH DELETE n`);
        expect(stored?.tags).toEqual([
          '["nested"]',
          'a,b',
          'quote " and \\ backslash',
          '{"k":1}',
          'null',
        ]);
        expect(stored?.email).toBe('+cmd@example.org');
        expect(await store.counts()).toEqual({ actors: 1, persons: 0, relationships: 0 });
      });

      it('stores persons and relationships with null and non-ASCII values literally', async () => {
        const a = await createActor({ name: 'A' });
        const b = await createActor({ name: 'B' });
        const person = await store.createPerson(
          newPerson(a.id, {
            name: 'Åsa Öhman-Nieminen',
            title: null,
            email: null,
            phone: null,
            source: null,
          }),
        );
        const tie = await store.createRelationship(
          newTie(a.id, b.id, { since: null, note: 'yhteistyö 🤝 "=1+1"' }),
        );
        expect(await store.getPerson(person.id)).toEqual({
          ...newPerson(a.id, {
            name: 'Åsa Öhman-Nieminen',
            title: null,
            email: null,
            phone: null,
            source: null,
          }),
          ...stampsOf(person),
        });
        expect(await store.getRelationship(tie.id)).toEqual({
          ...newTie(a.id, b.id, { since: null, note: 'yhteistyö 🤝 "=1+1"' }),
          ...stampsOf(tie),
        });
      });
    });

    describe('getActorsByIds', () => {
      it('returns the actors with the given ids and leaves out unknown ids', async () => {
        const a = await createActor({ name: 'A' });
        await createActor({ name: 'B' });
        const c = await createActor({ name: 'C' });
        const found = await store.getActorsByIds([c.id, MISSING_ID, a.id]);
        expect(sortById(found)).toEqual(sortById([a, c]));
      });

      it('returns each actor once when its id is given twice', async () => {
        const a = await createActor({ name: 'A' });
        expect(await store.getActorsByIds([a.id, a.id])).toEqual([a]);
      });

      it('returns an empty list for no ids', async () => {
        await createActor();
        expect(await store.getActorsByIds([])).toEqual([]);
      });

      it('answers a list of 40,000 ids, beyond any bound-parameter limit', async () => {
        const a = await createActor({ name: 'A' });
        const b = await createActor({ name: 'B' });
        const ids = Array.from({ length: 40_000 }, (_, i) => `missing-${i}`);
        ids[123] = a.id;
        ids[39_999] = b.id;
        expect(sortById(await store.getActorsByIds(ids))).toEqual(sortById([a, b]));
      });
    });

    describe('findActors', () => {
      const all = { first: 100 };

      it('filters by region', async () => {
        const kajaani = await createActor({ name: 'Kajaani', regionCode: '18' });
        const kuhmo = await createActor({ name: 'Kuhmo', regionCode: '18' });
        await createActor({ name: 'Oulu', regionCode: '17', municipalityCode: '564' });
        await createActor({ name: 'Ministry', regionCode: null, municipalityCode: null });
        const page = await store.findActors({ regionCode: '18' }, all);
        expect(page.items).toEqual([kajaani, kuhmo]);
        expect(page.totalCount).toBe(2);
      });

      it('keeps to the visible regions, and national actors, when asked to', async () => {
        const kajaani = await createActor({ name: 'Kajaani', regionCode: '18' });
        await createActor({ name: 'Oulu', regionCode: '17', municipalityCode: '564' });
        const ministry = await createActor({
          name: 'Ministry',
          regionCode: null,
          municipalityCode: null,
        });
        const page = await store.findActors({ visibleRegionCodes: ['18', '01'] }, all);
        expect(page.items).toEqual([kajaani, ministry]);
        expect(page.totalCount).toBe(2);
        const outside = await store.findActors(
          { regionCode: '17', visibleRegionCodes: ['18'] },
          all,
        );
        expect(outside.totalCount).toBe(0);
        expect((await store.findActors({ visibleRegionCodes: [] }, all)).items).toEqual([ministry]);
      });

      it('filters by municipality codes, matching any of them', async () => {
        const kajaani = await createActor({ name: 'Kajaani', municipalityCode: '205' });
        await createActor({ name: 'Kuhmo', municipalityCode: '290' });
        const sotkamo = await createActor({ name: 'Sotkamo', municipalityCode: '765' });
        await createActor({ name: 'Regional', municipalityCode: null });
        const page = await store.findActors({ municipalityCodes: ['765', '205'] }, all);
        expect(page.items).toEqual([kajaani, sotkamo]);
        expect(page.totalCount).toBe(2);
      });

      it('filters by categories, matching any of them', async () => {
        const media = await createActor({ name: 'Kainuun Sanomat', category: 'media' });
        const ngo = await createActor({ name: 'Monikulttuurinen yhdistys', category: 'ngo' });
        await createActor({ name: 'Kajaanin kaupunki', category: 'authority_local' });
        await createActor({ name: 'Poliisi', category: 'police' });
        const page = await store.findActors({ categories: ['ngo', 'media'] }, all);
        expect(page.items).toEqual([media, ngo]);
        expect(page.totalCount).toBe(2);
      });

      it('requires every given filter to match', async () => {
        const hit = await createActor({
          name: 'Kajaanin kotoutumisyhdistys',
          category: 'ngo',
          regionCode: '18',
          municipalityCode: '205',
        });
        await createActor({ name: 'Kajaanin kaupunki', category: 'authority_local' });
        await createActor({
          name: 'Kuhmon kotoutumisyhdistys',
          category: 'ngo',
          municipalityCode: '290',
        });
        await createActor({
          name: 'Oulun kotoutumisyhdistys',
          category: 'ngo',
          regionCode: '17',
          municipalityCode: '205',
        });
        await createActor({ name: 'Kajaanin nuoret', category: 'ngo', municipalityCode: '205' });
        const page = await store.findActors(
          {
            regionCode: '18',
            municipalityCodes: ['205'],
            categories: ['ngo'],
            searchKey: searchKey('kotoutumis'),
          },
          all,
        );
        expect(page.items).toEqual([hit]);
        expect(page.totalCount).toBe(1);
      });

      it('matches the search key anywhere in the name: "aanekoski" finds "Äänekoski"', async () => {
        const town = await createActor({ name: 'Äänekoski' });
        const club = await createActor({ name: 'Kulttuuriyhdistys ÄÄNEKOSKI ry' });
        await createActor({ name: 'Äänekosken seurakunta' });
        await createActor({ name: 'Kajaani' });
        const page = await store.findActors({ searchKey: searchKey('aanekoski') }, all);
        expect(page.items).toEqual([town, club]);
        expect(page.totalCount).toBe(2);
      });

      it('takes % and _ in the search key as the characters themselves', async () => {
        const percent = await createActor({ name: '100% mukana' });
        const underscore = await createActor({ name: 'kylä_verkosto' });
        await createActor({ name: 'Tavallinen nimi' });
        const byPercent = await store.findActors({ searchKey: '%' }, all);
        const byUnderscore = await store.findActors({ searchKey: '_' }, all);
        expect(byPercent.items).toEqual([percent]);
        expect(byUnderscore.items).toEqual([underscore]);
      });

      it('matches nothing for a list filter given as an empty list', async () => {
        await createActor({ name: 'A', category: 'ngo', municipalityCode: '205' });
        const noCategories = await store.findActors({ categories: [] }, all);
        const noMunicipalities = await store.findActors({ municipalityCodes: [] }, all);
        expect(noCategories).toEqual({ items: [], totalCount: 0, hasNextPage: false });
        expect(noMunicipalities).toEqual({ items: [], totalCount: 0, hasNextPage: false });
      });

      it('returns every actor for an empty filter', async () => {
        const b = await createActor({ name: 'B' });
        const a = await createActor({ name: 'A' });
        expect(await store.findActors({}, all)).toEqual({
          items: [a, b],
          totalCount: 2,
          hasNextPage: false,
        });
      });

      it('returns an empty page with totalCount 0 when nothing matches', async () => {
        await createActor({ name: 'Kajaani' });
        expect(await store.findActors({ searchKey: 'helsinki' }, all)).toEqual({
          items: [],
          totalCount: 0,
          hasNextPage: false,
        });
      });

      it('orders by the name key, so case and accents do not decide the order, then by id', async () => {
        const names = ['banaani', 'Äijä', 'alpha', 'Beta', 'KOTA', 'kota', 'Kota', 'Ääni'];
        const created = [];
        for (const name of names) created.push(await createActor({ name }));
        const page = await store.findActors({}, all);
        // Expected keys: aani, aija, alpha, banaani, beta, kota x3 (by id).
        expect(page.items.map((a) => a.id)).toEqual(byNameKeyThenId(created).map((a) => a.id));
        expect(page.items.slice(0, 4).map((a) => a.name)).toEqual([
          'Ääni',
          'Äijä',
          'alpha',
          'banaani',
        ]);
      });

      it('orders by name key then id within a filter too', async () => {
        const created = [];
        for (let i = 0; i < 6; i++) {
          created.push(
            await createActor({ name: i % 2 ? 'Sama nimi' : 'SAMA NIMI', category: 'ngo' }),
          );
          await createActor({ name: 'Sama nimi', category: 'media' });
        }
        const page = await store.findActors({ categories: ['ngo'] }, all);
        expect(page.items.map((a) => a.id)).toEqual(byNameKeyThenId(created).map((a) => a.id));
      });

      it('pages through all matches with a keyset cursor, without gaps or repeats', async () => {
        const created = [];
        for (const name of ['Eka', 'toka', 'Kolmas', 'neljäs', 'VIIDES', 'kuudes', 'Kuudes']) {
          created.push(await createActor({ name }));
        }
        const expected = byNameKeyThenId(created);
        const pages = await pageThrough(store, {}, 3);
        expect(pages.map((p) => p.items.length)).toEqual([3, 3, 1]);
        expect(pages.map((p) => p.hasNextPage)).toEqual([true, true, false]);
        expect(pages.map((p) => p.totalCount)).toEqual([7, 7, 7]);
        expect(pages.flatMap((p) => p.items)).toEqual(expected);
      });

      it('pages within a filter and counts every match in totalCount, not only the page', async () => {
        const inRegion = [];
        for (const name of ['a1', 'a2', 'a3', 'a4', 'a5']) {
          inRegion.push(await createActor({ name, regionCode: '18' }));
        }
        for (const name of ['a0', 'a35', 'a9']) {
          await createActor({ name, regionCode: '17', municipalityCode: '564' });
        }
        const pages = await pageThrough(store, { regionCode: '18' }, 2);
        expect(pages.map((p) => p.totalCount)).toEqual([5, 5, 5]);
        expect(pages.map((p) => p.hasNextPage)).toEqual([true, true, false]);
        expect(pages.flatMap((p) => p.items)).toEqual(inRegion);
      });

      it('says there is no next page when the last page is exactly full', async () => {
        for (const name of ['a', 'b', 'c', 'd']) await createActor({ name });
        const pages = await pageThrough(store, {}, 2);
        expect(pages.map((p) => p.items.length)).toEqual([2, 2]);
        expect(pages.map((p) => p.hasNextPage)).toEqual([true, false]);
      });

      it('continues after a cursor whose actor has since been deleted', async () => {
        const created = [];
        for (const name of ['a', 'b', 'c', 'd', 'e']) created.push(await createActor({ name }));
        const first = await store.findActors({}, { first: 2 });
        const last = first.items[1];
        await store.deleteActor(last.id, last.version);
        const next = await store.findActors(
          {},
          { first: 2, after: { nameKey: searchKey(last.name), id: last.id } },
        );
        expect(next.items).toEqual([created[2], created[3]]);
        expect(next.totalCount).toBe(4);
        expect(next.hasNextPage).toBe(true);
      });
    });

    describe('updateActor', () => {
      it('replaces the fields, adds one to version, moves updatedAt and keeps createdAt and externalId', async () => {
        const actor = await createActor({ externalId: 'KAI-001', tags: ['old'] });
        await sleep(5);
        const fields = actorFields({
          name: 'Kajaanin kaupunki, kotoutumispalvelut',
          category: 'authority_regional',
          tags: ['new', 'uusi'],
          email: 'uusi@kajaani.fi',
          regionCode: '17',
          municipalityCode: null,
        });
        const updated = await store.updateActor(actor.id, 1, fields);
        expect(updated).toEqual({
          ...fields,
          id: actor.id,
          externalId: 'KAI-001',
          createdAt: actor.createdAt,
          updatedAt: expect.any(String),
          version: 2,
        });
        expectTimestamp(updated.updatedAt);
        expect(updated.updatedAt > actor.updatedAt).toBe(true);
        expect(await store.getActor(actor.id)).toEqual(updated);
      });

      it('accepts each next version in turn', async () => {
        const actor = await createActor();
        const v2 = await store.updateActor(actor.id, 1, actorFields({ name: 'Two' }));
        const v3 = await store.updateActor(actor.id, 2, actorFields({ name: 'Three' }));
        expect([v2.version, v3.version]).toEqual([2, 3]);
        expect((await store.getActor(actor.id))?.name).toBe('Three');
      });

      it('refuses a stale version with VersionConflictError naming the current version, and writes nothing', async () => {
        const actor = await createActor();
        const v2 = await store.updateActor(actor.id, 1, actorFields({ name: 'Second' }));
        const error = await rejectionOf(
          store.updateActor(actor.id, 1, actorFields({ name: 'Lost update' })),
        );
        expect(error).toBeInstanceOf(VersionConflictError);
        expect(error).toMatchObject({
          entity: 'Actor',
          id: actor.id,
          expectedVersion: 1,
          currentVersion: 2,
        });
        expect(await store.getActor(actor.id)).toEqual(v2);
      });

      it('refuses a version from the future too', async () => {
        const actor = await createActor();
        const error = await rejectionOf(store.updateActor(actor.id, 2, actorFields()));
        expect(error).toBeInstanceOf(VersionConflictError);
        expect(await store.getActor(actor.id)).toEqual(actor);
      });

      it('throws NotFoundError for a missing id', async () => {
        const error = await rejectionOf(store.updateActor(MISSING_ID, 1, actorFields()));
        expect(error).toBeInstanceOf(NotFoundError);
        expect(error).toMatchObject({ entity: 'Actor', id: MISSING_ID });
        expect(await store.counts()).toEqual(NO_RECORDS);
      });

      it('makes a renamed actor findable by its new name and no longer by its old one', async () => {
        const actor = await createActor({ name: 'Vanha nimi' });
        await store.updateActor(actor.id, 1, actorFields({ name: 'Äänekosken uusi' }));
        const byNew = await store.findActors({ searchKey: searchKey('aanekosken') }, { first: 10 });
        const byOld = await store.findActors({ searchKey: searchKey('vanha') }, { first: 10 });
        expect(byNew.items.map((a) => a.id)).toEqual([actor.id]);
        expect(byOld.items).toEqual([]);
      });
    });

    describe('deleteActor', () => {
      it('deletes the actor with its contact persons and every tie it is part of, and nothing else', async () => {
        const doomed = await createActor({ name: 'Doomed' });
        const a = await createActor({ name: 'A' });
        const b = await createActor({ name: 'B' });
        const p1 = await store.createPerson(newPerson(doomed.id, { externalId: 'P1' }));
        await store.createPerson(newPerson(doomed.id, { name: 'Second', externalId: 'P2' }));
        const kept = await store.createPerson(newPerson(a.id, { externalId: 'P3' }));
        const out = await store.createRelationship(newTie(doomed.id, a.id, { type: 'FUNDS' }));
        const inn = await store.createRelationship(newTie(b.id, doomed.id, { type: 'MEMBER_OF' }));
        const sym = await store.createRelationship(newTie(a.id, doomed.id));
        const other = await store.createRelationship(newTie(a.id, b.id));

        await store.deleteActor(doomed.id, doomed.version);

        expect(await store.getActor(doomed.id)).toBeNull();
        expect(await store.counts()).toEqual({ actors: 2, persons: 1, relationships: 1 });
        expect(await store.listPersons(doomed.id)).toEqual([]);
        expect(await store.getPerson(p1.id)).toBeNull();
        expect(await store.getPerson('P2')).toBeNull();
        for (const tie of [out, inn, sym]) expect(await store.getRelationship(tie.id)).toBeNull();
        expect(await store.getPerson(kept.id)).toEqual(kept);
        expect(await store.getRelationship(other.id)).toEqual(other);
        expect(await store.listRelationships(a.id)).toEqual([other]);
        expect(sortById(await store.getActorsByIds([a.id, b.id]))).toEqual(sortById([a, b]));
      });

      it('frees the external id for a new actor', async () => {
        const actor = await createActor({ externalId: 'KAI-001' });
        await store.deleteActor(actor.id, 1);
        const again = await createActor({ externalId: 'KAI-001' });
        expect(await store.getActor('KAI-001')).toEqual(again);
      });

      it('refuses a stale version with VersionConflictError and deletes nothing', async () => {
        const actor = await createActor();
        const other = await createActor({ name: 'Other' });
        const person = await store.createPerson(newPerson(actor.id));
        const tie = await store.createRelationship(newTie(actor.id, other.id));
        const v2 = await store.updateActor(actor.id, 1, actorFields({ name: 'Renamed' }));
        const error = await rejectionOf(store.deleteActor(actor.id, 1));
        expect(error).toBeInstanceOf(VersionConflictError);
        expect(error).toMatchObject({ entity: 'Actor', expectedVersion: 1, currentVersion: 2 });
        expect(await store.getActor(actor.id)).toEqual(v2);
        expect(await store.listPersons(actor.id)).toEqual([person]);
        expect(await store.listRelationships(actor.id)).toEqual([tie]);
      });

      it('throws NotFoundError for a missing id', async () => {
        await createActor();
        const error = await rejectionOf(store.deleteActor(MISSING_ID, 1));
        expect(error).toBeInstanceOf(NotFoundError);
        expect(error).toMatchObject({ entity: 'Actor', id: MISSING_ID });
        expect((await store.counts()).actors).toBe(1);
      });
    });

    describe('createPerson and getPerson', () => {
      it('returns the given fields with a new id and version 1, found by id and by external id', async () => {
        const actor = await createActor();
        const fields = newPerson(actor.id, { externalId: 'P-1' });
        const person = await store.createPerson(fields);
        expect(person).toEqual({
          ...fields,
          id: expect.any(String),
          version: 1,
          createdAt: person.updatedAt,
          updatedAt: expect.any(String),
        });
        expectTimestamp(person.createdAt);
        expect(await store.getPerson(person.id)).toEqual(person);
        expect(await store.getPerson('P-1')).toEqual(person);
        expect((await store.counts()).persons).toBe(1);
      });

      it('returns null for an unknown id or external id', async () => {
        const actor = await createActor();
        await store.createPerson(newPerson(actor.id, { externalId: 'P-1' }));
        expect(await store.getPerson(MISSING_ID)).toBeNull();
        expect(await store.getPerson('P-2')).toBeNull();
      });

      it('refuses a missing actor with MissingReferenceError and writes nothing', async () => {
        const error = await rejectionOf(store.createPerson(newPerson(MISSING_ID)));
        expect(error).toBeInstanceOf(MissingReferenceError);
        expect(error).toMatchObject({ field: 'actorId', value: MISSING_ID });
        expect(await store.counts()).toEqual(NO_RECORDS);
      });

      it('refuses a taken external id with DuplicateError and writes nothing', async () => {
        const actor = await createActor();
        await store.createPerson(newPerson(actor.id, { externalId: 'P-1' }));
        const error = await rejectionOf(
          store.createPerson(newPerson(actor.id, { name: 'Another', externalId: 'P-1' })),
        );
        expect(error).toBeInstanceOf(DuplicateError);
        expect(error).toMatchObject({ entity: 'Person', field: 'externalId', value: 'P-1' });
        expect((await store.counts()).persons).toBe(1);
      });
    });

    describe('listPersons', () => {
      it("lists the actor's contact persons and no one else's", async () => {
        const a = await createActor({ name: 'A' });
        const b = await createActor({ name: 'B' });
        const p1 = await store.createPerson(newPerson(a.id, { name: 'Liisa' }));
        const p2 = await store.createPerson(newPerson(a.id, { name: 'Aino' }));
        await store.createPerson(newPerson(b.id, { name: 'Pekka' }));
        expect(sortById(await store.listPersons(a.id))).toEqual(sortById([p1, p2]));
      });

      it('returns an empty list for an actor without persons or an unknown actor', async () => {
        const a = await createActor();
        expect(await store.listPersons(a.id)).toEqual([]);
        expect(await store.listPersons(MISSING_ID)).toEqual([]);
      });
    });

    describe('findPersonsDueForReview', () => {
      it('lists undated persons first, then those dated before the day, and keeps the review date', async () => {
        const a = await createActor({ name: 'A' });
        const due = await store.createPerson(
          newPerson(a.id, { name: 'Due', reviewDate: '2026-01-31' }),
        );
        const undated = await store.createPerson(
          newPerson(a.id, { name: 'Undated', reviewDate: null }),
        );
        const earlier = await store.createPerson(
          newPerson(a.id, { name: 'Earlier', reviewDate: '2025-05-01' }),
        );
        await store.createPerson(newPerson(a.id, { name: 'Today', reviewDate: '2026-02-01' }));
        await store.createPerson(newPerson(a.id, { name: 'Later', reviewDate: '2027-06-30' }));
        expect(await store.findPersonsDueForReview('2026-02-01')).toEqual([undated, earlier, due]);
        expect(due.reviewDate).toBe('2026-01-31');
        const moved = await store.updatePerson(due.id, 1, {
          ...personFields(a.id),
          reviewDate: '2028-01-01',
        });
        expect(moved.reviewDate).toBe('2028-01-01');
        expect((await store.findPersonsDueForReview('2026-02-01')).map((p) => p.name)).toEqual([
          'Undated',
          'Earlier',
        ]);
      });
    });

    describe('updatePerson', () => {
      it('replaces the fields, adds one to version, moves updatedAt and keeps createdAt', async () => {
        const actor = await createActor();
        const person = await store.createPerson(newPerson(actor.id, { externalId: 'P-1' }));
        await sleep(5);
        const fields = personFields(actor.id, {
          title: 'Kotoutumiskoordinaattori',
          legalBasis: 'consent',
          email: null,
        });
        const updated = await store.updatePerson(person.id, 1, fields);
        expect(updated).toEqual({
          ...fields,
          id: person.id,
          externalId: 'P-1',
          createdAt: person.createdAt,
          updatedAt: expect.any(String),
          version: 2,
        });
        expect(updated.updatedAt > person.updatedAt).toBe(true);
        expect(await store.getPerson(person.id)).toEqual(updated);
      });

      it('moves the person to another actor', async () => {
        const a = await createActor({ name: 'A' });
        const b = await createActor({ name: 'B' });
        const person = await store.createPerson(newPerson(a.id));
        const moved = await store.updatePerson(person.id, 1, personFields(b.id));
        expect(moved.actorId).toBe(b.id);
        expect(await store.listPersons(a.id)).toEqual([]);
        expect(await store.listPersons(b.id)).toEqual([moved]);
      });

      it('refuses a move to a missing actor with MissingReferenceError and writes nothing', async () => {
        const actor = await createActor();
        const person = await store.createPerson(newPerson(actor.id));
        const error = await rejectionOf(store.updatePerson(person.id, 1, personFields(MISSING_ID)));
        expect(error).toBeInstanceOf(MissingReferenceError);
        expect(error).toMatchObject({ field: 'actorId', value: MISSING_ID });
        expect(await store.getPerson(person.id)).toEqual(person);
      });

      it('refuses a stale version with VersionConflictError and writes nothing', async () => {
        const actor = await createActor();
        const person = await store.createPerson(newPerson(actor.id));
        const v2 = await store.updatePerson(person.id, 1, personFields(actor.id, { title: 'x' }));
        const error = await rejectionOf(
          store.updatePerson(person.id, 1, personFields(actor.id, { title: 'y' })),
        );
        expect(error).toBeInstanceOf(VersionConflictError);
        expect(error).toMatchObject({
          entity: 'Person',
          id: person.id,
          expectedVersion: 1,
          currentVersion: 2,
        });
        expect(await store.getPerson(person.id)).toEqual(v2);
      });

      it('throws NotFoundError for a missing id', async () => {
        const actor = await createActor();
        const error = await rejectionOf(store.updatePerson(MISSING_ID, 1, personFields(actor.id)));
        expect(error).toBeInstanceOf(NotFoundError);
        expect(error).toMatchObject({ entity: 'Person', id: MISSING_ID });
        expect((await store.counts()).persons).toBe(0);
      });
    });

    describe('deletePerson', () => {
      it('deletes the person and no one else, and frees the external id', async () => {
        const actor = await createActor();
        const gone = await store.createPerson(newPerson(actor.id, { externalId: 'P-1' }));
        const kept = await store.createPerson(newPerson(actor.id, { name: 'Kept' }));
        await store.deletePerson(gone.id, 1);
        expect(await store.getPerson(gone.id)).toBeNull();
        expect(await store.listPersons(actor.id)).toEqual([kept]);
        expect(await store.getActor(actor.id)).toEqual(actor);
        const again = await store.createPerson(newPerson(actor.id, { externalId: 'P-1' }));
        expect(await store.getPerson('P-1')).toEqual(again);
      });

      it('refuses a stale version with VersionConflictError and deletes nothing', async () => {
        const actor = await createActor();
        const person = await store.createPerson(newPerson(actor.id));
        const v2 = await store.updatePerson(person.id, 1, personFields(actor.id, { title: 'x' }));
        const error = await rejectionOf(store.deletePerson(person.id, 1));
        expect(error).toBeInstanceOf(VersionConflictError);
        expect(error).toMatchObject({ entity: 'Person', currentVersion: 2 });
        expect(await store.getPerson(person.id)).toEqual(v2);
      });

      it('throws NotFoundError for a missing id', async () => {
        const error = await rejectionOf(store.deletePerson(MISSING_ID, 1));
        expect(error).toBeInstanceOf(NotFoundError);
        expect(error).toMatchObject({ entity: 'Person', id: MISSING_ID });
      });
    });

    describe('createRelationship and getRelationship', () => {
      it('returns the given fields with a new id and version 1, found by id', async () => {
        const a = await createActor({ name: 'A' });
        const b = await createActor({ name: 'B' });
        const fields = newTie(a.id, b.id, { type: 'FUNDS', strength: 3, since: '2019-05-01' });
        const tie = await store.createRelationship(fields);
        expect(tie).toEqual({
          ...fields,
          id: expect.any(String),
          version: 1,
          createdAt: tie.updatedAt,
          updatedAt: expect.any(String),
        });
        expectTimestamp(tie.createdAt);
        expect(await store.getRelationship(tie.id)).toEqual(tie);
        expect((await store.counts()).relationships).toBe(1);
      });

      it('returns null for an unknown id', async () => {
        expect(await store.getRelationship(MISSING_ID)).toBeNull();
      });

      it('refuses the same tie twice with DuplicateError', async () => {
        const a = await createActor({ name: 'A' });
        const b = await createActor({ name: 'B' });
        const first = await store.createRelationship(newTie(a.id, b.id, { type: 'FUNDS' }));
        const error = await rejectionOf(
          store.createRelationship(newTie(a.id, b.id, { type: 'FUNDS', strength: 1 })),
        );
        expect(error).toBeInstanceOf(DuplicateError);
        expect(error).toMatchObject({ entity: 'Relationship' });
        expect(await store.listRelationships(a.id)).toEqual([first]);
      });

      it.each(SYMMETRIC)(
        'refuses a %s tie in the reverse direction as the same tie',
        async (type) => {
          const a = await createActor({ name: 'A' });
          const b = await createActor({ name: 'B' });
          const first = await store.createRelationship(newTie(a.id, b.id, { type }));
          const error = await rejectionOf(store.createRelationship(newTie(b.id, a.id, { type })));
          expect(error).toBeInstanceOf(DuplicateError);
          expect(await store.listRelationships(a.id)).toEqual([first]);
        },
      );

      it.each(DIRECTED)('allows a %s tie in the reverse direction as a new tie', async (type) => {
        const a = await createActor({ name: 'A' });
        const b = await createActor({ name: 'B' });
        const forth = await store.createRelationship(newTie(a.id, b.id, { type }));
        const back = await store.createRelationship(newTie(b.id, a.id, { type }));
        expect(back.id).not.toBe(forth.id);
        expect(sortById(await store.listRelationships(a.id))).toEqual(sortById([forth, back]));
      });

      it('allows ties of different types between the same two actors', async () => {
        const a = await createActor({ name: 'A' });
        const b = await createActor({ name: 'B' });
        for (const type of ALL_TYPES) await store.createRelationship(newTie(a.id, b.id, { type }));
        expect((await store.counts()).relationships).toBe(ALL_TYPES.length);
      });

      it('allows the tie again once it has been deleted', async () => {
        const a = await createActor({ name: 'A' });
        const b = await createActor({ name: 'B' });
        const first = await store.createRelationship(newTie(a.id, b.id));
        await store.deleteRelationship(first.id, 1);
        const again = await store.createRelationship(newTie(b.id, a.id));
        expect(await store.listRelationships(a.id)).toEqual([again]);
      });

      it.each([
        ['sourceId', (a: string) => newTie(MISSING_ID, a)],
        ['targetId', (a: string) => newTie(a, MISSING_ID)],
      ] as const)(
        'refuses a missing %s with MissingReferenceError and writes nothing',
        async (field, tie) => {
          const a = await createActor();
          const error = await rejectionOf(store.createRelationship(tie(a.id)));
          expect(error).toBeInstanceOf(MissingReferenceError);
          expect(error).toMatchObject({ field, value: MISSING_ID });
          expect(await store.counts()).toEqual({ actors: 1, persons: 0, relationships: 0 });
        },
      );
    });

    describe('listRelationships', () => {
      it('lists every tie the actor is part of, as source or as target, and no others', async () => {
        const a = await createActor({ name: 'A' });
        const b = await createActor({ name: 'B' });
        const c = await createActor({ name: 'C' });
        const asSource = await store.createRelationship(newTie(a.id, b.id, { type: 'FUNDS' }));
        const asTarget = await store.createRelationship(newTie(c.id, a.id, { type: 'MEMBER_OF' }));
        const symmetric = await store.createRelationship(newTie(b.id, a.id));
        await store.createRelationship(newTie(b.id, c.id));
        expect(sortById(await store.listRelationships(a.id))).toEqual(
          sortById([asSource, asTarget, symmetric]),
        );
      });

      it('returns an empty list for an actor without ties or an unknown actor', async () => {
        const a = await createActor();
        expect(await store.listRelationships(a.id)).toEqual([]);
        expect(await store.listRelationships(MISSING_ID)).toEqual([]);
      });
    });

    describe('updateRelationship', () => {
      it('changes strength, since and note, adds one to version and keeps ends, type and createdAt', async () => {
        const a = await createActor({ name: 'A' });
        const b = await createActor({ name: 'B' });
        const tie = await store.createRelationship(newTie(a.id, b.id, { type: 'MEMBER_OF' }));
        await sleep(5);
        const updated = await store.updateRelationship(tie.id, 1, {
          strength: 3,
          since: '2021',
          note: 'Yhteinen hanke',
        });
        expect(updated).toEqual({
          ...tie,
          strength: 3,
          since: '2021',
          note: 'Yhteinen hanke',
          updatedAt: expect.any(String),
          version: 2,
        });
        expect(updated.updatedAt > tie.updatedAt).toBe(true);
        expect(await store.getRelationship(tie.id)).toEqual(updated);
      });

      it('refuses a stale version with VersionConflictError and writes nothing', async () => {
        const a = await createActor({ name: 'A' });
        const b = await createActor({ name: 'B' });
        const tie = await store.createRelationship(newTie(a.id, b.id));
        const v2 = await store.updateRelationship(tie.id, 1, {
          strength: 3,
          since: null,
          note: null,
        });
        const error = await rejectionOf(
          store.updateRelationship(tie.id, 1, { strength: 1, since: null, note: 'late' }),
        );
        expect(error).toBeInstanceOf(VersionConflictError);
        expect(error).toMatchObject({
          entity: 'Relationship',
          id: tie.id,
          expectedVersion: 1,
          currentVersion: 2,
        });
        expect(await store.getRelationship(tie.id)).toEqual(v2);
      });

      it('throws NotFoundError for a missing id', async () => {
        const error = await rejectionOf(
          store.updateRelationship(MISSING_ID, 1, { strength: 1, since: null, note: null }),
        );
        expect(error).toBeInstanceOf(NotFoundError);
        expect(error).toMatchObject({ entity: 'Relationship', id: MISSING_ID });
      });
    });

    describe('deleteRelationship', () => {
      it('deletes the tie and leaves its actors and other ties alone', async () => {
        const a = await createActor({ name: 'A' });
        const b = await createActor({ name: 'B' });
        const gone = await store.createRelationship(newTie(a.id, b.id));
        const kept = await store.createRelationship(newTie(a.id, b.id, { type: 'FUNDS' }));
        await store.deleteRelationship(gone.id, 1);
        expect(await store.getRelationship(gone.id)).toBeNull();
        expect(await store.listRelationships(a.id)).toEqual([kept]);
        expect(sortById(await store.getActorsByIds([a.id, b.id]))).toEqual(sortById([a, b]));
      });

      it('refuses a stale version with VersionConflictError and deletes nothing', async () => {
        const a = await createActor({ name: 'A' });
        const b = await createActor({ name: 'B' });
        const tie = await store.createRelationship(newTie(a.id, b.id));
        const v2 = await store.updateRelationship(tie.id, 1, {
          strength: 1,
          since: null,
          note: null,
        });
        const error = await rejectionOf(store.deleteRelationship(tie.id, 1));
        expect(error).toBeInstanceOf(VersionConflictError);
        expect(error).toMatchObject({ entity: 'Relationship', currentVersion: 2 });
        expect(await store.getRelationship(tie.id)).toEqual(v2);
      });

      it('throws NotFoundError for a missing id', async () => {
        const error = await rejectionOf(store.deleteRelationship(MISSING_ID, 1));
        expect(error).toBeInstanceOf(NotFoundError);
        expect(error).toMatchObject({ entity: 'Relationship', id: MISSING_ID });
      });
    });

    describe('loadNetwork', () => {
      /**
       * Kainuu (18): a1 Kajaani (205, authority_local), a2 Kuhmo (290, ngo), a3 Sotkamo (765, ngo).
       * North Ostrobothnia (17): b1 (education), b2 (media), b3 (ngo), all Oulu (564).
       * n: a national ministry without a region.
       */
      async function buildNetwork() {
        const a1 = await createActor({
          name: 'a1',
          category: 'authority_local',
          municipalityCode: '205',
        });
        const a2 = await createActor({ name: 'a2', category: 'ngo', municipalityCode: '290' });
        const a3 = await createActor({ name: 'a3', category: 'ngo', municipalityCode: '765' });
        const oulu = { regionCode: '17', municipalityCode: '564' };
        const b1 = await createActor({ name: 'b1', category: 'education', ...oulu });
        const b2 = await createActor({ name: 'b2', category: 'media', ...oulu });
        const b3 = await createActor({ name: 'b3', category: 'ngo', ...oulu });
        const n = await createActor({
          name: 'n',
          category: 'authority_state',
          regionCode: null,
          municipalityCode: null,
        });
        const tie = (s: ActorRecord, t: ActorRecord, type: RelationshipType) =>
          store.createRelationship(newTie(s.id, t.id, { type }));
        const t = {
          a1a2: await tie(a1, a2, 'COOPERATES_WITH'),
          a2a3: await tie(a2, a3, 'FUNDS'),
          a1b1: await tie(a1, b1, 'MEMBER_OF'),
          b1a3: await tie(b1, a3, 'COMMUNICATES_WITH'),
          na2: await tie(n, a2, 'FUNDS'),
          b1b2: await tie(b1, b2, 'COOPERATES_WITH'),
          a3b1: await tie(a3, b1, 'PART_OF'),
          b3b2: await tie(b3, b2, 'COOPERATES_WITH'),
        };
        return { a1, a2, a3, b1, b2, b3, n, t };
      }

      it('loads a region: its actors, every tie touching them, and the far ends outside, once each', async () => {
        const { a1, a2, a3, b1, n, t } = await buildNetwork();
        const network = await store.loadNetwork({ regionCode: '18' });
        expectNetwork(network, {
          nodes: [a1, a2, a3],
          edges: [t.a1a2, t.a2a3, t.a1b1, t.b1a3, t.na2, t.a3b1],
          outsideNodes: [b1, n],
        });
      });

      it('loads only the visible regions and national actors, with the ties touching them', async () => {
        const { a1, a2, a3, b1, n, t } = await buildNetwork();
        const network = await store.loadNetwork({ visibleRegionCodes: ['18'] });
        expectNetwork(network, {
          nodes: [a1, a2, a3, n],
          edges: [t.a1a2, t.a2a3, t.a1b1, t.b1a3, t.na2, t.a3b1],
          outsideNodes: [b1],
        });
        const none = await store.loadNetwork({ regionCode: '17', visibleRegionCodes: ['18'] });
        expect(none.nodes).toEqual([]);
      });

      it('loads a list of municipalities', async () => {
        const { a1, a2, a3, b1, t } = await buildNetwork();
        const network = await store.loadNetwork({ municipalityCodes: ['205', '765'] });
        expectNetwork(network, {
          nodes: [a1, a3],
          edges: [t.a1a2, t.a2a3, t.a1b1, t.b1a3, t.a3b1],
          outsideNodes: [a2, b1],
        });
      });

      it('loads a list of categories across regions', async () => {
        const { a1, a2, a3, b1, b2, b3, n, t } = await buildNetwork();
        const network = await store.loadNetwork({ categories: ['ngo'] });
        expectNetwork(network, {
          nodes: [a2, a3, b3],
          edges: [t.a1a2, t.a2a3, t.b1a3, t.na2, t.a3b1, t.b3b2],
          outsideNodes: [a1, b1, n, b2],
        });
      });

      it('loads the actors that match region and categories together', async () => {
        const { a1, a2, a3, b1, n, t } = await buildNetwork();
        const network = await store.loadNetwork({ regionCode: '18', categories: ['ngo'] });
        expectNetwork(network, {
          nodes: [a2, a3],
          edges: [t.a1a2, t.a2a3, t.b1a3, t.na2, t.a3b1],
          outsideNodes: [a1, b1, n],
        });
      });

      it('loads the whole register for an empty scope, with nothing outside', async () => {
        const { a1, a2, a3, b1, b2, b3, n, t } = await buildNetwork();
        const network = await store.loadNetwork({});
        expectNetwork(network, {
          nodes: [a1, a2, a3, b1, b2, b3, n],
          edges: Object.values(t),
          outsideNodes: [],
        });
      });

      it('returns nothing for a region without actors', async () => {
        await buildNetwork();
        expect(await store.loadNetwork({ regionCode: '01' })).toEqual({
          nodes: [],
          edges: [],
          outsideNodes: [],
        });
      });

      it('returns the current records after changes', async () => {
        const { a1, b1, t } = await buildNetwork();
        const renamed = await store.updateActor(
          b1.id,
          1,
          actorFields({ name: 'b1 renamed', regionCode: '17', municipalityCode: '564' }),
        );
        const stronger = await store.updateRelationship(t.a1b1.id, 1, {
          strength: 3,
          since: null,
          note: 'n',
        });
        const network = await store.loadNetwork({ municipalityCodes: ['205'] });
        expect(network.nodes).toEqual([a1]);
        expect(network.outsideNodes).toContainEqual(renamed);
        expect(network.edges.map(networkTieOf)).toContainEqual(networkTieOf(stronger));
      });
    });

    describe('resolveActorRefs', () => {
      it('maps external ids and ids to actor ids and leaves unknown refs out', async () => {
        const a = await createActor({ name: 'A', externalId: 'KAI-001' });
        const b = await createActor({ name: 'B', externalId: null });
        const resolved = await store.resolveActorRefs(['KAI-001', b.id, 'KAI-404', MISSING_ID]);
        expect(resolved).toEqual(
          new Map([
            ['KAI-001', a.id],
            [b.id, b.id],
          ]),
        );
      });

      it("takes a ref as an external id first, when it is also another actor's id", async () => {
        const a = await createActor({ name: 'A' });
        const b = await createActor({ name: 'B', externalId: a.id });
        expect(await store.resolveActorRefs([a.id])).toEqual(new Map([[a.id, b.id]]));
      });

      it('answers an empty list and a list of 40,000 refs', async () => {
        const a = await createActor({ name: 'A', externalId: 'KAI-001' });
        const refs = Array.from({ length: 40_000 }, (_, i) => `missing-${i}`);
        refs[20_000] = 'KAI-001';
        expect(await store.resolveActorRefs([])).toEqual(new Map());
        expect(await store.resolveActorRefs(refs)).toEqual(new Map([['KAI-001', a.id]]));
      });
    });

    describe('applyImport', () => {
      it('creates actors, persons and relationships and reports them as created', async () => {
        const summary = await store.applyImport(kainuuBatch());
        expect(summary).toEqual({
          actors: { created: 3, updated: 0, unchanged: 0 },
          persons: { created: 2, updated: 0, unchanged: 0 },
          relationships: { created: 3, updated: 0, unchanged: 0 },
        });
        expect(await store.counts()).toEqual({ actors: 3, persons: 2, relationships: 3 });

        const city = (await store.getActor('KAI-CITY')) as ActorRecord;
        const ngo = (await store.getActor('KAI-NGO')) as ActorRecord;
        const media = (await store.getActor('KAI-MEDIA')) as ActorRecord;
        const [cityRow] = kainuuBatch().actors;
        expect(city).toEqual({ ...cityRow, ...stampsOf(city) });
        expect(city.version).toBe(1);
        expectTimestamp(city.createdAt);

        const person = (await store.getPerson('P-LIISA')) as PersonRecord;
        const liisa = kainuuBatch().persons[0];
        expect(person).toEqual({
          ...personFields(city.id, { name: liisa.name, title: liisa.title }),
          externalId: 'P-LIISA',
          ...stampsOf(person),
        });

        // Every tie of the batch touches the city.
        const ties = await store.listRelationships(city.id);
        expect(ties.map(tieShape).sort()).toEqual(
          [
            `${city.id} COOPERATES_WITH ${ngo.id} 3 2020 null`,
            `${ngo.id} MEMBER_OF ${city.id} 1 null Neuvosto`,
            `${media.id} COMMUNICATES_WITH ${city.id} 2 null null`,
          ].sort(),
        );
      });

      it('resolves refs to stored actors by external id or by id', async () => {
        const byExternal = await createActor({ name: 'Stored', externalId: 'OLD-1' });
        const byId = await createActor({ name: 'No external id', externalId: null });
        await store.applyImport({
          actors: [importActor('NEW-1')],
          persons: [importPerson('P-1', byId.id), importPerson('P-2', 'OLD-1')],
          relationships: [
            importTie('NEW-1', 'OLD-1', 'FUNDS'),
            importTie(byId.id, 'NEW-1', 'MEMBER_OF'),
          ],
        });
        const created = (await store.getActor('NEW-1')) as ActorRecord;
        expect((await store.getPerson('P-1'))?.actorId).toBe(byId.id);
        expect((await store.getPerson('P-2'))?.actorId).toBe(byExternal.id);
        const shapes = (await store.listRelationships(created.id)).map(tieShape).sort();
        expect(shapes).toEqual(
          [
            `${created.id} FUNDS ${byExternal.id} 2 null null`,
            `${byId.id} MEMBER_OF ${created.id} 2 null null`,
          ].sort(),
        );
      });

      it("takes a ref naming a batch actor's external id as that actor, even if it is also a stored actor's id", async () => {
        const stored = await createActor({ name: 'Stored' });
        const other = await createActor({ name: 'Other', externalId: 'KAI-OTHER' });
        // The new actor's external id happens to equal the stored actor's id.
        await store.applyImport({
          actors: [importActor(stored.id, { name: 'New' })],
          persons: [importPerson('P-1', stored.id)],
          relationships: [importTie(stored.id, 'KAI-OTHER', 'FUNDS')],
        });
        const created = await findByName(store, 'New');
        expect(created.id).not.toBe(stored.id);
        expect(created.externalId).toBe(stored.id);
        expect((await store.getPerson('P-1'))?.actorId).toBe(created.id);
        expect((await store.listRelationships(created.id)).map(tieShape)).toEqual([
          `${created.id} FUNDS ${other.id} 2 null null`,
        ]);
        expect(await store.listPersons(stored.id)).toEqual([]);
        expect(await store.listRelationships(stored.id)).toEqual([]);
      });

      it('reports everything unchanged when the same batch comes again, and touches no record', async () => {
        await store.applyImport(kainuuBatch());
        const before = await stateOf(store);
        await sleep(5);
        const summary = await store.applyImport(kainuuBatch());
        expect(summary).toEqual({
          actors: { created: 0, updated: 0, unchanged: 3 },
          persons: { created: 0, updated: 0, unchanged: 2 },
          relationships: { created: 0, updated: 0, unchanged: 3 },
        });
        expect(await stateOf(store)).toEqual(before);
      });

      it('counts changed records as updated, bumps only their versions and leaves the rest alone', async () => {
        await store.applyImport(kainuuBatch());
        const before = await stateOf(store);
        await sleep(5);
        const batch = kainuuBatch();
        batch.actors[0].languages = ['fi', 'sv'];
        batch.persons[1].title = 'Toiminnanjohtaja';
        batch.relationships[0].strength = 1;
        const summary = await store.applyImport(batch);
        expect(summary).toEqual({
          actors: { created: 0, updated: 1, unchanged: 2 },
          persons: { created: 0, updated: 1, unchanged: 1 },
          relationships: { created: 0, updated: 1, unchanged: 2 },
        });
        const after = await stateOf(store);
        expect(after.counts).toEqual(before.counts);
        expect(changedIds(before.actors, after.actors)).toEqual([idOfExternal(before, 'KAI-CITY')]);
        expect(changedIds(before.persons, after.persons)).toHaveLength(1);
        expect(changedIds(before.relationships, after.relationships)).toHaveLength(1);

        const city = (await store.getActor('KAI-CITY')) as ActorRecord;
        const cityBefore = before.actors.find((a) => a.id === city.id) as ActorRecord;
        expect(city).toEqual({
          ...cityBefore,
          languages: ['fi', 'sv'],
          version: 2,
          updatedAt: expect.any(String),
        });
        expect(city.updatedAt > cityBefore.updatedAt).toBe(true);
        expect(await store.getPerson('P-AHMED')).toMatchObject({
          title: 'Toiminnanjohtaja',
          version: 2,
        });
      });

      it('takes a different order of a list as a change', async () => {
        await store.applyImport(kainuuBatch());
        const batch = kainuuBatch();
        batch.actors[1].languages = [...batch.actors[1].languages].reverse();
        const summary = await store.applyImport(batch);
        expect(summary.actors).toEqual({ created: 0, updated: 1, unchanged: 2 });
        expect((await store.getActor('KAI-NGO'))?.languages).toEqual(batch.actors[1].languages);
      });

      it('moves a person to another actor when its actorRef changes', async () => {
        await store.applyImport(kainuuBatch());
        const batch = kainuuBatch();
        batch.persons[0].actorRef = 'KAI-MEDIA';
        const summary = await store.applyImport(batch);
        expect(summary.persons).toEqual({ created: 0, updated: 1, unchanged: 1 });
        const media = (await store.getActor('KAI-MEDIA')) as ActorRecord;
        const city = (await store.getActor('KAI-CITY')) as ActorRecord;
        expect((await store.listPersons(media.id)).map((p) => p.externalId)).toEqual(['P-LIISA']);
        expect(await store.listPersons(city.id)).toEqual([]);
      });

      it('updates an actor created by hand when the batch names its external id', async () => {
        const byHand = await createActor({ name: 'Typo', externalId: 'KAI-CITY' });
        const summary = await store.applyImport(kainuuBatch());
        expect(summary.actors).toEqual({ created: 2, updated: 1, unchanged: 0 });
        const city = await store.getActor(byHand.id);
        expect(city).toMatchObject({
          name: 'Kajaanin kaupunki',
          version: 2,
          createdAt: byHand.createdAt,
        });
      });

      it.each(SYMMETRIC)(
        'matches a stored %s tie given in the reverse direction: unchanged, or updated in place',
        async (type) => {
          const a = await createActor({ name: 'A', externalId: 'A' });
          const b = await createActor({ name: 'B', externalId: 'B' });
          const stored = await store.createRelationship(newTie(a.id, b.id, { type, strength: 2 }));
          const same = await store.applyImport(
            emptyBatch({ relationships: [importTie('B', 'A', type)] }),
          );
          expect(same.relationships).toEqual({ created: 0, updated: 0, unchanged: 1 });
          expect(await store.getRelationship(stored.id)).toEqual(stored);

          const changed = importTie('B', 'A', type, { strength: 3 });
          const summary = await store.applyImport(emptyBatch({ relationships: [changed] }));
          expect(summary.relationships).toEqual({ created: 0, updated: 1, unchanged: 0 });
          expect((await store.counts()).relationships).toBe(1);
          expect(await store.listRelationships(a.id)).toEqual([
            {
              ...stored,
              sourceId: expect.any(String),
              targetId: expect.any(String),
              strength: 3,
              version: 2,
              updatedAt: expect.any(String),
            },
          ]);
          const [tie] = await store.listRelationships(a.id);
          expect([tie.sourceId, tie.targetId].sort()).toEqual([a.id, b.id].sort());
        },
      );

      it.each(DIRECTED)('creates a %s tie in the reverse direction as a new tie', async (type) => {
        const a = await createActor({ name: 'A', externalId: 'A' });
        const b = await createActor({ name: 'B', externalId: 'B' });
        const stored = await store.createRelationship(newTie(a.id, b.id, { type, strength: 2 }));
        const summary = await store.applyImport(
          emptyBatch({ relationships: [importTie('B', 'A', type)] }),
        );
        expect(summary.relationships).toEqual({ created: 1, updated: 0, unchanged: 0 });
        expect(await store.getRelationship(stored.id)).toEqual(stored);
        expect((await store.listRelationships(a.id)).map(tieShape).sort()).toEqual(
          [tieShape(stored), `${b.id} ${type} ${a.id} 2 null null`].sort(),
        );
      });

      it.each([
        ['actorRef', (b: ImportBatch): void => void (b.persons[1].actorRef = 'KAI-NOWHERE')],
        [
          'sourceRef',
          (b: ImportBatch): void => void (b.relationships[2].sourceRef = 'KAI-NOWHERE'),
        ],
        [
          'targetRef',
          (b: ImportBatch): void => void (b.relationships[1].targetRef = 'KAI-NOWHERE'),
        ],
      ] as const)(
        'throws MissingReferenceError for a bad %s and leaves the store exactly as it was',
        async (field, spoil) => {
          await store.applyImport(kainuuBatch());
          const before = await stateOf(store);
          const batch = kainuuBatch();
          batch.actors[0].name = 'Changed, but must not be written';
          batch.actors.push(importActor('KAI-NEW'));
          batch.persons.push(importPerson('P-NEW', 'KAI-NEW'));
          batch.relationships.push(importTie('KAI-NEW', 'KAI-CITY', 'FUNDS'));
          spoil(batch);
          const error = await rejectionOf(store.applyImport(batch));
          expect(error).toBeInstanceOf(MissingReferenceError);
          expect(error).toMatchObject({ field, value: 'KAI-NOWHERE' });
          expect(await stateOf(store)).toEqual(before);
          expect(await store.getActor('KAI-NEW')).toBeNull();
          expect(await store.getPerson('P-NEW')).toBeNull();
        },
      );

      it('writes nothing from a first import with a bad reference', async () => {
        const batch = kainuuBatch();
        batch.relationships[0].targetRef = 'KAI-NOWHERE';
        const revision = await store.revision();
        await expect(store.applyImport(batch)).rejects.toBeInstanceOf(MissingReferenceError);
        expect(await store.counts()).toEqual(NO_RECORDS);
        expect(await store.revision()).toBe(revision);
      });

      it('reports zeros for an empty batch', async () => {
        await createActor();
        const before = await stateOf(store);
        expect(await store.applyImport(emptyBatch())).toEqual({
          actors: { created: 0, updated: 0, unchanged: 0 },
          persons: { created: 0, updated: 0, unchanged: 0 },
          relationships: { created: 0, updated: 0, unchanged: 0 },
        });
        expect(await stateOf(store)).toEqual(before);
      });
    });

    describe('revision', () => {
      it('grows with every committed write', async () => {
        const seen = [await store.revision()];
        const step = async <T>(write: () => Promise<T>): Promise<T> => {
          const result = await write();
          seen.push(await store.revision());
          return result;
        };
        let a = await step(() => createActor({ name: 'A' }));
        const b = await step(() => createActor({ name: 'B' }));
        a = await step(() => store.updateActor(a.id, 1, actorFields({ name: 'A2' })));
        let person = await step(() => store.createPerson(newPerson(a.id)));
        person = await step(() => store.updatePerson(person.id, 1, personFields(b.id)));
        await step(() => store.deletePerson(person.id, person.version));
        let tie = await step(() => store.createRelationship(newTie(a.id, b.id)));
        const weaker = { strength: 1, since: null, note: null };
        tie = await step(() => store.updateRelationship(tie.id, 1, weaker));
        await step(() => store.deleteRelationship(tie.id, tie.version));
        await step(() => store.saveGeography(smallGeography()));
        await step(() => store.applyImport(kainuuBatch()));
        await step(() => store.deleteActor(a.id, a.version));
        expect(seen).toHaveLength(13);
        for (let i = 1; i < seen.length; i++) {
          expect(seen[i], `write ${i}`).toBeGreaterThan(seen[i - 1]);
        }
      });

      it('stays the same on reads', async () => {
        const a = await createActor({ name: 'A', externalId: 'A' });
        const revision = await store.revision();
        await store.getActor(a.id);
        await store.getActor('A');
        await store.getActorsByIds([a.id]);
        await store.findActors({ searchKey: 'a' }, { first: 10 });
        await store.listPersons(a.id);
        await store.listRelationships(a.id);
        await store.getPerson(MISSING_ID);
        await store.getRelationship(MISSING_ID);
        await store.loadNetwork({});
        await store.loadNetwork({ regionCode: '18' });
        await store.resolveActorRefs(['A']);
        await store.loadGeography();
        await store.counts();
        expect(await store.revision()).toBe(revision);
      });

      it('stays the same on failed writes', async () => {
        const a = await createActor({ name: 'A', externalId: 'A' });
        const b = await createActor({ name: 'B' });
        await store.createRelationship(newTie(a.id, b.id));
        await store.updateActor(a.id, 1, actorFields({ name: 'A2' }));
        const revision = await store.revision();
        // Thunks, so each call starts only when the one before has been awaited.
        const failures = [
          () => store.updateActor(a.id, 1, actorFields()),
          () => store.updateActor(MISSING_ID, 1, actorFields()),
          () => store.deleteActor(a.id, 1),
          () => store.createActor(newActor({ externalId: 'A' })),
          () => store.createPerson(newPerson(MISSING_ID)),
          () => store.createRelationship(newTie(b.id, a.id)),
          () => store.createRelationship(newTie(a.id, MISSING_ID)),
          () => store.deleteRelationship(MISSING_ID, 1),
          () =>
            store.applyImport(emptyBatch({ relationships: [importTie('A', 'NOWHERE', 'FUNDS')] })),
        ];
        for (const fail of failures) await expect(fail()).rejects.toBeInstanceOf(Error);
        expect(await store.revision()).toBe(revision);
      });

      it('stays the same when an import changes nothing', async () => {
        await store.applyImport(kainuuBatch());
        const revision = await store.revision();
        await store.applyImport(kainuuBatch());
        await store.applyImport(emptyBatch());
        expect(await store.revision()).toBe(revision);
      });
    });

    describe('counts', () => {
      it('counts actors, persons and relationships', async () => {
        const a = await createActor({ name: 'A' });
        const b = await createActor({ name: 'B' });
        const c = await createActor({ name: 'C' });
        await store.createPerson(newPerson(a.id));
        await store.createRelationship(newTie(a.id, b.id));
        await store.createRelationship(newTie(b.id, c.id));
        expect(await store.counts()).toEqual({ actors: 3, persons: 1, relationships: 2 });
      });
    });

    describeEventStoreContract(() => store);
    describeProfileStoreContract(() => store);
    describeAccountStoreContract(() => store);
    describeAuditStoreContract(() => store);

    describe('saveGeography and loadGeography', () => {
      it('round-trips a geography, including a municipality without a Swedish name', async () => {
        const geography = smallGeography();
        await store.saveGeography(geography);
        expect(sortedGeography(await store.loadGeography())).toEqual(sortedGeography(geography));
      });

      it('replaces the previous geography entirely', async () => {
        await store.saveGeography(smallGeography());
        const next: Geography = {
          regions: [{ code: '01', nameFi: 'Uusimaa', nameSv: 'Nyland' }],
          municipalities: [
            municipality({
              code: '091',
              nameFi: 'Helsinki',
              nameSv: 'Helsingfors',
              regionCode: '01',
            }),
          ],
          wellbeingCounties: [],
          elinvoimakeskukset: [{ code: 'EVK01', nameFi: 'Uusimaa', nameSv: 'Nyland' }],
        };
        await store.saveGeography(next);
        expect(sortedGeography(await store.loadGeography())).toEqual(sortedGeography(next));
      });

      it('round-trips the whole of Finland from graph-seed', async () => {
        const finland = readGeography();
        await store.saveGeography(finland);
        const loaded = await store.loadGeography();
        expect(loaded.municipalities.length).toBeGreaterThan(300);
        expect(sortedGeography(loaded)).toEqual(sortedGeography(finland));
      });

      it('leaves actors alone', async () => {
        const a = await createActor();
        await store.saveGeography(smallGeography());
        expect(await store.getActor(a.id)).toEqual(a);
      });
    });
  });
}

// ---------------------------------------------------------------------------------------
// Builders and helpers. Only the port's types: nothing here knows about an adapter.

const MISSING_ID = '00000000-0000-4000-8000-000000000000';
const NO_RECORDS = { actors: 0, persons: 0, relationships: 0 };
const EMPTY_GEOGRAPHY: Geography = {
  regions: [],
  municipalities: [],
  wellbeingCounties: [],
  elinvoimakeskukset: [],
};
const ALL_TYPES: RelationshipType[] = [
  'COOPERATES_WITH',
  'COMMUNICATES_WITH',
  'MEMBER_OF',
  'FUNDS',
  'PART_OF',
];
const SYMMETRIC: RelationshipType[] = ['COOPERATES_WITH', 'COMMUNICATES_WITH'];
const DIRECTED: RelationshipType[] = ['MEMBER_OF', 'FUNDS', 'PART_OF'];
const NULLABLE_ACTOR_FIELDS = [
  'externalId',
  'subcategory',
  'municipalityCode',
  'regionCode',
  'email',
  'phone',
  'website',
  'description',
] as const;

function actorFields(overrides: Partial<ActorFields> = {}): ActorFields {
  return {
    name: 'Kajaanin kaupunki',
    category: 'authority_local',
    subcategory: null,
    municipalityCode: '205',
    regionCode: '18',
    email: null,
    phone: null,
    website: null,
    languages: ['fi'],
    dimensions: ['interaction'],
    tags: [],
    description: null,
    ...overrides,
  };
}

function newActor(overrides: Partial<NewActor> = {}): NewActor {
  return { externalId: null, ...actorFields(overrides), ...overrides };
}

function personFields(actorId: string, overrides: Partial<PersonFields> = {}): PersonFields {
  return {
    actorId,
    name: 'Liisa Virtanen',
    title: 'Kotoutumiskoordinaattori',
    email: 'liisa.virtanen@example.fi',
    phone: '+358 40 123 4567',
    legalBasis: 'public_task',
    reviewDate: '2027-06-30',
    source: "organisation's website 2026-03",
    ...overrides,
  };
}

function newPerson(actorId: string, overrides: Partial<NewPerson> = {}): NewPerson {
  return { externalId: null, ...personFields(actorId, overrides), ...overrides };
}

function newTie(
  sourceId: string,
  targetId: string,
  overrides: Partial<RelationshipFields> = {},
): RelationshipFields {
  return {
    sourceId,
    targetId,
    type: 'COOPERATES_WITH',
    strength: 2,
    since: null,
    note: null,
    ...overrides,
  };
}

function importActor(externalId: string, overrides: Partial<ActorFields> = {}): ImportActor {
  return { ...actorFields({ name: externalId, ...overrides }), externalId };
}

function importPerson(externalId: string, actorRef: string): ImportPerson {
  const { actorId: _none, ...fields } = personFields('', { name: externalId });
  return { externalId, actorRef, ...fields };
}

function importTie(
  sourceRef: string,
  targetRef: string,
  type: RelationshipType,
  overrides: Partial<ImportRelationship> = {},
): ImportRelationship {
  return { sourceRef, targetRef, type, strength: 2, since: null, note: null, ...overrides };
}

function emptyBatch(parts: Partial<ImportBatch> = {}): ImportBatch {
  return { actors: [], persons: [], relationships: [], ...parts };
}

/** A fresh copy each call, so a test may change it freely. */
function kainuuBatch(): ImportBatch {
  return {
    actors: [
      importActor('KAI-CITY', {
        name: 'Kajaanin kaupunki',
        languages: ['fi'],
        tags: ['kunta'],
        website: 'https://www.kajaani.fi/',
      }),
      importActor('KAI-NGO', {
        name: 'Kainuun monikulttuurinen yhdistys ry',
        category: 'ngo',
        languages: ['fi', 'ar', 'so'],
        dimensions: ['interaction', 'participation'],
        email: 'info@example.fi',
      }),
      importActor('KAI-MEDIA', { name: 'Kainuun Sanomat', category: 'media' }),
    ],
    persons: [
      { ...importPerson('P-LIISA', 'KAI-CITY'), name: 'Liisa Virtanen' },
      { ...importPerson('P-AHMED', 'KAI-NGO'), name: 'Ahmed Ali', title: null },
    ],
    relationships: [
      importTie('KAI-CITY', 'KAI-NGO', 'COOPERATES_WITH', { strength: 3, since: '2020' }),
      importTie('KAI-NGO', 'KAI-CITY', 'MEMBER_OF', { strength: 1, note: 'Neuvosto' }),
      importTie('KAI-MEDIA', 'KAI-CITY', 'COMMUNICATES_WITH'),
    ],
  };
}

function municipality(
  fields: Pick<Geography['municipalities'][number], 'code' | 'nameFi' | 'nameSv' | 'regionCode'>,
): Geography['municipalities'][number] {
  return {
    subRegionCode: '181',
    subRegionNameFi: 'Kajaanin seutukunta',
    wellbeingCountyCode: '13',
    elinvoimakeskusCode: 'EVK12',
    languageStatusCode: '0',
    languageStatusFi: 'yksikielinen suomi',
    ...fields,
  };
}

function smallGeography(): Geography {
  return {
    regions: [
      { code: '18', nameFi: 'Kainuu', nameSv: 'Kajanaland' },
      { code: '17', nameFi: 'Pohjois-Pohjanmaa', nameSv: 'Norra Österbotten' },
    ],
    municipalities: [
      municipality({ code: '290', nameFi: 'Kuhmo', nameSv: null, regionCode: '18' }),
      municipality({ code: '205', nameFi: 'Kajaani', nameSv: 'Kajana', regionCode: '18' }),
      {
        ...municipality({ code: '564', nameFi: 'Oulu', nameSv: 'Uleåborg', regionCode: '17' }),
        subRegionCode: '171',
        subRegionNameFi: 'Oulun seutukunta',
      },
    ],
    wellbeingCounties: [
      { code: '13', nameFi: 'Kainuun hyvinvointialue', nameSv: 'Kajanalands välfärdsområde' },
    ],
    elinvoimakeskukset: [
      {
        code: 'EVK12',
        nameFi: 'Pohjois-Suomen elinvoimakeskus',
        nameSv: 'Livskraftscentralen i Norra Finland',
      },
    ],
  };
}

/** The port promises the facts back, not an order; compare them sorted by code. */
function sortedGeography(g: Geography): Geography {
  const byCode = <T extends { code: string }>(list: T[]) =>
    [...list].sort((a, b) => compare(a.code, b.code));
  return {
    regions: byCode(g.regions),
    municipalities: byCode(g.municipalities),
    wellbeingCounties: byCode(g.wellbeingCounties),
    elinvoimakeskukset: byCode(g.elinvoimakeskukset),
  };
}

/** Plain code-unit order, as the stores compare their ASCII-only keys and ids. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sortById<T extends { id: string }>(records: readonly T[]): T[] {
  return [...records].sort((a, b) => compare(a.id, b.id));
}

function byNameKeyThenId(actors: readonly ActorRecord[]): ActorRecord[] {
  return [...actors].sort(
    (a, b) => compare(searchKey(a.name), searchKey(b.name)) || compare(a.id, b.id),
  );
}

function stampsOf(record: { id: string; createdAt: string; updatedAt: string; version: number }) {
  const { id, createdAt, updatedAt, version } = record;
  return { id, createdAt, updatedAt, version };
}

/** ISO 8601 in UTC with milliseconds, as Date#toISOString writes it, and not before `notBefore`. */
function expectTimestamp(value: string, notBefore?: number): void {
  expect(new Date(value).toISOString()).toBe(value);
  if (notBefore !== undefined) {
    expect(Date.parse(value)).toBeGreaterThanOrEqual(notBefore - 1000);
    expect(Date.parse(value)).toBeLessThanOrEqual(Date.now() + 1000);
  }
}

function tieShape(r: RelationshipRecord): string {
  return `${r.sourceId} ${r.type} ${r.targetId} ${r.strength} ${r.since} ${r.note}`;
}

/** The fields a network tie must carry (an adapter may return more). */
function networkTieOf(r: NetworkTie): NetworkTie {
  return {
    id: r.id,
    sourceId: r.sourceId,
    targetId: r.targetId,
    type: r.type,
    strength: r.strength,
    since: r.since,
  };
}

function expectNetwork(
  actual: { nodes: ActorRecord[]; edges: NetworkTie[]; outsideNodes: ActorRecord[] },
  expected: { nodes: ActorRecord[]; edges: RelationshipRecord[]; outsideNodes: ActorRecord[] },
): void {
  expect(sortById(actual.nodes)).toEqual(sortById(expected.nodes));
  expect(sortById(actual.edges.map(networkTieOf))).toEqual(
    sortById(expected.edges.map(networkTieOf)),
  );
  expect(sortById(actual.outsideNodes)).toEqual(sortById(expected.outsideNodes));
  // Each once: sorting hides order, so the lengths catch a repeated record.
  expect(actual.edges).toHaveLength(expected.edges.length);
  expect(actual.outsideNodes).toHaveLength(expected.outsideNodes.length);
}

async function pageThrough(
  store: GraphStore,
  filter: Parameters<GraphStore['findActors']>[0],
  first: number,
) {
  const pages = [];
  let after = null;
  for (let guard = 0; guard < 100; guard++) {
    const page = await store.findActors(filter, { first, after });
    pages.push(page);
    const last = page.items.at(-1);
    if (!page.hasNextPage || !last) return pages;
    after = { nameKey: searchKey(last.name), id: last.id };
  }
  throw new Error('findActors never reported the last page');
}

/** Everything the port can show of the register, for "nothing changed" comparisons. */
async function stateOf(store: GraphStore) {
  const network = await store.loadNetwork({});
  const persons = (await Promise.all(network.nodes.map((a) => store.listPersons(a.id)))).flat();
  const ties = (await Promise.all(network.nodes.map((a) => store.listRelationships(a.id)))).flat();
  const relationships = [...new Map(ties.map((r) => [r.id, r])).values()];
  return {
    revision: await store.revision(),
    counts: await store.counts(),
    actors: sortById(network.nodes),
    persons: sortById(persons),
    relationships: sortById(relationships),
  };
}

function idOfExternal(state: Awaited<ReturnType<typeof stateOf>>, externalId: string): string {
  const actor = state.actors.find((a) => a.externalId === externalId);
  if (!actor) throw new Error(`no actor ${externalId}`);
  return actor.id;
}

/** Ids of records that differ between two id-sorted snapshots of the same records. */
function changedIds<T extends { id: string }>(before: T[], after: T[]): string[] {
  expect(after.map((r) => r.id)).toEqual(before.map((r) => r.id));
  return after.filter((r, i) => JSON.stringify(r) !== JSON.stringify(before[i])).map((r) => r.id);
}

async function findByName(store: GraphStore, name: string): Promise<ActorRecord> {
  const page = await store.findActors({ searchKey: searchKey(name) }, { first: 100 });
  const actor = page.items.find((a) => a.name === name);
  if (!actor) throw new Error(`no actor named ${name}`);
  return actor;
}

async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail, but it succeeded');
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
