import { useTranslation } from 'react-i18next';
import type { ActorNode } from '../../graph/model';
import { ActorPicker } from '../../panels/ActorPicker';
import { addActor, type PickedActor } from '../../plans/measures';

interface ActorListProps {
  label: string;
  nodes: readonly ActorNode[];
  value: readonly PickedActor[];
  onChange(next: PickedActor[]): void;
  testId: string;
}

/** Actors picked by name for one role of a measure (responsible or partner). */
export function ActorList({ label, nodes, value, onChange, testId }: ActorListProps) {
  const { t } = useTranslation();
  return (
    <div className="actor-list" data-testid={testId}>
      {value.length > 0 && (
        <ul className="chips">
          {value.map((a) => (
            <li key={a.id} data-testid={`${testId}-actor`}>
              {a.name}{' '}
              <button
                type="button"
                className="link"
                aria-label={t('plans.removeActor', { name: a.name })}
                onClick={() => onChange(value.filter((x) => x.id !== a.id))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <ActorPicker
        label={label}
        nodes={nodes}
        onPick={(n) => onChange(addActor(value, n))}
        testId={`${testId}-picker`}
      />
    </div>
  );
}
