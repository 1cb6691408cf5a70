import { GraphQLSchemaHost } from '@nestjs/graphql';
import { printSchema } from 'graphql';
import type { INestApplication } from '@nestjs/common';

/** The running app's schema as SDL, the form committed in api/schema.gql. */
export function printAppSchema(app: INestApplication): string {
  const { schema } = app.get(GraphQLSchemaHost);
  return `${printSchema(schema)}\n`;
}

export const SCHEMA_FILE = 'schema.gql';
