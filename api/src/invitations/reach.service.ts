import { Inject, Injectable } from '@nestjs/common';
import { GRAPH_STORE, type GraphStore } from '../store/graph-store';
import type { ParticipationRole } from '../store/event-store';

export type Reach = Record<ParticipationRole, number>;

/**
 * Who the events have reached: per actor, the number of distinct events it organised, spoke
 * at, was invited to (past draft) and attended. The region report and the gap analysis read
 * it; it comes from the same edges the graph holds (ORGANISED, SPOKE_AT, INVITED_TO, ATTENDED).
 */
@Injectable()
export class ReachService {
  constructor(@Inject(GRAPH_STORE) private readonly store: GraphStore) {}

  async reach(actorIds: readonly string[]): Promise<Map<string, Reach>> {
    const result = new Map<string, Reach>(
      actorIds.map((id) => [id, { organised: 0, spoke: 0, invited: 0, attended: 0 }]),
    );
    for (const row of await this.store.listParticipation(actorIds)) {
      const reach = result.get(row.actorId);
      if (reach) reach[row.role] += 1;
    }
    return result;
  }
}
