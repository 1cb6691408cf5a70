import type { Geography, ImportRows } from '@verkosto/graph-seed';
import type { AnalysisActor, AnalysisTie } from '../analysis.types';

/** graph-seed's Kainuu demo (import rows) as analysis input; regions follow from municipalities. */
export function kainuuInput(
  rows: ImportRows,
  geography: Geography,
): { actors: AnalysisActor[]; relationships: AnalysisTie[] } {
  const regionOf = new Map(geography.municipalities.map((m) => [m.code, m.regionCode]));
  const actors = rows.actors.map((row): AnalysisActor => ({
    id: row.id,
    name: row.name,
    category: row.category,
    subcategory: row.subcategory || null,
    municipalityCode: row.municipality_code || null,
    regionCode: row.municipality_code ? (regionOf.get(row.municipality_code) ?? null) : null,
    dimensions: row.dimensions,
    tags: row.tags,
  }));
  const relationships = rows.relationships.map((r) => ({
    sourceId: r.source_id,
    targetId: r.target_id,
    strength: r.strength,
  }));
  return { actors, relationships };
}
