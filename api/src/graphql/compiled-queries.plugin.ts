import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

/**
 * Runs read-only operations (queries) through graphql-jit, which compiles an operation once
 * into plain JavaScript. graphql-js builds a resolve-info object and looks up arguments for
 * every field it resolves; a region's network is ~65,000 fields, and that bookkeeping was
 * two thirds of the answer's time (72 ms against 27 ms compiled, measured on a 2,000-actor,
 * 10,000-tie region).
 *
 * Only answers without errors are served this way. An operation that yields an error, or
 * one graphql-jit cannot compile, goes to Apollo's own executor instead, so every error a
 * client sees is formatted, masked and logged the one usual way. Queries have no side
 * effects, which is what makes running one a second time on the error path safe; mutations
 * and subscriptions are never compiled.
 */
export function compiledQueriesPlugin(maxCached = 200): ApolloServerPlugin {
  const compiled = new Map<string, CompiledQuery | null>();
  let forSchema: GraphQLSchema | null = null;

  const compiledFor = (ctx: GraphQLRequestContext<object>): CompiledQuery | null => {
    if (forSchema !== ctx.schema) {
      compiled.clear();
      forSchema = ctx.schema;
    }
    const key = `${ctx.queryHash}:${ctx.operationName ?? ''}`;
    let entry = compiled.get(key);
    if (entry === undefined) {
      const result = compileQuery(ctx.schema, ctx.document!, ctx.operationName ?? undefined);
      entry = isCompiledQuery(result) ? result : null;
      if (compiled.size >= maxCached) compiled.delete(compiled.keys().next().value!);
      compiled.set(key, entry);
    }
    return entry;
  };

  return {
    async requestDidStart() {
      return {
        async responseForOperation(ctx) {
          if (ctx.operation?.operation !== 'query' || !ctx.document) return null;
          const query = compiledFor(ctx);
          if (!query) return null;
          const result = await query.query(
            undefined,
            ctx.contextValue,
            ctx.request.variables ?? {},
          );
          if (result.errors?.length) return null;
          return {
            http: ctx.response.http,
            body: { kind: 'single', singleResult: { data: result.data } },
          };
        },
      };
    },
  };
}
