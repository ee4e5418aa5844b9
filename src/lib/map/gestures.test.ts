import { describe, expect, it } from 'vitest';
import { CLICK_SLOP, KEY_PAN, gestureRecogniser, type GestureInput } from './gestures.ts';

const down = (pointer: number, x: number, y: number, touch = false, button = 0): GestureInput => ({
  type: 'down',
  pointer,
  touch,
  button,
  at: { x, y },
});
const move = (pointer: number, x: number, y: number, touch = false): GestureInput => ({
  type: 'move',
  pointer,
  touch,
  at: { x, y },
});
const up = (pointer: number): GestureInput => ({ type: 'up', pointer });
const click: GestureInput = { type: 'click' };
const wheel = (deltaY: number, deltaMode = 0, ctrlOrMeta = false): GestureInput => ({
  type: 'wheel',
  deltaY,
  deltaMode,
  ctrlOrMeta,
  at: { x: 10, y: 20 },
});
const key = (name: string, modified = false): GestureInput => ({
  type: 'key',
  key: name,
  modified,
  centre: { x: 50, y: 40 },
});

/** Feeds the inputs in turn and returns the commands of the last one. */
const last = (cooperative: boolean, ...inputs: GestureInput[]) => {
  const recognise = gestureRecogniser(cooperative);
  return inputs.map(recognise).at(-1);
};

describe('drag', () => {
  it('leaves a move within the click slop alone', () => {
    expect(last(false, down(1, 0, 0), move(1, CLICK_SLOP, 0))).toEqual([]);
  });

  it('beyond the slop, captures the pointer and pans by the last step', () => {
    expect(last(false, down(1, 0, 0), move(1, 3, 0), move(1, 6, 0))).toEqual([
      { kind: 'capture', pointer: 1 },
      { kind: 'pan', dx: 3, dy: 0 },
    ]);
  });

  it('ignores a pointer that is not down, and a button but the primary', () => {
    expect(last(false, move(1, 50, 50))).toEqual([]);
    expect(last(false, down(1, 0, 0, false, 2), move(1, 50, 50))).toEqual([]);
  });

  it('settles when the last pointer of a drag is lifted, not after a click', () => {
    expect(last(false, down(1, 0, 0), move(1, 10, 0), up(1))).toEqual([{ kind: 'settle' }]);
    expect(last(false, down(1, 0, 0), up(1))).toEqual([]);
    expect(last(false, up(1))).toEqual([]);
  });

  it('swallows the click that ends a drag, once, and lets a plain click through', () => {
    const recognise = gestureRecogniser(false);
    [down(1, 0, 0), move(1, 10, 0), up(1)].forEach(recognise);
    expect(recognise(click)).toEqual([{ kind: 'swallow-click' }]);
    expect(recognise(click)).toEqual([]);
    expect(last(false, down(1, 0, 0), move(1, 2, 0), up(1), click)).toEqual([]);
  });

  it('lets the next tap through after a drag that ended with no click (a pinch, a finger)', () => {
    expect(
      last(
        false,
        down(1, 0, 0, true),
        down(2, 100, 0, true),
        move(2, 200, 0, true),
        up(1),
        up(2),
        down(1, 0, 0, true),
        up(1),
        click,
      ),
    ).toEqual([]);
  });

  it('counts the slop from the start of each drag', () => {
    expect(last(false, down(1, 0, 0), move(1, 3, 0), up(1), down(1, 0, 0), move(1, 3, 0))).toEqual([]);
  });
});

describe('pinch', () => {
  it('pans by the move of the midpoint and zooms by the change of spread, about the midpoint', () => {
    expect(last(false, down(1, 0, 0, true), down(2, 100, 0, true), move(2, 200, 0, true))).toEqual([
      { kind: 'pan', dx: 50, dy: 0 },
      { kind: 'zoom', dz: 1, at: { x: 100, y: 0 } },
    ]);
  });

  it('does not zoom from or to two fingers on one spot', () => {
    expect(last(false, down(1, 0, 0, true), down(2, 0, 0, true), move(2, 10, 0, true))).toEqual([
      { kind: 'pan', dx: 5, dy: 0 },
    ]);
  });

  it('settles when the last finger is lifted', () => {
    const recognise = gestureRecogniser(false);
    [down(1, 0, 0, true), down(2, 100, 0, true), move(2, 200, 0, true)].forEach(recognise);
    expect(recognise(up(1))).toEqual([]);
    expect(recognise(up(2))).toEqual([{ kind: 'settle' }]);
  });

  it('leaves a third finger out of it', () => {
    expect(
      last(false, down(1, 0, 0, true), down(2, 100, 0, true), down(3, 50, 50, true), move(3, 90, 90, true)),
    ).toEqual([]);
  });
});

