import { Inject } from '@nestjs/common';
import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../auth/access';
import { InputError } from '../domain/input-error';
import { GRAPH_STORE, type GraphStore } from '../store/graph-store';
import { AuditEntryModel } from './audit-entry.model';

/** The GraphQL cost limit allows some thirty entries with all their fields a page. */
const MAX_PAGE = 30;

/** The audit log, newest first: admins only. */
@Allow('admin')
@Resolver(() => AuditEntryModel)
export class AuditResolver {
  constructor(@Inject(GRAPH_STORE) private readonly store: GraphStore) {}

  @Query(() => [AuditEntryModel])
  auditLog(
    @Args('first', { type: () => Int, defaultValue: MAX_PAGE }) first: number,
    @Args('before', {
      type: () => Int,
      nullable: true,
      description: 'The seq of the last entry of the previous page.',
    })
    before?: number | null,
    @Args('entity', { type: () => String, nullable: true }) entity?: string | null,
    @Args('entityId', { type: () => ID, nullable: true }) entityId?: string | null,
  ): Promise<AuditEntryModel[]> {
    if (first < 1 || first > MAX_PAGE) {
      throw InputError.single('first', 'range', `must be from 1 to ${MAX_PAGE}`);
    }
    return this.store.listAudit({
      limit: first,
      beforeSeq: before ?? undefined,
      entity: entity ?? undefined,
      entityId: entityId ?? undefined,
    });
  }
}
