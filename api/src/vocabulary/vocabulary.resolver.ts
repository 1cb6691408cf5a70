import { Query, Resolver } from '@nestjs/graphql';
import { CATEGORIES, CATEGORY_LABELS } from '../domain/categories';
import { DIMENSION_LABELS, DIMENSIONS } from '../domain/dimensions';
import { CategoryInfo, DimensionInfo } from './models/labels.model';
import { Allow } from '../auth/access';

/** The fixed vocabularies with their fi/sv/en labels, so every client shows the same words. */
@Allow('viewer')
@Resolver()
export class VocabularyResolver {
  @Query(() => [CategoryInfo])
  categories(): CategoryInfo[] {
    return CATEGORIES.map((value) => ({ value, label: CATEGORY_LABELS[value] }));
  }

  @Query(() => [DimensionInfo])
  dimensions(): DimensionInfo[] {
    return DIMENSIONS.map((value) => ({ value, label: DIMENSION_LABELS[value] }));
  }
}
