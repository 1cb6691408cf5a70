import type { Labels } from '../../domain/categories';
import { DIMENSIONS, DIMENSION_LABELS, type Dimension } from '../../domain/dimensions';
import type { Severity } from '../analysis.types';
import { inAllLocales, type Locale } from '../locale-format';
import type { DimensionWeights } from '../profiles/profile.schema';

/** The dimensions with a weight above 0, heaviest first. */
export function weightedDimensions(weights: DimensionWeights): Dimension[] {
  return DIMENSIONS.filter((d) => (weights[d] ?? 0) > 0).sort(
    (a, b) => (weights[b] ?? 0) - (weights[a] ?? 0),
  );
}

export function importance(weights: DimensionWeights): number {
  return DIMENSIONS.reduce((sum, d) => sum + (weights[d] ?? 0), 0);
}

const AND: Record<Locale, string> = { fi: 'ja', sv: 'och', en: 'and' };

/** "attitudes, safety and interaction", lower case, in each language. */
export function dimensionList(dimensions: readonly Dimension[]): Labels {
  return inAllLocales((l) =>
    listOf(
      l,
      dimensions.map((d) => lowerFirst(DIMENSION_LABELS[d][l])),
    ),
  );
}

export function listOf(l: Locale, items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${AND[l]} ${items[items.length - 1]}`;
}

export function quoted(labels: Labels): Labels {
  return { fi: `”${labels.fi}”`, sv: `”${labels.sv}”`, en: `“${labels.en}”` };
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLocaleLowerCase('fi') + s.slice(1);
}

/** Severity from a dimension importance (0..4): 1.5 and up high, 0.75 and up medium. */
export function severityOf(weight: number): Severity {
  return weight >= 1.5 ? 'high' : weight >= 0.75 ? 'medium' : 'low';
}
