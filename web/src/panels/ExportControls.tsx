import type { Core } from 'cytoscape';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { download, exportFileName } from '../download';
import { exportPng, exportSvg } from '../graph/export';
import { Section } from './Section';

interface ExportControlsProps {
  cy: Core | null;
  scope: string;
  title: string;
}

/** PNG and SVG of the current view, and the link that reproduces it (the URL holds the state). */
export function ExportControls({ cy, scope, title }: ExportControlsProps) {
  const { t } = useTranslation();
  const [message, setMessage] = useState('');
  const base = t('export.fileName');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setMessage(t('export.copied'));
    } catch {
      setMessage(t('export.copyFailed'));
    }
  };
  return (
    <Section title={t('export.heading')} testId="export">
      <div className="button-row">
        <button
          type="button"
          disabled={!cy}
          data-testid="export-png"
          onClick={() => cy && download(exportPng(cy), exportFileName(base, scope, 'png'))}
        >
          {t('export.png')}
        </button>
        <button
          type="button"
          disabled={!cy}
          data-testid="export-svg"
          onClick={() =>
            cy &&
            download(
              new Blob([exportSvg(cy, title)], { type: 'image/svg+xml' }),
              exportFileName(base, scope, 'svg'),
            )
          }
        >
          {t('export.svg')}
        </button>
        <button type="button" data-testid="share-link" onClick={() => void copy()}>
          {t('export.share')}
        </button>
      </div>
      <p className="hint" role="status" aria-live="polite">
        {message}
      </p>
    </Section>
  );
}
