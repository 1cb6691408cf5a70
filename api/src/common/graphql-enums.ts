import { registerEnumType } from '@nestjs/graphql';
import { CATEGORIES } from '../domain/categories';
import { DIMENSIONS } from '../domain/dimensions';
import { LEGAL_BASES } from '../domain/legal-basis';
import { RELATIONSHIP_TYPES } from '../domain/relationship-types';

/** GraphQL enums carry the domain's own values, so the API and the CSV format share one vocabulary. */
export function asEnum<T extends string>(values: readonly T[]): Record<T, T> {
  return Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;
}

export const CategoryEnum = asEnum(CATEGORIES);
export const DimensionEnum = asEnum(DIMENSIONS);
export const RelationshipTypeEnum = asEnum(RELATIONSHIP_TYPES);
export const LegalBasisEnum = asEnum(LEGAL_BASES);

registerEnumType(CategoryEnum, {
  name: 'Category',
  description: 'The kind of actor. Labels in fi/sv/en: the `categories` query.',
});
registerEnumType(DimensionEnum, {
  name: 'Dimension',
  description: 'A component of good population relations.',
});
registerEnumType(RelationshipTypeEnum, {
  name: 'RelationshipType',
  description: 'COOPERATES_WITH and COMMUNICATES_WITH are symmetric; the others are directed.',
});
registerEnumType(LegalBasisEnum, {
  name: 'LegalBasis',
  description: 'The GDPR ground on which a contact person’s data is held.',
});
