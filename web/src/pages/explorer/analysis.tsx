import { useTranslation } from 'react-i18next';
import type { NetworkModel } from '../../graph/model';
import type { ActorMetricRow } from '../../panels/ActorPanel';
import type { UpdateState } from '../../use-url-state';
import type { PanelName, UrlState } from '../../url-state';
import type { ServerMetrics } from './use-explorer-model';

export interface AnalysisState {
  serverMetrics: ServerMetrics | null;
  metricRows(id: string): ActorMetricRow[];
  reasonsFor(id: string, language: string): string[];
  reload(): void;
}

/** The API's analysis for the current scope. Placeholder until the API serves it. */
export function useAnalysis(_state: UrlState, _nodeCount: number | null): AnalysisState {
  return { serverMetrics: null, metricRows: () => [], reasonsFor: () => [], reload: () => {} };
}

interface AnalysisPanelsProps {
  panel: Exclude<PanelName, 'actor'>;
  state: UrlState;
  update: UpdateState;
  analysis: AnalysisState;
  model: NetworkModel;
  onHover(ids: string[]): void;
  onFocus(id: string): void;
}

export function AnalysisPanels({ panel }: AnalysisPanelsProps) {
  const { t } = useTranslation();
  return <p className="muted">{panel === 'key' ? t('key.unavailable') : t('gaps.unavailable')}</p>;
}
