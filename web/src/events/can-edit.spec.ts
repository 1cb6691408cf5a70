import { describe, expect, it } from 'vitest';
import { canEditEvent } from './can-edit';

const editor = { role: 'editor' as const, allRegions: false, regionCodes: ['18'] };

describe('canEditEvent', () => {
  it('lets an editor change the events of its own regions', () => {
    expect(canEditEvent(editor, '18')).toBe(true);
  });

  it('refuses an editor another region’s event, and a national one', () => {
    expect(canEditEvent(editor, '19')).toBe(false);
    expect(canEditEvent(editor, null)).toBe(false);
  });

  it('lets a user of every region change any event, national ones included', () => {
    expect(canEditEvent({ ...editor, allRegions: true }, null)).toBe(true);
    expect(canEditEvent({ role: 'admin', allRegions: true, regionCodes: [] }, '02')).toBe(true);
  });

  it('never lets a viewer change anything', () => {
    expect(canEditEvent({ role: 'viewer', allRegions: true, regionCodes: [] }, '18')).toBe(false);
  });
});
