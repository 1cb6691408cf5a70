import { useTranslation } from 'react-i18next';
import { FCOSE_MAX_NODES } from '../graph/layout/layout-plan';
import { LAYOUT_NAMES, type LayoutName } from '../graph/layout/layout-types';
import { SIZE_METRICS, type SizeMetric } from '../graph/metrics';
import { Section } from './Section';
import { TranslatedOptions } from '../forms/TranslatedOptions';

interface LayoutControlsProps {
  layout: LayoutName;
  metric: SizeMetric;
  availableMetrics: ReadonlySet<SizeMetric>;
  communitiesAvailable: boolean;
  nodeCount: number;
  onLayout(layout: LayoutName): void;
  onMetric(metric: SizeMetric): void;
}

export function LayoutControls(props: LayoutControlsProps) {
  const { t } = useTranslation();
  return (
    <Section title={t('layout.label')} testId="layout-controls">
      <label className="field">
        {t('layout.label')}
        <select
          value={props.layout}
          onChange={(e) => props.onLayout(e.target.value as LayoutName)}
          data-testid="layout-select"
        >
          <TranslatedOptions values={LAYOUT_NAMES} labels="layout" />
        </select>
      </label>
      {props.layout === 'fcose' && props.nodeCount > FCOSE_MAX_NODES && (
        <p className="hint">{t('layout.fcoseTooLarge', { max: FCOSE_MAX_NODES })}</p>
      )}
      {props.layout === 'community' && !props.communitiesAvailable && (
        <p className="hint">{t('layout.communityUnavailable')}</p>
      )}
      <label className="field">
        {t('layout.sizeBy')}
        <select
          value={props.metric}
          onChange={(e) => props.onMetric(e.target.value as SizeMetric)}
          data-testid="metric-select"
        >
          {SIZE_METRICS.map((m) => (
            <option key={m} value={m} disabled={!props.availableMetrics.has(m)}>
              {t(`metrics.${m}`)}
            </option>
          ))}
        </select>
      </label>
      {!props.availableMetrics.has(props.metric) && (
        <p className="hint">{t('metrics.unavailable')}</p>
      )}
    </Section>
  );
}
