import { Inject, Injectable } from '@nestjs/common';
import { decodeCursor, encodeCursor } from '../common/cursor';
import { assertCurrentVersion, definedOnly } from '../common/patch';
import { validateActorFields, type ActorInput } from '../domain/actor-rules';
import { optionalText } from '../domain/field-rules';
import { InputError } from '../domain/input-error';
import { text } from '../domain/normalize';
import type { ActorFields, ActorRecord } from '../domain/records';
import { searchKey } from '../domain/search-key';
import { validate } from '../domain/validate';
import { GeographyService } from '../geography/geography.service';
import { GRAPH_STORE, type ActorFilter, type GraphStore } from '../store/graph-store';
import { NotFoundError } from '../store/store-errors';
import type { ActorFilterInput } from './dto/actor-filter.input';
import { MAX_PAGE_SIZE } from './dto/actors.args';
import type { CreateActorInput } from './dto/create-actor.input';
import type { UpdateActorInput } from './dto/update-actor.input';
import type { ActorConnection } from './models/actor-connection.model';

const externalIdRule = optionalText(100);

@Injectable()
export class ActorsService {
  constructor(
    @Inject(GRAPH_STORE) private readonly store: GraphStore,
    private readonly geography: GeographyService,
  ) {}

  async list(
    filter: ActorFilterInput | null | undefined,
    first: number,
    after?: string | null,
  ): Promise<ActorConnection> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
      throw InputError.single('first', 'range', `must be from 1 to ${MAX_PAGE_SIZE}`);
    }
    const page = await this.store.findActors(toStoreFilter(filter), {
      first,
      after: after ? decodeCursor(after) : null,
    });
    const edges = page.items.map((node) => ({
      node,
      cursor: encodeCursor({ nameKey: searchKey(node.name), id: node.id }),
    }));
    return {
      totalCount: page.totalCount,
      edges,
      nodes: page.items,
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
    };
  }

  /** By id or by the external id of an import. */
  get(idOrExternalId: string): Promise<ActorRecord | null> {
    return this.store.getActor(idOrExternalId);
  }

  async require(id: string): Promise<ActorRecord> {
    const actor = await this.store.getActor(id);
    if (!actor) throw new NotFoundError('Actor', id);
    return actor;
  }

  async create(input: CreateActorInput): Promise<ActorRecord> {
    const fields = await this.validFields(input);
    const externalId = validate(externalIdRule, text(input.externalId));
    return this.store.createActor({ ...fields, externalId });
  }

  async update(id: string, version: number, patch: UpdateActorInput): Promise<ActorRecord> {
    const current = await this.require(id);
    assertCurrentVersion('Actor', current, version);
    const merged = { ...fieldsOf(current), ...definedOnly(patch) };
    // A new municipality decides the region; without this the old region would contradict it.
    if (patch.municipalityCode !== undefined && patch.regionCode === undefined) {
      merged.regionCode = null;
    }
    const fields = await this.validFields(merged);
    return this.store.updateActor(current.id, version, fields);
  }

  async delete(id: string, version: number): Promise<string> {
    const current = await this.require(id);
    await this.store.deleteActor(current.id, version);
    return current.id;
  }

  private async validFields(input: ActorInput): Promise<ActorFields> {
    return validateActorFields(await this.geography.get(), input);
  }
}

function toStoreFilter(filter: ActorFilterInput | null | undefined): ActorFilter {
  const key = filter?.search ? searchKey(filter.search) : '';
  return {
    regionCode: filter?.regionCode ?? undefined,
    municipalityCodes: filter?.municipalityCode ? [filter.municipalityCode] : undefined,
    categories: filter?.categories?.length ? filter.categories : undefined,
    searchKey: key || undefined,
  };
}

function fieldsOf(actor: ActorRecord): ActorFields {
  const { id: _id, externalId: _e, createdAt: _c, updatedAt: _u, version: _v, ...fields } = actor;
  return fields;
}
