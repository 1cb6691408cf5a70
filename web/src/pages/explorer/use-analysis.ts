import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  GapsDocument,
  KeyActorsDocument,
  NetworkAnalysisDocument,
  ProfilesDocument,
  type GapsQuery,
  type KeyActorsQuery,
  type NetworkAnalysisQuery,
  type ProfilesQuery,
} from '../../api/generated/graphql';
import { useQuery, type QueryState } from '../../api/use-query';
import type { SizeMetric } from '../../graph/metrics';
import type { ActorMetricRow } from '../../panels/ActorPanel';
import type { UrlState } from '../../url-state';
import { analysisScope } from './analysis-scope';
import { chooseGapProfile } from './gap-profile';
import type { ServerMetrics } from './use-explorer-model';

type Metrics = NetworkAnalysisQuery['networkAnalysis']['actors'][number];

export const KEY_ACTOR_LIMIT = 15;
const DEFAULT_PROFILE = 'training_target_groups';

export interface AnalysisState {
  serverMetrics: ServerMetrics | null;
  /** True while the metrics the view asked for are on their way. */
  metricsLoading: boolean;
  metricsError: Error | null;
  metricRows(id: string): ActorMetricRow[];
  reasonsFor(id: string, language: string): string[];
  keyActors: QueryState<KeyActorsQuery>;
  gaps: QueryState<GapsQuery>;
  profiles: QueryState<ProfilesQuery>;
  profileId: string;
  /** The link's gap profile does not exist (any more); the first one is shown instead. */
  profileMissing: boolean;
  reload(): void;
}

/**
 * The API's analysis of the current scope, each query only when something shows it: the
 * metrics for sizing, the community layout or an open actor; key actors for their panel
 * or an open actor (its reason); gaps and profiles for their panel.
 */
export function useAnalysis(state: UrlState, networkReady: boolean): AnalysisState {
  const { t } = useTranslation();
  const { region, filters } = state;
  const scope = useMemo(() => analysisScope({ region, filters }), [region, filters]);
  const wantMetrics =
    networkReady && (state.metric !== 'degree' || state.layout === 'community' || !!state.selected);
  const metrics = useQuery(NetworkAnalysisDocument, { scope }, { skip: !wantMetrics });
  const wantKey = networkReady && (state.panel === 'key' || !!state.selected);
  const keyActors = useQuery(
    KeyActorsDocument,
    { scope, metric: state.keyMetric, limit: KEY_ACTOR_LIMIT },
    { skip: !wantKey },
  );
  const wantGaps = networkReady && state.panel === 'gaps';
  const profiles = useQuery(ProfilesDocument, {}, { skip: !wantGaps });
  const profile = chooseGapProfile(state.profile, profiles.data?.profiles, DEFAULT_PROFILE);
  const profileId = profile.id ?? state.profile ?? DEFAULT_PROFILE;
  const gaps = useQuery(GapsDocument, { scope, profileId }, { skip: !wantGaps || !profile.id });

  const byActor = useMemo(() => {
    const map = new Map<string, Metrics>();
    for (const m of metrics.data?.networkAnalysis.actors ?? []) map.set(m.actorId, m);
    return map;
  }, [metrics.data]);

  const serverMetrics = useMemo<ServerMetrics | null>(() => {
    if (!metrics.data) return null;
    const values: Partial<Record<SizeMetric, Map<string, number>>> = {
      betweenness: new Map(),
      pagerank: new Map(),
    };
    const communities = new Map<string, number>();
    for (const m of metrics.data.networkAnalysis.actors) {
      values.betweenness!.set(m.actorId, m.betweenness);
      values.pagerank!.set(m.actorId, m.pagerank);
      communities.set(m.actorId, m.community);
    }
    return { values, communities };
  }, [metrics.data]);

  const reload = () => {
    metrics.reload();
    keyActors.reload();
    gaps.reload();
  };

  return {
    serverMetrics,
    metricsLoading: metrics.loading,
    metricsError: metrics.error,
    metricRows: (id) => {
      const m = byActor.get(id);
      if (!m) return [];
      return [
        { label: t('metrics.weightedDegree'), value: m.weightedDegree },
        { label: t('metrics.betweenness'), value: m.betweenness },
        { label: t('metrics.pagerank'), value: m.pagerank },
        { label: t('metrics.closeness'), value: m.closeness },
        { label: t('metrics.eigenvector'), value: m.eigenvector },
        { label: t('metrics.kCore'), value: m.kCore },
        { label: t('metrics.community'), value: m.community + 1 },
      ];
    },
    reasonsFor: (id, language) => {
      const item = keyActors.data?.keyActors.items.find((i) => i.actor.id === id);
      if (!item) return [];
      const lang = language === 'sv' || language === 'en' ? language : 'fi';
      return [item.reason[lang]];
    },
    keyActors,
    gaps,
    profiles,
    profileId,
    profileMissing: profile.missing,
    reload,
  };
}
