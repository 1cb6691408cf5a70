import { describe, expect, it } from 'vitest';
import { eventsEn } from '../i18n/events.en';
import { eventsFi } from '../i18n/events.fi';
import { eventsSv } from '../i18n/events.sv';
import { plansEn } from '../i18n/plans.en';
import { plansFi } from '../i18n/plans.fi';
import { plansSv } from '../i18n/plans.sv';
import { createOrUpdate, recordFormText, type RecordKind } from './record-save';

describe('createOrUpdate', () => {
  const create = () => Promise.resolve('created');
  const update = (at: { id: string; version: number }) =>
    Promise.resolve(`updated ${at.id} at ${at.version}`);

  it('creates when the form has no record', async () => {
    expect(await createOrUpdate(undefined, create, update)).toBe('created');
  });

  it('updates over the version the form was opened at, and only its id and version', async () => {
    const record = { id: 'e1', version: 3, title: 'Paneeli' };
    expect(await createOrUpdate(record, create, update)).toBe('updated e1 at 3');
    const sent = await createOrUpdate<object | null>(
      record,
      () => Promise.resolve(null),
      (at) => Promise.resolve(at),
    );
    expect(sent).toEqual({ id: 'e1', version: 3 });
  });
});

describe('recordFormText', () => {
  it('titles and labels a new record apart from an edit, and the button while saving', () => {
    expect(recordFormText('events', true, false)).toEqual({
      title: 'events.newEvent',
      submit: 'events.create',
      cancel: 'events.cancel',
      formName: 'event-form',
      saveTestId: 'event-save',
    });
    expect(recordFormText('plans', false, false)).toMatchObject({
      title: 'plans.edit',
      submit: 'plans.save',
      formName: 'plan-form',
      saveTestId: 'plan-save',
    });
    expect(recordFormText('plans', true, true).submit).toBe('plans.saving');
  });

  // The keys are built, so the i18n spec's search for literal keys does not see them.
  it('asks only for keys every language has', () => {
    const texts: Record<RecordKind, object[]> = {
      events: [eventsFi, eventsSv, eventsEn],
      plans: [plansFi, plansSv, plansEn],
    };
    for (const kind of ['events', 'plans'] as const) {
      for (const [isNew, saving] of [
        [true, false],
        [false, false],
        [false, true],
      ]) {
        const { title, submit, cancel } = recordFormText(kind, isNew, saving);
        for (const key of [title, submit, cancel]) {
          const [namespace, name] = key.split('.');
          expect(namespace).toBe(kind);
          for (const text of texts[kind]) expect(text).toHaveProperty([name]);
        }
      }
    }
  });
});
