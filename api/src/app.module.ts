import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { ServeStaticModule } from '@nestjs/serve-static';
import { AccountsModule } from './accounts/accounts.module';
import { ActorsModule } from './actors/actors.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { DomainErrorFilter } from './common/domain-error-filter';
import { EventsModule } from './events/events.module';
import type { AppConfig } from './config/app-config';
import { APP_CONFIG } from './config/app-config.token';
import { GeographyModule } from './geography/geography.module';
import { compiledQueriesPlugin } from './graphql/compiled-queries.plugin';
import { ImportModule } from './import/import.module';
import { InvitationsModule } from './invitations/invitations.module';
import { NetworkModule } from './network/network.module';
import { NetworkAnalysisModule } from './network-analysis/network-analysis.module';
import { PersonsModule } from './persons/persons.module';
import { PlansModule } from './plans/plans.module';
import { PrivacyModule } from './privacy/privacy.module';
import { RelationshipsModule } from './relationships/relationships.module';
import { ReportsModule } from './reports/reports.module';
import { graphqlHardening } from './security/graphql-hardening';
import { SecurityModule } from './security/security.module';
import { DemoSeedModule } from './seed/demo-seed.module';
import type { GraphStore } from './store/graph-store';
import { StoreModule } from './store/store.module';
import { cacheHeaders } from './web-app/cache-headers';
import { VocabularyModule } from './vocabulary/vocabulary.module';

/** The feature modules that make up the GraphQL schema. */
export const FEATURE_MODULES = [
  AccountsModule,
  AuditModule,
  PrivacyModule,
  GeographyModule,
  VocabularyModule,
  ActorsModule,
  PersonsModule,
  RelationshipsModule,
  NetworkModule,
  NetworkAnalysisModule,
  ImportModule,
  EventsModule,
  InvitationsModule,
  PlansModule,
  ReportsModule,
];

export function graphqlOptions(config: AppConfig): ApolloDriverConfig {
  // Limits, introspection, CSRF prevention, batching, stack traces: security/graphql-hardening.ts.
  const hardening = graphqlHardening(config);
  return {
    driver: ApolloDriver,
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    ...hardening,
    // The cache-control plugin hooks every field; it doubled the time of a 2 MB network answer.
    // @nestjs/apollo is ESM and sees @apollo/server's ESM typings, this CommonJS file the CJS
    // ones: the same plugin object, two declarations of its type.
    plugins: [
      ApolloServerPluginCacheControlDisabled() as never,
      ...hardening.plugins,
      compiledQueriesPlugin() as never,
    ],
  };
}

@Module({})
export class AppModule {
  static register(config: AppConfig, store: GraphStore): DynamicModule {
    return {
      module: AppModule,
      imports: [
        StoreModule.forStore(store),
        SecurityModule.register(config),
        AuthModule,
        GraphQLModule.forRoot<ApolloDriverConfig>(graphqlOptions(config)),
        ...FEATURE_MODULES,
        DemoSeedModule,
        ...(config.webDist
          ? [
              ServeStaticModule.forRoot({
                rootPath: config.webDist,
                exclude: ['/graphql{*rest}', '/api{*rest}'],
                serveStaticOptions: { setHeaders: cacheHeaders },
              }),
            ]
          : []),
      ],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: APP_FILTER, useClass: DomainErrorFilter },
      ],
      exports: [APP_CONFIG],
      global: true,
    };
  }
}
