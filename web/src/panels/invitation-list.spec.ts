import { describe, expect, it } from 'vitest';
import { addToList, loadList, saveList } from './invitation-list';

class MemoryStorage {
  private readonly items = new Map<string, string>();
  getItem(k: string) {
    return this.items.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.items.set(k, v);
  }
}

describe('invitation list', () => {
  it('adds an actor once', () => {
    const list = addToList(addToList([], { id: 'a', name: 'A' }), { id: 'a', name: 'A' });
    expect(list).toEqual([{ id: 'a', name: 'A' }]);
  });

  it('is kept per region and survives a reload', () => {
    const storage = new MemoryStorage();
    saveList(storage, '18', [{ id: 'a', name: 'A' }]);
    expect(loadList(storage, '18')).toEqual([{ id: 'a', name: 'A' }]);
    expect(loadList(storage, '19')).toEqual([]);
  });

  it('ignores a damaged saved list', () => {
    const storage = new MemoryStorage();
    storage.setItem('verkosto.invitations.18', '{not json');
    expect(loadList(storage, '18')).toEqual([]);
  });
});
