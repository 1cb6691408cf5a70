import type { Category, RelationshipType } from '../../api/generated/graphql';
import { buildModel, type NetworkModel } from '../model';

export interface FixtureActor {
  id: string;
  name?: string;
  category?: Category;
  municipality?: string | null;
  dimensions?: ('attitudes' | 'safety' | 'interaction' | 'participation')[];
  outside?: boolean;
}

/** A network model from a compact description: `ties` as [source, target, type?, strength?]. */
export function fixtureModel(
  actors: FixtureActor[],
  ties: [string, string, RelationshipType?, number?][],
): NetworkModel {
  const toNode = (a: FixtureActor) => ({
    id: a.id,
    name: a.name ?? `Actor ${a.id}`,
    category: a.category ?? 'ngo',
    municipalityCode: a.municipality === undefined ? '205' : a.municipality,
    regionCode: '18',
    dimensions: a.dimensions ?? [],
  });
  return buildModel({
    nodes: actors.filter((a) => !a.outside).map(toNode),
    outsideNodes: actors.filter((a) => a.outside).map(toNode),
    edges: ties.map(([source, target, type, strength], i) => ({
      id: `e${i}`,
      source,
      target,
      type: type ?? 'COOPERATES_WITH',
      strength: strength ?? 2,
    })),
  });
}
