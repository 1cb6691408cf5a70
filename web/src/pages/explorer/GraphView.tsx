import type { Core, StylesheetJson } from 'cytoscape';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GraphElements } from '../../graph/elements';
import type { RenderOptions } from '../../graph/render-options';
import { useCytoscape, type CytoscapeHandlers, type LayoutInput } from '../../graph/use-cytoscape';

interface GraphViewProps {
  elements: GraphElements;
  classes: ReadonlyMap<string, string>;
  stylesheet: StylesheetJson;
  render: RenderOptions;
  layout: LayoutInput;
  handlers: CytoscapeHandlers;
  label: string;
  hidden: boolean;
  onReady(cy: Core | null): void;
}

/** Shows a layout's progress only when it takes longer than this: quick ones do not flicker. */
const PROGRESS_DELAY_MS = 500;

/** The Cytoscape canvas. All the work is in useCytoscape; this is its DOM and its overlays. */
export function GraphView(props: GraphViewProps) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const { cy, status } = useCytoscape(container, props);
  const { onReady, hidden } = props;
  const [showProgress, setShowProgress] = useState(false);

  useEffect(() => onReady(cy), [cy, onReady]);

  useEffect(() => {
    if (!status.running) {
      setShowProgress(false);
      return;
    }
    const timer = setTimeout(() => setShowProgress(true), PROGRESS_DELAY_MS);
    return () => clearTimeout(timer);
  }, [status.running]);

  // A canvas measured while hidden has no size: measure again when shown.
  useEffect(() => {
    if (!hidden) cy?.resize();
  }, [cy, hidden]);

  return (
    <div className="graph-view" hidden={hidden}>
      <div
        ref={container}
        className="graph-canvas"
        role="img"
        aria-label={props.label}
        data-testid="graph-canvas"
      />
      {showProgress && status.running && (
        <div className="layout-progress" role="status" aria-live="polite">
          <progress max={1} value={status.fraction} aria-label={t('layout.label')} />
          <span>{t('explorer.layoutRunning', { percent: Math.round(status.fraction * 100) })}</span>
        </div>
      )}
      {status.error && (
        <div className="layout-progress error" role="alert">
          {t('explorer.layoutFailed', { message: status.error })}
        </div>
      )}
    </div>
  );
}
