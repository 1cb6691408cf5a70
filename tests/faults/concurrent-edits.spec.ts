import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postGraphql, query } from '../support/graphql-http';
import { spawnApi, type SpawnedApi } from '../support/spawn-api';

// Optimistic concurrency over real HTTP: every edit names the version it was made on, and a
// stale one is refused with CONFLICT instead of overwriting someone else's change.

const ACTOR = 'id name description tags version';
const UPDATE = `mutation ($id: ID!, $version: Int!, $input: UpdateActorInput!) {
  updateActor(id: $id, version: $version, input: $input) { ${ACTOR} } }`;
const PARALLEL = 50;

interface Actor {
  id: string;
  name: string;
  description: string | null;
  tags: string[];
  version: number;
}

describe('concurrent edits of one actor', () => {
  let api: SpawnedApi;

  beforeAll(async () => {
    // These tests hammer one server on purpose; the rate limit is not what they test.
    api = await spawnApi({ VERKOSTO_RATE_LIMIT: '0' });
  });
  afterAll(async () => {
    await api.stop();
  });

  async function someActor(skip: number): Promise<Actor> {
    const data = await query(
      api.url,
      `query ($first: Int!) { actors(filter: { regionCode: "18" }, first: $first) { nodes { ${ACTOR} } } }`,
      { first: skip + 1 },
    );
    return data.actors.nodes[skip];
  }

  it(`lets exactly one of ${PARALLEL} updates made on the same version win`, async () => {
    const actor = await someActor(0);
    const answers = await Promise.all(
      Array.from({ length: PARALLEL }, (_, i) =>
        postGraphql<{ updateActor: Actor }>(api.url, {
          query: UPDATE,
          variables: { id: actor.id, version: actor.version, input: { description: `edit ${i}` } },
        }),
      ),
    );
    const winners = answers.filter((answer) => answer.body.data?.updateActor);
    const conflicts = answers.filter((answer) =>
      answer.body.errors?.some((error) => error.extensions?.code === 'CONFLICT'),
    );
    expect(winners).toHaveLength(1);
    expect(conflicts).toHaveLength(PARALLEL - 1);
    for (const conflict of conflicts) {
      expect(conflict.body.errors![0].extensions).toMatchObject({
        expectedVersion: actor.version,
        currentVersion: actor.version + 1,
      });
    }

    const stored = (
      await query(api.url, `query ($id: ID!) { actor(id: $id) { ${ACTOR} } }`, {
        id: actor.id,
      })
    ).actor as Actor;
    const winner = winners[0].body.data!.updateActor;
    expect(stored.version).toBe(actor.version + 1);
    expect(stored).toEqual(winner);
    // Only the winner's field changed.
    expect(stored).toEqual({
      ...actor,
      description: winner.description,
      version: actor.version + 1,
    });
  });

  it(`loses none of ${PARALLEL} edits when each client reloads and retries after a conflict`, async () => {
    const actor = await someActor(1);
    const markOf = (i: number) => `edit-${i}`;
    let conflictsSeen = 0;
    await Promise.all(
      Array.from({ length: PARALLEL }, async (_, i) => {
        for (;;) {
          const current = (
            await query(api.url, `query ($id: ID!) { actor(id: $id) { ${ACTOR} } }`, {
              id: actor.id,
            })
          ).actor as Actor;
          const answer = await postGraphql(api.url, {
            query: UPDATE,
            variables: {
              id: actor.id,
              version: current.version,
              input: { description: `${current.description ?? ''} ${markOf(i)}`.trim() },
            },
          });
          if (answer.body.data?.updateActor) return;
          expect(answer.body.errors?.[0].extensions?.code).toBe('CONFLICT');
          conflictsSeen++;
        }
      }),
    );
    const stored = (
      await query(api.url, `query ($id: ID!) { actor(id: $id) { ${ACTOR} } }`, {
        id: actor.id,
      })
    ).actor as Actor;
    expect(stored.version).toBe(actor.version + PARALLEL);
    // Each client appended its mark to the description it had just read: all 50 are there.
    const marks = stored.description!.split(' ').filter((word) => word.startsWith('edit-'));
    expect(marks.sort()).toEqual(Array.from({ length: PARALLEL }, (_, i) => markOf(i)).sort());
    expect(conflictsSeen).toBeGreaterThan(0);
  });
});
