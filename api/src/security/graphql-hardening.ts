import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { AppConfig } from '../config/app-config';
import { GRAPHQL_LIMITS } from './security-limits';

/** GraphiQL loads its scripts from unpkg.com; it is served only where it can work and harm no one. */
export function graphiqlEnabled(config: AppConfig): boolean {
  return config.introspection && !config.production;
}

/**
 * The GraphQL side of the hardening: graphql-armor's limits as validation rules, graphql-js's
 * token limit in the parser, plus Apollo's own switches, set explicitly so a changed default cannot loosen
 * them. Every refusal is an error with a code and the limit in its message; nothing runs.
 */
export function graphqlHardening(
  config: AppConfig,
): Pick<
  ApolloDriverConfig,
  | 'introspection'
  | 'parseOptions'
  | 'validationRules'
  | 'csrfPrevention'
  | 'allowBatchedHttpRequests'
  | 'includeStacktraceInErrorResponses'
  | 'graphiql'
> & { plugins: NonNullable<ApolloDriverConfig['plugins']> } {
  const armor = new ApolloArmor({
    // Fragments count by what they contain, not as a level of their own.
    maxDepth: { n: GRAPHQL_LIMITS.maxDepth, flattenFragments: true },
    maxAliases: { n: GRAPHQL_LIMITS.maxAliases },
    maxDirectives: { n: GRAPHQL_LIMITS.maxDirectives },
    // graphql-js's own parser limit (below) counts the same tokens, but its refusal is a
    // syntax error (400); graphql-armor's plugin throws from a hook and Apollo answers 500.
    maxTokens: { enabled: false },
    costLimit: { maxCost: GRAPHQL_LIMITS.maxCost, flattenFragments: true },
    // "Did you mean ..." names fields a client cannot list: hide it wherever introspection is off.
    blockFieldSuggestion: { enabled: !config.introspection },
  }).protect();
  return {
    introspection: config.introspection,
    parseOptions: { maxTokens: GRAPHQL_LIMITS.maxTokens },
    validationRules: armor.validationRules,
    // graphql-armor is typed against @apollo/server's ESM typings, this file against the CJS
    // ones: the same plugin objects, two declarations of their type (as in app.module.ts).
    plugins: armor.plugins as never[],
    // A GET or a "simple" POST (text/plain, form) must carry a header only a script can set.
    csrfPrevention: true,
    // One operation per request: a batch would multiply every limit above.
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: !config.production,
    graphiql: graphiqlEnabled(config),
  };
}
