import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { NetworkDocument, type PlanFieldsFragment } from '../../api/generated/graphql';
import { useQuery } from '../../api/use-query';
import { hasGaps, keyActorNames } from '../../plans/review';

interface PlanReviewProps {
  review: PlanFieldsFragment['review'];
  regionCode: string;
}

/**
 * What the API says the plan leaves out, as warnings with a suggestion: the guide asks a
 * plan to cover every dimension and to give the region's key actors a role.
 */
export function PlanReview({ review, regionCode }: PlanReviewProps) {
  const { t } = useTranslation();
  // The review names key actors by id; the region's network (often cached) has the names.
  const network = useQuery(NetworkDocument, { regionCode });
  const keyActors = useMemo(
    () => keyActorNames(review.keyActorsWithoutRole, network.data?.network.nodes ?? []),
    [review.keyActorsWithoutRole, network.data],
  );
  const hidden = review.keyActorsWithoutRole.length - keyActors.length;
  if (!hasGaps(review)) {
    return (
      <section data-testid="plan-review">
        <h3>{t('plans.review.title')}</h3>
        <p className="notice ok">{t('plans.review.complete')}</p>
      </section>
    );
  }
  // A dot between names: an actor's own name can hold a comma.
  const warning = (testId: string, title: string, items: string[]) =>
    items.length > 0 && (
      <div className="notice warning" role="note" data-testid={testId}>
        <strong>{title}</strong>: {items.join(' · ')}
      </div>
    );
  return (
    <section data-testid="plan-review">
      <h3>{t('plans.review.title')}</h3>
      {warning(
        'review-dimensions',
        t('plans.review.dimensions'),
        review.dimensionsWithoutMeasure.map((d) => t(`dimensions.${d}`)),
      )}
      {warning(
        'review-key-actors',
        t('plans.review.keyActors'),
        // The API lists every key actor without a role, best first; the first ten say enough.
        hidden > 0
          ? [...keyActors.map((a) => a.name), t('plans.review.more', { count: hidden })]
          : keyActors.map((a) => a.name),
      )}
      {warning(
        'review-categories',
        t('plans.review.categories'),
        review.absentCategories.map((c) => t(`categories.${c}`)),
      )}
      <p className="muted">{t('plans.review.suggestion')}</p>
    </section>
  );
}
