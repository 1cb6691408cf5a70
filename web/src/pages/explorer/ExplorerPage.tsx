import type { Core } from 'cytoscape';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { NetworkDocument, RegionsDocument } from '../../api/generated/graphql';
import { useQuery } from '../../api/use-query';
import { DEFAULT_FILTERS } from '../../graph/filters';
import { MARKS, mark } from '../../graph/perf-marks';
import { parseRenderOverrides, renderOptions } from '../../graph/render-options';
import { fitVisible } from '../../graph/use-cytoscape';
import { formatNumber } from '../../i18n/format';
import { ActorPanel } from '../../panels/ActorPanel';
import { ActorPicker } from '../../panels/ActorPicker';
import { ActorTable } from '../../panels/ActorTable';
import { ExportControls } from '../../panels/ExportControls';
import { FilterPanel, type MunicipalityOption } from '../../panels/FilterPanel';
import { FocusControls } from '../../panels/FocusControls';
import { Legend } from '../../panels/Legend';
import { LayoutControls } from '../../panels/LayoutControls';
import { STARTUP_PARAMS, type UpdateState } from '../../use-url-state';
import { NATIONAL, type UrlState } from '../../url-state';
import { QueryError } from '../QueryError';
import { DEMO_REGION } from '../StartPage';
import { AnalysisPanels } from './analysis';
import { EmptyScope } from './EmptyScope';
import { useAnalysis } from './use-analysis';
import { GraphView } from './GraphView';
import { PanelTabs } from './PanelTabs';
import { useExplorerModel } from './use-explorer-model';

const renderOverrides = parseRenderOverrides(STARTUP_PARAMS.render);
const NO_HOVER: ReadonlySet<string> = new Set();

