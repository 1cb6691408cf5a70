import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, request } from '../api/client';
import { CreateRelationshipDocument, type RelationshipType } from '../api/generated/graphql';
import type { ActorNode } from '../graph/model';
import { RELATIONSHIP_TYPES } from '../vocabulary';
import { ActorPicker } from './ActorPicker';
import { TranslatedOptions } from '../forms/TranslatedOptions';

interface AddRelationshipFormProps {
  actorId: string;
  nodes: readonly ActorNode[];
  onCreated(): void;
}

/** A new tie from this actor to one picked by name. */
export function AddRelationshipForm({ actorId, nodes, onCreated }: AddRelationshipFormProps) {
  const { t } = useTranslation();
  const [other, setOther] = useState<ActorNode | null>(null);
  const [type, setType] = useState<RelationshipType>('COOPERATES_WITH');
  const [strength, setStrength] = useState(2);
  const [since, setSince] = useState('');
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!other) return;
    setBusy(true);
    setMessage(null);
    try {
      await request(CreateRelationshipDocument, {
        input: {
          sourceId: actorId,
          targetId: other.id,
          type,
          strength,
          since: since.trim() || null,
        },
      });
      setMessage({ kind: 'ok', text: t('relation.created') });
      setOther(null);
      setSince('');
      onCreated();
    } catch (e) {
      const text =
        e instanceof ApiError && e.issues.length
          ? e.issues.map((i) => i.message).join('; ')
          : e instanceof Error
            ? e.message
            : String(e);
      setMessage({ kind: 'error', text });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="add-relationship"
      onSubmit={(e) => void submit(e)}
      data-testid="add-relationship"
      aria-label={t('relation.add')}
    >
      <h3>{t('relation.add')}</h3>
      <ActorPicker
        label={t('relation.other')}
        placeholder={t('relation.pickOther')}
        nodes={nodes}
        exclude={actorId}
        onPick={setOther}
      />
      {other && <p className="picked">{other.name}</p>}
      <label className="field">
        {t('relation.type')}
        <select value={type} onChange={(e) => setType(e.target.value as RelationshipType)}>
          <TranslatedOptions values={RELATIONSHIP_TYPES} labels="relationshipTypes" />
        </select>
      </label>
      <label className="field">
        {t('relation.strength')}
        <select value={strength} onChange={(e) => setStrength(Number(e.target.value))}>
          <TranslatedOptions values={[1, 2, 3]} labels="strength" />
        </select>
      </label>
      <label className="field">
        {t('relation.since')}
        <input
          inputMode="numeric"
          value={since}
          onChange={(e) => setSince(e.target.value)}
          pattern="\d{4}(-\d{2}-\d{2})?"
        />
      </label>
      <button type="submit" className="primary" disabled={!other || busy}>
        {t('relation.create')}
      </button>
      {message && (
        <p
          className={`notice ${message.kind}`}
          role={message.kind === 'error' ? 'alert' : 'status'}
        >
          {message.text}
        </p>
      )}
    </form>
  );
}
