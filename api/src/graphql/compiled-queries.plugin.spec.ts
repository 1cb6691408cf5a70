import { ApolloServer } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { compiledQueriesPlugin } from './compiled-queries.plugin';

const typeDefs = `
  type Query { items: [Item!]!, broken: Int }
  type Item { id: ID!, name: String! }
  type Mutation { touch: Int! }
`;

function serverWithCounters() {
  const calls = { items: 0, broken: 0, touch: 0 };
  const server = new ApolloServer({
    typeDefs,
    resolvers: {
      Query: {
        items: () => {
          calls.items++;
          return [{ id: '1', name: 'Äänekoski' }];
        },
        broken: () => {
          calls.broken++;
          throw new GraphQLError('no such thing', { extensions: { code: 'NOT_FOUND' } });
        },
      },
      Mutation: { touch: () => ++calls.touch },
    },
    plugins: [compiledQueriesPlugin()],
    formatError: (formatted) => ({ ...formatted, message: `formatted: ${formatted.message}` }),
  });
  return { server, calls };
}

async function run(server: ApolloServer, query: string) {
  const response = await server.executeOperation({ query });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return response.body.singleResult;
}

describe('compiledQueriesPlugin', () => {
  it('answers an error-free query once, with the same data graphql-js would give', async () => {
    const { server, calls } = serverWithCounters();
    await server.start();
    expect(await run(server, '{ items { id name } }')).toEqual({
      data: { items: [{ id: '1', name: 'Äänekoski' }] },
    });
    expect(calls.items).toBe(1);
    await server.stop();
  });

  it('leaves an operation with an error to Apollo, so the error is formatted as usual', async () => {
    const { server, calls } = serverWithCounters();
    await server.start();
    const result = await run(server, '{ broken }');
    expect(result.errors).toEqual([
      expect.objectContaining({
        message: 'formatted: no such thing',
        extensions: expect.objectContaining({ code: 'NOT_FOUND' }),
      }),
    ]);
    // Once compiled (the error sends it back), once by Apollo's executor.
    expect(calls.broken).toBe(2);
    await server.stop();
  });

  it('never runs a mutation twice or compiled', async () => {
    const { server, calls } = serverWithCounters();
    await server.start();
    expect(await run(server, 'mutation { touch }')).toEqual({ data: { touch: 1 } });
    expect(calls.touch).toBe(1);
    await server.stop();
  });
});
