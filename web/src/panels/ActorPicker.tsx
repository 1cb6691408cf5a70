import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActorNode } from '../graph/model';
import { CATEGORY_COLORS } from '../graph/palette';
import { searchActors } from '../graph/search';

interface ActorPickerProps {
  label: string;
  placeholder?: string;
  nodes: readonly ActorNode[];
  onPick(node: ActorNode): void;
  exclude?: string | null;
  testId?: string;
}

/**
 * Find an actor by name as you type (accent-insensitive), an ARIA 1.2 combobox: arrows move
 * through the matches, Enter picks, Escape closes.
 */
export function ActorPicker({
  label,
  placeholder,
  nodes,
  onPick,
  exclude,
  testId,
}: ActorPickerProps) {
  const { t } = useTranslation();
  const id = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const matches = useMemo(
    () => searchActors(nodes, query, 12).filter((n) => n.id !== exclude),
    [nodes, query, exclude],
  );
  const pick = (node: ActorNode) => {
    onPick(node);
    setQuery('');
    setOpen(false);
  };
  const listId = `${id}-list`;
  const showList = open && query.trim().length > 0;
  return (
    <div className="picker" data-testid={testId}>
      <label htmlFor={`${id}-input`}>{label}</label>
      <input
        id={`${id}-input`}
        type="search"
        role="combobox"
        autoComplete="off"
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList && matches[active] ? `${id}-o${active}` : undefined}
        placeholder={placeholder}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(true);
            setActive((a) => Math.min(a + 1, matches.length - 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (e.key === 'Enter' && showList && matches[active]) {
            e.preventDefault();
            pick(matches[active]);
          } else if (e.key === 'Escape') {
            setOpen(false);
          }
        }}
      />
      {showList && (
        <ul id={listId} role="listbox" className="picker-list" aria-label={label}>
          {matches.length === 0 && <li className="empty">{t('search.noResults')}</li>}
          {matches.map((n, i) => (
            <li
              key={n.id}
              id={`${id}-o${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : undefined}
              onMouseDown={(e) => {
                e.preventDefault();
                pick(n);
              }}
              onMouseEnter={() => setActive(i)}
            >
              <span
                className="swatch"
                style={{ background: CATEGORY_COLORS[n.category] }}
                aria-hidden="true"
              />
              {n.name}
              <span className="muted"> · {t(`categories.${n.category}`)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
