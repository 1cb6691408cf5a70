import { useTranslation } from 'react-i18next';
import { CATEGORY_COLORS, EDGE_TYPE_STYLES } from '../graph/palette';
import { CATEGORIES, RELATIONSHIP_TYPES } from '../vocabulary';
import { Section } from './Section';

/** What the colours, line styles and sizes mean. */
export function Legend({ metricLabel }: { metricLabel: string }) {
  const { t } = useTranslation();
  return (
    <Section title={t('legend.heading')} testId="legend">
      <h3>{t('legend.categories')}</h3>
      <ul className="legend-list">
        {CATEGORIES.map((c) => (
          <li key={c}>
            <span
              className="swatch"
              style={{ background: CATEGORY_COLORS[c] }}
              aria-hidden="true"
            />
            {t(`categories.${c}`)}
          </li>
        ))}
        <li>
          <span className="swatch outside" aria-hidden="true" />
          {t('legend.outside')}
        </li>
      </ul>
      <h3>{t('legend.relationships')}</h3>
      <ul className="legend-list">
        {RELATIONSHIP_TYPES.map((r) => {
          const style = EDGE_TYPE_STYLES[r];
          return (
            <li key={r}>
              <svg width="36" height="10" aria-hidden="true">
                <line
                  x1="2"
                  y1="5"
                  x2={style.directed ? 28 : 34}
                  y2="5"
                  stroke={style.color}
                  strokeWidth="2.5"
                  strokeDasharray={
                    style.line === 'dashed' ? '6 4' : style.line === 'dotted' ? '1.5 3' : undefined
                  }
                />
                {style.directed && <path d="M28,1 L35,5 L28,9 z" fill={style.color} />}
              </svg>
              {t(`relationshipTypes.${r}`)}
            </li>
          );
        })}
      </ul>
      <p className="hint">{t('legend.size', { metric: metricLabel })}</p>
    </Section>
  );
}
