import { describe, expect, it } from 'vitest';
import { asksForHeight, childMessages, pymMessage, readChildMessage } from './messages.ts';

describe('embed messages', () => {
  it('a height change goes out in the AMP, pym and own forms', () => {
    expect(childMessages('height', 612.3, 'island=shikotan', 'kurils')).toEqual([
      { sentinel: 'amp', type: 'embed-size', height: 613 },
      'pymxPYMxkurilsxPYMxheightxPYMx613',
      { source: 'kurils-explainer', version: 1, type: 'height', height: 613, view: 'island=shikotan' },
    ]);
  });

  it('a view change goes out in the own form only', () => {
    expect(childMessages('view', 600, 'year=1956', 'x')).toEqual([
      { source: 'kurils-explainer', version: 1, type: 'view', height: 600, view: 'year=1956' },
    ]);
  });

  it('the loader reads back every form it is sent', () => {
    for (const m of childMessages('height', 700, 'island=iturup', 'k')) expect(readChildMessage(m)?.height).toBe(700);
    expect(readChildMessage(childMessages('view', 700, 'island=iturup', 'k')[0])).toEqual({
      height: 700,
      view: 'island=iturup',
    });
  });

  it('ignores what it does not know or what is malformed', () => {
    for (const m of [
      null,
      42,
      'hello',
      'pymxPYMxkxPYMxheightxPYMxtall',
      pymMessage('k', 'navigateTo', 'https://evil.example'),
      { sentinel: 'amp', type: 'embed-size', height: -5 },
      { sentinel: 'amp', type: 'embed-size', height: '300' },
      { sentinel: 'amp', type: 'embed-size', height: Infinity },
      { source: 'kurils-explainer', version: 2, type: 'height', height: 300 },
      { source: 'other', version: 1, type: 'height', height: 300 },
      { 'datawrapper-height': { a: 300 } },
    ])
      expect(readChildMessage(m), JSON.stringify(m)).toBeNull();
  });

  it('answers pym width messages to its own id and frames greetings only', () => {
    expect(asksForHeight('pymxPYMxkurilsxPYMxwidthxPYMx390', 'kurils')).toBe(true);
    expect(asksForHeight('pymxPYMxotherxPYMxwidthxPYMx390', 'kurils')).toBe(false);
    expect(asksForHeight({ sentinel: 'amp', type: 'frames-init' }, 'kurils')).toBe(true);
    expect(asksForHeight({ type: 'navigate', url: 'https://evil.example' }, 'kurils')).toBe(false);
  });
});
