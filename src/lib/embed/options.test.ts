import { describe, expect, it } from 'vitest';
import { embedQuery, isEmbedUrl, readEmbedOptions, resolveTheme } from './options.ts';

describe('embed options', () => {
  it('embed.html and ?embed are embed mode; the app is not', () => {
    expect(isEmbedUrl('/kurils/embed.html', '')).toBe(true);
    expect(isEmbedUrl('/', '?embed')).toBe(true);
    expect(isEmbedUrl('/', '')).toBe(false);
    expect(isEmbedUrl('/notembed.html', '')).toBe(false);
    // A host that serves pages without their extension (Cloudflare Pages) serves embed.html at /embed.
    expect(isEmbedUrl('/kurils/embed', '')).toBe(true);
    expect(isEmbedUrl('/embedded', '')).toBe(false);
    expect(readEmbedOptions('/', '')).toBeNull();
  });

  it('defaults: auto theme, time control shown, height from the content, pym id kurils', () => {
    expect(readEmbedOptions('/embed.html', '')).toEqual({
      theme: 'auto',
      timeControl: true,
      height: null,
      childId: 'kurils',
    });
  });

  it('reads theme, time control, fixed height and pym child id', () => {
    expect(readEmbedOptions('/embed.html', '?theme=dark&time=off&height=700&childId=map-1')).toEqual({
      theme: 'dark',
      timeControl: false,
      height: 700,
      childId: 'map-1',
    });
  });

  it('falls back to defaults on malformed values', () => {
    expect(readEmbedOptions('/embed.html', '?theme=neon&height=99999&childId=<script>')).toEqual({
      theme: 'auto',
      timeControl: true,
      height: null,
      childId: 'kurils',
    });
    expect(readEmbedOptions('/embed.html', '?height=150')?.height).toBeNull();
  });

  it('never reads the host address pym.js adds', () => {
    const o = readEmbedOptions(
      '/embed.html',
      '?initialWidth=390&childId=a&parentTitle=T&parentUrl=https%3A%2F%2Fnews.example%2Fa',
    );
    expect(JSON.stringify(o)).not.toContain('news.example');
  });

  it('writes only what differs from the defaults, and reads it back', () => {
    expect(embedQuery({ theme: 'auto', timeControl: true, height: null })).toBe('');
    const q = embedQuery({ theme: 'light', timeControl: false, height: 640 });
    expect(q).toBe('?theme=light&time=off&height=640');
    expect(readEmbedOptions('/embed.html', q)).toMatchObject({ theme: 'light', timeControl: false, height: 640 });
  });

  it('resolves auto to the system setting', () => {
    expect(resolveTheme('auto', true)).toBe('dark');
    expect(resolveTheme('light', true)).toBe('light');
    expect(resolveTheme(undefined, false)).toBe('light');
  });
});
