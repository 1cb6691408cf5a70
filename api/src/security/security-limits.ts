/**
 * Every limit the API puts on a request, in one place; the README lists them. Each leaves
 * headroom over what the web app sends (measured on web/src/api/operations, largest first):
 * depth 4, cost 108, about 100 tokens, no aliases, no directives. tests/security checks that
 * every operation of the web app still passes, so a new screen that needs more fails there
 * first, with the number it needs.
 */
export const GRAPHQL_LIMITS = {
  /**
   * Levels of nested fields, fragments flattened. The schema has a cycle (actor ->
   * relationships -> source -> relationships ...), and each level multiplies the answer by
   * the number of ties: 6 allows two turns of it.
   */
  maxDepth: 6,
  /** Aliased fields per operation: enough to ask for a few networks side by side. */
  maxAliases: 20,
  /** Directives per operation (@include, @skip). */
  maxDirectives: 10,
  /** Lexer tokens per document; GraphiQL's introspection query takes about 180. */
  maxTokens: 1000,
  /**
   * graphql-armor's static cost: 2 per object field, 1 per leaf, children weigh 1.5x per
   * level below the root, a literal `first: n` multiplies. 400 refuses 500 repeated
   * `__typename` (cost 500) and leaves the web app's largest query (108) room to grow.
   */
  maxCost: 400,
} as const;

/**
 * application/json bodies (GraphQL and REST): a mutation with a long description is a few
 * kB. A CSV upload (multipart, /api/import) has its own limit.
 */
export const JSON_BODY_LIMIT_BYTES = 256 * 1024;

/** Window of the request rate limit (VERKOSTO_RATE_LIMIT counts requests in it). */
export const RATE_LIMIT_WINDOW_MS = 60_000;
