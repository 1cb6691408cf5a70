import { useTranslation } from 'react-i18next';
import type { GraphPath } from '../graph/shortest-path';
import type { ActorNode, NetworkModel } from '../graph/model';
import { ActorPicker } from './ActorPicker';
import { Section } from './Section';

interface FocusControlsProps {
  model: NetworkModel;
  focus: string | null;
  depth: 1 | 2;
  path: [string, string] | null;
  pathResult: GraphPath | null;
  onFocus(id: string | null, depth: 1 | 2): void;
  onPath(path: [string, string] | null): void;
}

/** Focus on an actor's neighbourhood; the shortest path between two actors. */
export function FocusControls({
  model,
  focus,
  depth,
  path,
  pathResult,
  onFocus,
  onPath,
}: FocusControlsProps) {
  const { t } = useTranslation();
  const name = (id: string | null) => (id ? (model.byId.get(id)?.name ?? id) : '');
  const from = path?.[0] ?? null;
  const to = path?.[1] ?? null;
  return (
    <Section title={t('focus.heading')} testId="focus">
      <ActorPicker
        label={t('focus.focusOn')}
        placeholder={t('search.placeholder')}
        nodes={model.nodes}
        onPick={(n: ActorNode) => onFocus(n.id, depth)}
        testId="focus-picker"
      />
      <label className="field">
        {t('focus.depth')}
        <select
          value={depth}
          onChange={(e) => onFocus(focus, Number(e.target.value) === 2 ? 2 : 1)}
        >
          <option value={1}>{t('focus.depth1')}</option>
          <option value={2}>{t('focus.depth2')}</option>
        </select>
      </label>
      {focus && (
        <p className="status-line" data-testid="focus-status">
          {t('focus.active', { name: name(focus), depth })}{' '}
          <button type="button" className="link" onClick={() => onFocus(null, depth)}>
            {t('focus.clear')}
          </button>
        </p>
      )}
      <h3>{t('path.heading')}</h3>
      <ActorPicker
        label={t('path.from')}
        nodes={model.nodes}
        onPick={(n) => onPath([n.id, to ?? n.id])}
        testId="path-from"
      />
      {from && <p className="picked">{name(from)}</p>}
      <ActorPicker
        label={t('path.to')}
        nodes={model.nodes}
        exclude={from}
        onPick={(n) => onPath([from ?? n.id, n.id])}
        testId="path-to"
      />
      {to && to !== from && <p className="picked">{name(to)}</p>}
      {path && path[0] !== path[1] && (
        <p className="status-line" role="status" data-testid="path-status">
          {pathResult ? t('path.found', { count: pathResult.nodeIds.length - 1 }) : t('path.none')}{' '}
          <button type="button" className="link" onClick={() => onPath(null)}>
            {t('path.clear')}
          </button>
        </p>
      )}
      {pathResult && (
        <ol className="path-list">
          {pathResult.nodeIds.map((id) => (
            <li key={id}>{name(id)}</li>
          ))}
        </ol>
      )}
      <p className="hint">{t('path.hint')}</p>
    </Section>
  );
}
