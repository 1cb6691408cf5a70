import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config/app-config';
import { graphqlHardening } from './graphql-hardening';
import { GRAPHQL_LIMITS } from './security-limits';

describe('graphqlHardening', () => {
  it('in production: no introspection, no stack traces, no GraphiQL; CSRF prevention on, batching off', () => {
    const options = graphqlHardening(loadConfig({ NODE_ENV: 'production' }));
    expect(options).toMatchObject({
      introspection: false,
      includeStacktraceInErrorResponses: false,
      graphiql: false,
      csrfPrevention: true,
      allowBatchedHttpRequests: false,
      parseOptions: { maxTokens: GRAPHQL_LIMITS.maxTokens },
    });
  });

  it('hides field suggestions exactly when introspection is off', () => {
    const production = graphqlHardening(loadConfig({ NODE_ENV: 'production' }));
    const opened = graphqlHardening(
      loadConfig({ NODE_ENV: 'production', VERKOSTO_GRAPHQL_INTROSPECTION: '1' }),
    );
    // The suggestion mask is graphql-armor's one plugin here (the token limit is the parser's).
    expect(production.plugins).toHaveLength(1);
    expect(opened.plugins).toHaveLength(0);
  });

  it('keeps every limit outside production too', () => {
    const development = graphqlHardening(loadConfig({ NODE_ENV: 'development' }));
    const production = graphqlHardening(loadConfig({ NODE_ENV: 'production' }));
    expect(development.validationRules).toHaveLength(4);
    expect(production.validationRules).toHaveLength(4);
    expect(development).toMatchObject({
      introspection: true,
      includeStacktraceInErrorResponses: true,
    });
  });
});