/** The region map: the network of a scope, with filters, focus, panels and the table. */
export function ExplorerPage({ state, update }: { state: UrlState; update: UpdateState }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const regionCode = state.region === NATIONAL ? null : state.region;
  const network = useQuery(NetworkDocument, { regionCode });
  const regions = useQuery(RegionsDocument, {});
  const [hovered, setHovered] = useState<ReadonlySet<string>>(NO_HOVER);
  const [cy, setCy] = useState<Core | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  // A highlight belongs to the list it was hovered in: it goes when the panel changes.
  useEffect(() => setHovered(NO_HOVER), [state.panel]);

  // Tests and the bench read the graph through this (only with ?debug=1 at start-up).
  useEffect(() => {
    if (STARTUP_PARAMS.debug) (window as unknown as { verkostoCy: Core | null }).verkostoCy = cy;
  }, [cy]);

  useEffect(() => {
    if (network.data) mark(MARKS.networkReceived, { nodes: network.data.network.nodes.length });
  }, [network.data]);

  const analysis = useAnalysis(state, !!network.data);
  const derived = useExplorerModel(state, network.data, analysis.serverMetrics, hovered);
  const { model } = derived;

  const municipalities = useMemo<MunicipalityOption[]>(() => {
    const all = regions.data?.regions ?? [];
    const list = regionCode
      ? (all.find((r) => r.code === regionCode)?.municipalities ?? [])
      : all.flatMap((r) => r.municipalities);
    return list
      .map((m) => ({ code: m.code, name: (lang === 'sv' && m.nameSv) || m.nameFi }))
      .sort((a, b) => a.name.localeCompare(b.name, lang));
  }, [regions.data, regionCode, lang]);
  const municipalityNames = useMemo(
    () => new Map(municipalities.map((m) => [m.code, m.name])),
    [municipalities],
  );
  const municipalityName = useCallback(
    (code: string | null) => (code ? (municipalityNames.get(code) ?? code) : '–'),
    [municipalityNames],
  );
  const regionName = useMemo(() => {
    if (!regionCode) return t('scope.national');
    const r = regions.data?.regions.find((x) => x.code === regionCode);
    return r ? (lang === 'sv' ? r.nameSv : r.nameFi) : regionCode;
  }, [regions.data, regionCode, lang, t]);
  const categoryCounts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const n of model?.nodes ?? [])
      if (!n.outside) counts.set(n.category, (counts.get(n.category) ?? 0) + 1);
    return counts;
  }, [model]);

  const select = useCallback(
    (id: string | null) => update({ selected: id, panel: 'actor' }),
    [update],
  );
  const focusOn = useCallback(
    (id: string | null, depth: 1 | 2 = state.depth) => {
      update({ focus: id, depth });
    },
    [update, state.depth],
  );
  // Fit the view to a new focus or path once its classes are applied.
  const focusKey = `${state.focus}|${state.depth}|${derived.path?.nodeIds.join(',') ?? ''}`;
  const lastFocusKey = useRef(focusKey);
  useEffect(() => {
    if (!cy || lastFocusKey.current === focusKey) return;
    lastFocusKey.current = focusKey;
    const ids = derived.path
      ? derived.path.nodeIds
      : derived.focusIds
        ? [...derived.focusIds]
        : undefined;
    requestAnimationFrame(() => fitVisible(cy, ids));
  }, [cy, focusKey, derived.path, derived.focusIds]);

  const handlers = useMemo(
    () => ({
      onNodeTap: (id: string, { shiftKey }: { shiftKey: boolean }) => {
        if (shiftKey && state.selected && state.selected !== id)
          update({ path: [state.selected, id] });
        else select(id);
      },
      onBackgroundTap: () => {},
      onNodeHover: () => {},
    }),
    [state.selected, update, select],
  );

  const render = useMemo(() => renderOptions(model?.nodes.length ?? 0, renderOverrides), [model]);
  const renderKey = JSON.stringify(render);
  const metricLabel = t(`metrics.${state.metric}`);
  const availableMetrics = useMemo(
    () =>
      new Set([
        'degree',
        ...Object.keys(analysis.serverMetrics?.values ?? {}),
      ]) as ReadonlySet<'degree'>,
    [analysis.serverMetrics],
  );
  const visibleActors = useMemo(
    () =>
      model
        ? model.nodes.filter(
            (n) =>
              derived.visible.nodeIds.has(n.id) &&
              (!derived.focusIds || derived.focusIds.has(n.id)),
          )
        : [],
    [model, derived.visible, derived.focusIds],
  );

  const metricsFor = (id: string) => {
    const rows = [{ label: t('metrics.degree'), value: derived.degree.get(id) ?? 0 }];
    for (const row of analysis.metricRows(id)) rows.push(row);
    return rows;
  };

  const total = model ? model.nodes.filter((n) => !n.outside).length : 0;
  const countsText =
    t('explorer.counts', {
      nodes: formatNumber(derived.shownNodeCount, lang),
      total: formatNumber(total, lang),
      edges: formatNumber(derived.shownEdgeCount, lang),
    }) +
    (derived.shownOutsideCount
      ? ` ${t('explorer.outsideCount', { count: derived.shownOutsideCount })}`
      : '');

  return (
    <div className="explorer">
      <aside className="sidebar left" aria-label={t('filters.heading')}>
        {model && (
          <>
            <div className="section search-section">
              <ActorPicker
                label={t('search.label')}
                placeholder={t('search.placeholder')}
                nodes={model.nodes}
                onPick={(n) => update({ selected: n.id, focus: n.id, panel: 'actor' })}
                testId="search"
              />
            </div>
            <FilterPanel
              filters={state.filters}
              municipalities={municipalities}
              categoryCounts={categoryCounts}
              onChange={(filters) => update({ filters })}
            />
            <LayoutControls
              layout={state.layout}
              metric={state.metric}
              availableMetrics={availableMetrics}
              communitiesAvailable={!!analysis.serverMetrics?.communities}
              nodeCount={model.nodes.length}
              onLayout={(layout) => update({ layout })}
              onMetric={(metric) => update({ metric })}
            />
            <FocusControls
              model={model}
              focus={state.focus}
              depth={state.depth}
              path={state.path}
              pathResult={derived.path}
              onFocus={focusOn}
              onPath={(path) => update({ path })}
            />
            <Legend metricLabel={derived.metricAvailable ? metricLabel : t('metrics.degree')} />
            <ExportControls
              cy={cy}
              scope={state.region ?? 'all'}
              title={`${t('app.title')}: ${regionName}`}
            />
          </>
        )}
      </aside>

      <section className="canvas-area" aria-labelledby="scope-heading">
        <div className="toolbar">
          <h2 id="scope-heading">{regionName}</h2>
          <div role="group" aria-label={t('explorer.viewSwitch')} className="segmented">
            <button
              type="button"
              aria-pressed={state.view === 'graph'}
              onClick={() => update({ view: 'graph' }, 'push')}
              data-testid="view-graph"
            >
              {t('explorer.graphView')}
            </button>
            <button
              type="button"
              aria-pressed={state.view === 'table'}
              onClick={() => update({ view: 'table' }, 'push')}
              data-testid="view-table"
            >
              {t('explorer.tableView')}
            </button>
          </div>
          {model && (
            <p className="counts" data-testid="counts" aria-live="polite">
              {countsText}
            </p>
          )}
          {state.view === 'graph' && cy && (
            <button type="button" onClick={() => fitVisible(cy)}>
              {t('explorer.fit')}
            </button>
          )}
        </div>
        {derived.tieDetail && (
          <p className="notice" role="status" data-testid="tie-detail">
            {t('explorer.tieDetail', {
              total: formatNumber(derived.tieDetail.total, lang),
              shown: formatNumber(derived.tieDetail.shown, lang),
            })}{' '}
            <button
              type="button"
              className="link"
              onClick={() => update({ filters: { ...state.filters, minStrength: 1 } })}
            >
              {t('explorer.showAllTies')}
            </button>
          </p>
        )}
        {notice && (
          <p className="notice ok" role="status">
            {notice}{' '}
            <button type="button" className="link" onClick={() => setNotice(null)}>
              {t('app.close')}
            </button>
          </p>
        )}
        {network.loading && !network.data && (
          <div className="overlay" role="status" data-testid="loading">
            <span className="spinner" aria-hidden="true" />
            {t('explorer.loadingNetwork')}
          </div>
        )}
        {network.error &&
          (unknownRegion(network.error) ? (
            <div className="empty-state" role="alert" data-testid="unknown-region">
              <h3>{t('explorer.unknownRegion', { code: state.region })}</h3>
              <button
                type="button"
                className="primary"
                onClick={() => update({ region: null }, 'push')}
              >
                {t('scope.changeRegion')}
              </button>
            </div>
          ) : (
            <QueryError error={network.error} onRetry={network.reload} />
          ))}
        {model && total === 0 && (
          <EmptyScope
            region={state.region}
            onOpenDemo={() => update({ region: DEMO_REGION, filters: DEFAULT_FILTERS }, 'push')}
            onImport={() => update({ region: null }, 'push')}
          />
        )}
        {model && total > 0 && derived.shownNodeCount + derived.shownOutsideCount === 0 && (
          <div className="empty-state" role="status">
            <p>{t('explorer.nothingVisible')}</p>
            <button type="button" onClick={() => update({ filters: DEFAULT_FILTERS, focus: null })}>
              {t('explorer.resetFilters')}
            </button>
          </div>
        )}
        {model && derived.layout && (
          <GraphView
            key={renderKey}
            elements={derived.elements}
            classes={derived.classes}
            stylesheet={derived.stylesheet}
            render={render}
            layout={derived.layout}
            handlers={handlers}
            label={t('explorer.graphLabel', {
              nodes: derived.shownNodeCount,
              edges: derived.shownEdgeCount,
            })}
            hidden={state.view !== 'graph'}
            onReady={setCy}
          />
        )}
        {model && state.view === 'table' && (
          <ActorTable
            actors={visibleActors}
            municipalityName={municipalityName}
            degree={derived.degree}
            metric={
              state.metric !== 'degree' && derived.metricAvailable
                ? { label: metricLabel, values: derived.metricValues }
                : null
            }
            selected={state.selected}
            onSelect={select}
          />
        )}
      </section>

      <aside className="sidebar right" aria-label={t('panels.tabs')}>
        <PanelTabs active={state.panel} onChange={(panel) => update({ panel })} />
        <div
          className="panel-body"
          role="tabpanel"
          id={`panel-${state.panel}`}
          aria-labelledby={`tab-${state.panel}`}
        >
          {state.panel === 'actor' &&
            (state.selected && model ? (
              <ActorPanel
                key={state.selected}
                actorId={state.selected}
                model={model}
                municipalities={municipalities}
                metrics={metricsFor(state.selected)}
                metricsNote={
                  analysis.metricsLoading
                    ? t('key.computing')
                    : analysis.metricsError
                      ? analysis.metricsError.message
                      : null
                }
                reasons={analysis.reasonsFor(state.selected, lang)}
                onSelect={select}
                onFocus={(id) => focusOn(id)}
                onPath={(from, to) => update({ path: [from, to] })}
                onChanged={() => {
                  network.reload();
                  analysis.reload();
                }}
                onDeleted={(name) => {
                  setNotice(t('edit.deleted', { name }));
                  update({
                    selected: null,
                    focus: state.focus === state.selected ? null : state.focus,
                  });
                  network.reload();
                  analysis.reload();
                }}
              />
            ) : (
              <p className="muted">{t('actor.noneSelected')}</p>
            ))}
          {model && state.panel !== 'actor' && (
            <AnalysisPanels
              panel={state.panel}
              scope={state.region ?? 'all'}
              keyMetric={state.keyMetric}
              analysis={analysis}
              municipalityName={municipalityName}
              onKeyMetric={(keyMetric) => update({ keyMetric })}
              onProfile={(profile) => update({ profile })}
              onHover={(ids) => setHovered(ids.length ? new Set(ids) : NO_HOVER)}
              onFocus={(id) => update({ selected: id, focus: id })}
            />
          )}
        </div>
      </aside>
    </div>
  );
}

/** A link to a region that does not exist: trying again cannot help, choosing another can. */
function unknownRegion(error: Error): boolean {
  return error instanceof ApiError && error.refusedField('regionCode');
}
