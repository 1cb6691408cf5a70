import { useTranslation } from 'react-i18next';
import { PANELS, type PanelName } from '../../url-state';

/** Tabs for the right-hand panels, with the ARIA tab pattern (arrow keys move between tabs). */
export function PanelTabs({
  active,
  onChange,
}: {
  active: PanelName;
  onChange(panel: PanelName): void;
}) {
  const { t } = useTranslation();
  return (
    <div role="tablist" aria-label={t('panels.tabs')} className="tabs">
      {PANELS.map((panel, i) => (
        <button
          key={panel}
          type="button"
          role="tab"
          id={`tab-${panel}`}
          aria-selected={active === panel}
          aria-controls={`panel-${panel}`}
          tabIndex={active === panel ? 0 : -1}
          data-testid={`tab-${panel}`}
          onClick={() => onChange(panel)}
          onKeyDown={(e) => {
            const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
            if (!step) return;
            const next = PANELS[(i + step + PANELS.length) % PANELS.length];
            onChange(next);
            document.getElementById(`tab-${next}`)?.focus();
          }}
        >
          {t(`panels.${panel}`)}
        </button>
      ))}
    </div>
  );
}