describe('cooperative (inside an iframe)', () => {
  it('leaves one finger to the page', () => {
    expect(last(true, down(1, 0, 0, true), move(1, 50, 0, true))).toEqual([]);
    expect(last(true, down(1, 0, 0, true), move(1, 50, 0, true), up(1))).toEqual([]);
  });

  it('moves the map with two fingers, the first counted from where it has got to', () => {
    expect(last(true, down(1, 0, 0, true), move(1, 20, 0, true), down(2, 120, 0, true), move(2, 220, 0, true))).toEqual(
      [
        { kind: 'pan', dx: 50, dy: 0 },
        { kind: 'zoom', dz: 1, at: { x: 120, y: 0 } },
      ],
    );
  });

  it('still drags with a mouse', () => {
    expect(last(true, down(1, 0, 0), move(1, 10, 0))).toEqual([
      { kind: 'capture', pointer: 1 },
      { kind: 'pan', dx: 10, dy: 0 },
    ]);
  });

  it('leaves the plain wheel to the page, zooms with Ctrl or ⌘', () => {
    expect(last(true, wheel(-300))).toEqual([]);
    expect(last(true, wheel(-300, 0, true))).toEqual([
      { kind: 'prevent-default' },
      { kind: 'zoom', dz: 1, at: { x: 10, y: 20 } },
      { kind: 'settle-soon' },
    ]);
  });
});

describe('wheel', () => {
  it('zooms in for a wheel up, about the pointer, and settles after a pause', () => {
    expect(last(false, wheel(-300))).toEqual([
      { kind: 'prevent-default' },
      { kind: 'zoom', dz: 1, at: { x: 10, y: 20 } },
      { kind: 'settle-soon' },
    ]);
  });

  it('reads lines as 40 pixels and pages as 800', () => {
    const dz = (deltaMode: number) => last(false, wheel(3, deltaMode))?.find((c) => c.kind === 'zoom');
    expect(dz(0)).toMatchObject({ dz: -3 / 300 });
    expect(dz(1)).toMatchObject({ dz: -120 / 300 });
    expect(dz(2)).toMatchObject({ dz: -2400 / 300 });
  });
});

describe('keys', () => {
  it('pan with the arrows, the map moving the way the arrow points away from', () => {
    const pan = (name: string) => last(false, key(name))?.[1];
    expect(pan('ArrowLeft')).toEqual({ kind: 'pan', dx: KEY_PAN, dy: 0 });
    expect(pan('ArrowRight')).toEqual({ kind: 'pan', dx: -KEY_PAN, dy: 0 });
    expect(pan('ArrowUp')).toEqual({ kind: 'pan', dx: 0, dy: KEY_PAN });
    expect(pan('ArrowDown')).toEqual({ kind: 'pan', dx: 0, dy: -KEY_PAN });
  });

  it('zoom a level about the centre with +, = and -, and settle after a pause', () => {
    expect(last(false, key('+'))).toEqual([
      { kind: 'prevent-default' },
      { kind: 'zoom', dz: 1, at: { x: 50, y: 40 } },
      { kind: 'settle-soon' },
    ]);
    expect(last(false, key('='))?.[1]).toEqual({ kind: 'zoom', dz: 1, at: { x: 50, y: 40 } });
    expect(last(false, key('-'))?.[1]).toEqual({ kind: 'zoom', dz: -1, at: { x: 50, y: 40 } });
  });

  it('leave other keys and modified ones to the browser', () => {
    expect(last(false, key('a'))).toEqual([]);
    expect(last(false, key('+', true))).toEqual([]);
    expect(last(true, key('ArrowLeft'))).toHaveLength(3);
  });
});
