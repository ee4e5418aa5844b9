import { describe, expect, it } from 'vitest';
import { appAddress, fullExplainerUrl, mirroredView, mirrorHash, shareableView, viewString } from './links.ts';

describe('embed links', () => {
  it('the full explainer lives beside embed.html, without the embed options', () => {
    expect(appAddress('https://ex.org/kurils/embed.html?theme=dark&childId=a#island=iturup')).toBe(
      'https://ex.org/kurils/',
    );
    expect(appAddress('https://ex.org/kurils/?embed#year=1956')).toBe('https://ex.org/kurils/');
    expect(appAddress('https://ex.org/kurils/index.html')).toBe('https://ex.org/kurils/');
  });

  it('links to the same view, without this iframe’s camera when an island frames itself', () => {
    expect(
      fullExplainerUrl('https://ex.org/embed.html?time=off', {
        island: 'shikotan',
        year: 1956,
        map: { zoom: 9, lat: 43.8, lon: 146.7 },
      }),
    ).toBe('https://ex.org/#island=shikotan&year=1956');
    expect(shareableView({ map: { zoom: 9, lat: 43.8, lon: 146.7 } }).map).toBeDefined();
    expect(viewString({})).toBe('');
  });

  it('mirrors into an empty or already mirrored host hash, never over the host’s own', () => {
    expect(mirrorHash('kurils', '', 'island=shikotan&year=1956')).toBe('#kurils=island=shikotan&year=1956');
    expect(mirrorHash('kurils', '#kurils=island=iturup', 'year=1956')).toBe('#kurils=year=1956');
    expect(mirrorHash('kurils', '#kurils=island=iturup', '')).toBe('');
    expect(mirrorHash('kurils', '#comments', 'year=1956')).toBeNull();
  });

  it('reads the mirrored view back from the host hash', () => {
    expect(mirroredView('kurils', '#kurils=island=shikotan&year=1956')).toBe('island=shikotan&year=1956');
    expect(mirroredView('kurils', '#comments')).toBeNull();
    expect(mirroredView('kurils', '')).toBeNull();
  });
});
