import type { Category } from '../../domain/categories';
import type { Dimension } from '../../domain/dimensions';
import type { AnalysisActor, AnalysisTie } from '../analysis.types';

/**
 * Hand-built networks for behaviour tests: `actor('police', { muni: '205' })` and
 * `tie('a', 'b')`. Defaults: Kainuu (region 18), Kajaani (205), no dimensions or tags.
 */
export function actor(
  id: string,
  category: Category,
  fields: {
    muni?: string | null;
    region?: string | null;
    sub?: string | null;
    tags?: string[];
    dims?: Dimension[];
    name?: string;
  } = {},
): AnalysisActor {
  const municipalityCode = fields.muni === undefined ? '205' : fields.muni;
  return {
    id,
    name: fields.name ?? id,
    category,
    subcategory: fields.sub ?? null,
    municipalityCode,
    regionCode: fields.region === undefined ? '18' : fields.region,
    dimensions: fields.dims ?? [],
    tags: fields.tags ?? [],
  };
}

export function tie(sourceId: string, targetId: string, strength = 2): AnalysisTie {
  return { sourceId, targetId, strength };
}
