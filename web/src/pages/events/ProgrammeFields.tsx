import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InputIssue } from '../../api/client';
import type { ProgrammeItemKind } from '../../api/generated/graphql';
import {
  actorSpeaker,
  addItem,
  moveItem,
  namedSpeaker,
  PROGRAMME_ITEM_KINDS,
  type ProgrammeItemDraft,
} from '../../events/programme';
import type { ActorNode } from '../../graph/model';
import { ActorPicker } from '../../panels/ActorPicker';
import { TranslatedOptions } from '../../forms/TranslatedOptions';
import { RowFieldError } from '../../forms/RowFieldError';

interface ProgrammeFieldsProps {
  nodes: readonly ActorNode[];
  value: readonly ProgrammeItemDraft[];
  issues: readonly InputIssue[];
  onChange(next: ProgrammeItemDraft[]): void;
}

/** The programme inside the event form: items in order, each with its speakers. */
export function ProgrammeFields({ nodes, value, issues, onChange }: ProgrammeFieldsProps) {
  const { t } = useTranslation();
  const change = (i: number, patch: Partial<ProgrammeItemDraft>) =>
    onChange(value.map((item, j) => (j === i ? { ...item, ...patch } : item)));
  const error = (path: string) => <RowFieldError issues={issues} path={path} kind="events" />;

  return (
    <fieldset className="programme-fields" data-testid="programme-fields">
      <legend>{t('events.programme')}</legend>
      <ol>
        {value.map((item, i) => (
          <li key={item.key} data-testid="programme-item">
            <div className="field-row">
              <label className="field">
                {t('events.field.startTime')}
                <input
                  type="time"
                  value={item.startTime}
                  onChange={(e) => change(i, { startTime: e.target.value })}
                />
                {error(`programme.${i}.startTime`)}
              </label>
              <label className="field">
                {t('events.field.kind')}
                <select
                  value={item.kind}
                  onChange={(e) => change(i, { kind: e.target.value as ProgrammeItemKind })}
                >
                  <TranslatedOptions values={PROGRAMME_ITEM_KINDS} labels="events.programmeKind" />
                </select>
              </label>
              <label className="field grow">
                {t('events.field.title')}
                <input
                  value={item.title}
                  onChange={(e) => change(i, { title: e.target.value })}
                  data-testid="programme-title"
                />
                {error(`programme.${i}.title`)}
              </label>
            </div>
            <SpeakerList
              nodes={nodes}
              item={item}
              onChange={(speakers) => change(i, { speakers })}
            />
            <div className="buttons">
              <button
                type="button"
                className="link"
                onClick={() => onChange(moveItem(value, i, -1))}
                disabled={i === 0}
              >
                {t('events.moveUp')}
              </button>
              <button
                type="button"
                className="link"
                onClick={() => onChange(moveItem(value, i, 1))}
                disabled={i === value.length - 1}
              >
                {t('events.moveDown')}
              </button>
              <button
                type="button"
                className="link"
                onClick={() => onChange(value.filter((_, j) => j !== i))}
              >
                {t('events.removeItem')}
              </button>
            </div>
          </li>
        ))}
      </ol>
      <button
        type="button"
        onClick={() => onChange(addItem(value))}
        data-testid="add-programme-item"
      >
        {t('events.addItem')}
      </button>
    </fieldset>
  );
}

/** One item's speakers: picked from the register, or named when outside it. */
function SpeakerList({
  nodes,
  item,
  onChange,
}: {
  nodes: readonly ActorNode[];
  item: ProgrammeItemDraft;
  onChange(next: ProgrammeItemDraft['speakers']): void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const addNamed = () => {
    const speaker = namedSpeaker(name);
    if (speaker) onChange([...item.speakers, speaker]);
    setName('');
  };
  return (
    <div className="speakers">
      <span className="muted">{t('events.speakers')}</span>
      {item.speakers.length > 0 && (
        <ul className="chips">
          {item.speakers.map((s, j) => (
            <li key={j}>
              {s.label}{' '}
              <button
                type="button"
                className="link"
                onClick={() => onChange(item.speakers.filter((_, k) => k !== j))}
                aria-label={t('events.removeSpeaker', { name: s.label })}
              >
                ✕
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="field-row">
        <ActorPicker
          label={t('events.speakerFromRegister')}
          nodes={nodes}
          onPick={(n) => onChange([...item.speakers, actorSpeaker(n)])}
        />
        <label className="field">
          {t('events.speakerByName')}
          <input
            value={name}
            onChange={(e) => setName(e.target.value)}
            onKeyDown={(e) => {
              // Enter adds the speaker here; it must not submit the whole event form.
              if (e.key === 'Enter') {
                e.preventDefault();
                addNamed();
              }
            }}
          />
        </label>
        <button type="button" className="align-end" onClick={addNamed} disabled={!name.trim()}>
          {t('events.addSpeaker')}
        </button>
      </div>
    </div>
  );
}
