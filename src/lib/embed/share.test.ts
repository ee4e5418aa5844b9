import { describe, expect, it } from 'vitest';
import { shareIslands } from './share.ts';

describe('the dialog’s choices', () => {
  it('lists each island with the events of its history', () => {
    const islands = [
      { id: 'shikotan', name_en: 'Shikotan' },
      { id: 'iturup', name_en: 'Iturup' },
    ];
    expect(shareIslands({ islands, content: null })).toEqual([
      { id: 'shikotan', name: 'Shikotan', events: [] },
      { id: 'iturup', name: 'Iturup', events: [] },
    ]);
    const content = {
      islands: [{ id: 'shikotan', events: ['1956-joint-declaration', 'missing'] }],
      events: [{ id: '1956-joint-declaration', title: 'Joint Declaration', date: '1956-10-19' }],
    };
    expect(shareIslands({ islands, content })[0]!.events).toEqual([
      { id: '1956-joint-declaration', title: 'Joint Declaration', year: 1956 },
    ]);
  });
});
