import type { KeyActorMetric } from '../api/generated/graphql';

/** A text the API gives in the three UI languages, in the current one. */
export function pickLabel(
  labels: { fi: string; sv: string; en: string },
  language: string,
): string {
  return language === 'sv' ? labels.sv : language === 'en' ? labels.en : labels.fi;
}

/** The translation key of a key-actor metric's name. */
export const KEY_METRIC_LABEL: Readonly<Record<KeyActorMetric, string>> = {
  DEGREE: 'metrics.degree',
  WEIGHTED_DEGREE: 'metrics.weightedDegree',
  BETWEENNESS: 'metrics.betweenness',
  PAGERANK: 'metrics.pagerank',
  CLOSENESS: 'metrics.closeness',
  EIGENVECTOR: 'metrics.eigenvector',
  KCORE: 'metrics.kCore',
  BROKERAGE: 'metrics.brokerage',
};
