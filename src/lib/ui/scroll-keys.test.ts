import { describe, expect, it } from 'vitest';
import { scrollTarget } from './scroll-keys.ts';

const body = { scrollTop: 100, clientHeight: 400, scrollHeight: 2000 };

describe('scrollTarget', () => {
  it('pages and steps the body as the browser would', () => {
    expect(scrollTarget('PageDown', body)).toBe(460);
    expect(scrollTarget(' ', body)).toBe(460);
    expect(scrollTarget('PageUp', body)).toBe(0);
    expect(scrollTarget('ArrowDown', body)).toBe(140);
    expect(scrollTarget('ArrowUp', body)).toBe(60);
    expect(scrollTarget('Home', body)).toBe(0);
    expect(scrollTarget('End', body)).toBe(1600);
  });

  it('stops at the end, and leaves other keys alone', () => {
    expect(scrollTarget('PageDown', { ...body, scrollTop: 1500 })).toBe(1600);
    expect(scrollTarget('Tab', body)).toBeNull();
    expect(scrollTarget('Enter', body)).toBeNull();
  });
});
