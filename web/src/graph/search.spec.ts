import { describe, expect, it } from 'vitest';
import { foldForSearch, searchActors } from './search';
import { fixtureModel } from './testing/fixture';

describe('foldForSearch', () => {
  it('drops accents and case', () => {
    expect(foldForSearch('Äänekosken Työväenyhdistys')).toBe('aanekosken tyovaenyhdistys');
    expect(foldForSearch('Södra Åland')).toBe('sodra aland');
  });
});

describe('searchActors', () => {
  const model = fixtureModel(
    [
      { id: '1', name: 'Kajaanin kaupunki' },
      { id: '2', name: 'Kainuun Monikulttuurinen Yhdistys' },
      { id: '3', name: 'Suomussalmen nuorisokahvila' },
      { id: '4', name: 'Pääkaupunkiseudun Kaupunkiverkosto' },
    ],
    [],
  );

  it('finds names accent-insensitively, names that start with the query first', () => {
    expect(searchActors(model.nodes, 'kaupunki').map((n) => n.id)).toEqual(['1', '4']);
    expect(searchActors(model.nodes, 'PAAKAUP').map((n) => n.id)).toEqual(['4']);
  });

  it('ranks a name start above a word start above a match inside a word', () => {
    expect(searchActors(model.nodes, 'ka').map((n) => n.id)).toEqual(['2', '1', '4', '3']);
  });

  it('finds nothing for an empty query', () => {
    expect(searchActors(model.nodes, '  ')).toEqual([]);
  });
});
