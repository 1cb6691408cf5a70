import { useTranslation } from 'react-i18next';
import type { Category, Dimension, RelationshipType } from '../api/generated/graphql';
import { DEFAULT_FILTERS, type GraphFilters } from '../graph/filters';
import { CATEGORY_COLORS } from '../graph/palette';
import { CATEGORIES, DIMENSIONS, RELATIONSHIP_TYPES } from '../vocabulary';
import { Section } from './Section';

export interface MunicipalityOption {
  code: string;
  name: string;
}

interface FilterPanelProps {
  filters: GraphFilters;
  municipalities: readonly MunicipalityOption[];
  /** Actors per category in the scope, shown beside each choice. */
  categoryCounts: ReadonlyMap<string, number>;
  onChange(filters: GraphFilters): void;
}

const toggle = <T,>(list: readonly T[], value: T): T[] =>
  list.includes(value) ? list.filter((v) => v !== value) : [...list, value];

/** Category, municipality, dimension, tie type and strength filters; isolates and outsiders. */
export function FilterPanel({
  filters,
  municipalities,
  categoryCounts,
  onChange,
}: FilterPanelProps) {
  const { t } = useTranslation();
  const set = (patch: Partial<GraphFilters>) => onChange({ ...filters, ...patch });
  const changed = JSON.stringify(filters) !== JSON.stringify(DEFAULT_FILTERS);
  return (
    <Section title={t('filters.heading')} testId="filters">
      <fieldset>
        <legend>{t('filters.categories')}</legend>
        <ul className="checklist" data-testid="category-filter">
          {CATEGORIES.map((c: Category) => (
            <li key={c}>
              <label>
                <input
                  type="checkbox"
                  checked={filters.categories.includes(c)}
                  onChange={() => set({ categories: toggle(filters.categories, c) })}
                  data-category={c}
                />
                <span
                  className="swatch"
                  style={{ background: CATEGORY_COLORS[c] }}
                  aria-hidden="true"
                />
                {t(`categories.${c}`)}
                <span className="count">{categoryCounts.get(c) ?? 0}</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      {municipalities.length > 1 && (
        <fieldset>
          <legend>{t('scope.municipalities')}</legend>
          <ul className="checklist scroll" data-testid="municipality-filter">
            {municipalities.map((m) => (
              <li key={m.code}>
                <label>
                  <input
                    type="checkbox"
                    checked={filters.municipalities.includes(m.code)}
                    onChange={() => set({ municipalities: toggle(filters.municipalities, m.code) })}
                  />
                  {m.name}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
      <fieldset>
        <legend>{t('filters.dimensions')}</legend>
        <ul className="checklist">
          {DIMENSIONS.map((d: Dimension) => (
            <li key={d}>
              <label>
                <input
                  type="checkbox"
                  checked={filters.dimensions.includes(d)}
                  onChange={() => set({ dimensions: toggle(filters.dimensions, d) })}
                />
                {t(`dimensions.${d}`)}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <fieldset>
        <legend>{t('filters.relationshipTypes')}</legend>
        <ul className="checklist">
          {RELATIONSHIP_TYPES.map((r: RelationshipType) => (
            <li key={r}>
              <label>
                <input
                  type="checkbox"
                  checked={filters.relationshipTypes.includes(r)}
                  onChange={() => set({ relationshipTypes: toggle(filters.relationshipTypes, r) })}
                />
                {t(`relationshipTypes.${r}`)}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <label className="field">
        {t('filters.minStrength')}
        <select
          value={filters.minStrength}
          onChange={(e) => set({ minStrength: Number(e.target.value) })}
        >
          <option value={0}>{t('filters.strength0')}</option>
          <option value={1}>{t('filters.strength1')}</option>
          <option value={2}>{t('filters.strength2')}</option>
          <option value={3}>{t('filters.strength3')}</option>
        </select>
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={filters.hideIsolates}
          onChange={(e) => set({ hideIsolates: e.target.checked })}
        />
        {t('filters.hideIsolates')}
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={filters.showOutside}
          onChange={(e) => set({ showOutside: e.target.checked })}
        />
        {t('filters.showOutside')}
      </label>
      <button
        type="button"
        className="link"
        disabled={!changed}
        onClick={() => onChange(DEFAULT_FILTERS)}
      >
        {t('filters.reset')}
      </button>
    </Section>
  );
}
