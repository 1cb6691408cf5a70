import { PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCESS_RULE } from '../src/auth/access';
import { startTestServer, type TestServer } from './support/test-server';

const RESOLVER_TYPE = 'graphql:resolver_type';
const METHOD = 'method';

interface Operation {
  name: string;
  rule: unknown;
}

/**
 * Every GraphQL root field and every REST route of the running app, with the access rule it
 * declares (on the method, else on its class). Field resolvers (@ResolveField) are not
 * operations: they run under the root field that returned their parent.
 */
function operations(api: TestServer): Operation[] {
  const found: Operation[] = [];
  for (const module of api.server.app.get(ModulesContainer).values()) {
    const wrappers = [...module.providers.values(), ...module.controllers.values()];
    for (const wrapper of wrappers) {
      const type = wrapper.metatype as (new (...args: never[]) => object) | null;
      if (!type?.prototype || !wrapper.instance) continue;
      const proto = type.prototype as Record<string, unknown>;
      for (const key of Object.getOwnPropertyNames(proto)) {
        // Read the descriptor, not the property: a getter would run against the bare prototype.
        const method = Object.getOwnPropertyDescriptor(proto, key)?.value as unknown;
        if (key === 'constructor' || typeof method !== 'function') continue;
        const kind = Reflect.getMetadata(RESOLVER_TYPE, method) as string | undefined;
        const isRoute =
          Reflect.getMetadata(METHOD, method) !== undefined &&
          Reflect.getMetadata(PATH_METADATA, method) !== undefined;
        const isRoot = kind === 'Query' || kind === 'Mutation' || kind === 'Subscription';
        if (!isRoot && !isRoute) continue;
        const rule =
          Reflect.getMetadata(ACCESS_RULE, method) ?? Reflect.getMetadata(ACCESS_RULE, type);
        found.push({ name: `${type.name}.${key}`, rule });
      }
    }
  }
  return found;
}

describe('access rules (every operation of the running app)', () => {
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer();
  });
  afterAll(() => api.close());

  it('finds the operations: the check cannot pass by seeing none', () => {
    const names = operations(api).map((o) => o.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'ActorsResolver.actors',
        'ActorsResolver.createActor',
        'UsersResolver.users',
        'AuthResolver.login',
        'InvitationsController.csv',
        'ImportController.upload',
      ]),
    );
    expect(names.length).toBeGreaterThan(60);
  });

  it('gives every resolver and route an access rule', () => {
    const missing = operations(api).filter((o) => o.rule === undefined);
    expect(missing.map((o) => o.name)).toEqual([]);
  });

  it('makes public only sign-in, sign-out, setup, "who am I" and the privacy statement', () => {
    const open = operations(api).filter((o) => (o.rule as { kind: string }).kind === 'public');
    expect(open.map((o) => o.name).sort()).toEqual([
      'AuthResolver.login',
      'AuthResolver.logout',
      'AuthResolver.me',
      'AuthResolver.oidcSignIn',
      'AuthResolver.setUpFirstAdmin',
      'OidcController.callback',
      'OidcController.login',
      'PrivacyController.page',
    ]);
  });

  it('asks at least the editor role of every mutation and upload', () => {
    const writes = operations(api).filter(
      (o) => /\.(create|update|delete|set|add|upload)/.test(o.name) && !o.name.startsWith('Auth'),
    );
    expect(writes.length).toBeGreaterThan(20);
    for (const write of writes) {
      expect(['editor', 'admin'], write.name).toContain((write.rule as { role: string }).role);
    }
  });
});
