/**
 * What the reader's hands mean for the SVG map, without the DOM: pointer, wheel, key and click records in, commands
 * out (src/map/svg-gestures.ts feeds it the events and carries the commands out). Drag, two-finger pinch, wheel and
 * keys, as MapLibre does; inside an iframe (`cooperative`) the page keeps one-finger scrolling and the plain wheel,
 * as MapLibre's cooperative gestures do: two fingers or Ctrl/⌘ + wheel move the map.
 */
export interface Point {
  x: number;
  y: number;
}

/** Positions are in the map element's pixels. `up` is a pointer lifted or cancelled. */
export type GestureInput =
  | { type: 'down'; pointer: number; touch: boolean; button: number; at: Point }
  | { type: 'move'; pointer: number; touch: boolean; at: Point }
  | { type: 'up'; pointer: number }
  | { type: 'click' }
  | { type: 'wheel'; deltaY: number; deltaMode: number; ctrlOrMeta: boolean; at: Point }
  | { type: 'key'; key: string; modified: boolean; centre: Point };

export type GestureCommand =
  | { kind: 'pan'; dx: number; dy: number }
  | { kind: 'zoom'; dz: number; at: Point }
  /** The gesture came to rest. */
  | { kind: 'settle' }
  /** Settle once no other input has come for SETTLE_DELAY ms (each one restarts the wait). */
  | { kind: 'settle-soon' }
  /** Stop the browser's own action for the event (scrolling or zooming the page): the map takes it. */
  | { kind: 'prevent-default' }
  /** Keep the pointer's events on the map while it drags, wherever it goes. */
  | { kind: 'capture'; pointer: number }
  /** Stop the click that ends a drag: it must not select whatever lies under the pointer. */
  | { kind: 'swallow-click' };

/** Pixels a pointer may move and still count as a click (so a tap on land still selects it). */
export const CLICK_SLOP = 4;
export const KEY_PAN = 80;
export const SETTLE_DELAY = 150;
/** Wheel pixels per zoom level; a line is 40 pixels, a page 800. */
const WHEEL_PER_LEVEL = 300;
const DELTA_MODE_PIXELS = [1, 40, 800];

const KEYS: Record<string, (centre: Point) => GestureCommand> = {
  ArrowLeft: () => ({ kind: 'pan', dx: KEY_PAN, dy: 0 }),
  ArrowRight: () => ({ kind: 'pan', dx: -KEY_PAN, dy: 0 }),
  ArrowUp: () => ({ kind: 'pan', dx: 0, dy: KEY_PAN }),
  ArrowDown: () => ({ kind: 'pan', dx: 0, dy: -KEY_PAN }),
  '+': (at) => ({ kind: 'zoom', dz: 1, at }),
  '=': (at) => ({ kind: 'zoom', dz: 1, at }),
  '-': (at) => ({ kind: 'zoom', dz: -1, at }),
};

/** A recogniser for one map element: each input in turn gives the commands to carry out, in order. */
export function gestureRecogniser(cooperative: boolean): (input: GestureInput) => GestureCommand[] {
  const pointers = new Map<number, Point>();
  let dragged = false;
  let travelled = 0;

  const spread = () => {
    const [a, b] = [...pointers.values()] as [Point, Point];
    return { mid: { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 }, distance: Math.hypot(a.x - b.x, a.y - b.y) };
  };

  const move = (input: GestureInput & { type: 'move' }): GestureCommand[] => {
    const { pointer, touch } = input;
    const last = pointers.get(pointer);
    if (!last) return [];
    // Read only now: the wiring may work the position out only when asked (a hover's moves need none).
    const at = input.at;
    if (pointers.size === 2) {
      const before = spread();
      pointers.set(pointer, at);
      const after = spread();
      dragged = true;
      const commands: GestureCommand[] = [
        { kind: 'pan', dx: after.mid.x - before.mid.x, dy: after.mid.y - before.mid.y },
      ];
      if (before.distance > 0 && after.distance > 0)
        commands.push({ kind: 'zoom', dz: Math.log2(after.distance / before.distance), at: after.mid });
      return commands;
    }
    pointers.set(pointer, at);
    // One finger in an iframe scrolls the host page; a third finger is not a gesture of its own.
    if (pointers.size !== 1 || (cooperative && touch)) return [];
    travelled += Math.hypot(at.x - last.x, at.y - last.y);
    if (travelled <= CLICK_SLOP) return [];
    dragged = true;
    return [
      { kind: 'capture', pointer },
      { kind: 'pan', dx: at.x - last.x, dy: at.y - last.y },
    ];
  };

  return (input) => {
    switch (input.type) {
      case 'down':
        if (input.button !== 0) return [];
        // A pinch or a finger's drag ends with no click to clear the drag: the next tap must not be swallowed.
        if (pointers.size === 0) dragged = false;
        pointers.set(input.pointer, input.at);
        // A first finger in an iframe is not yet a gesture: a second one, while it is down, starts one.
        if (pointers.size === 1 && !(cooperative && input.touch)) travelled = 0;
        return [];
      case 'move':
        return move(input);
      case 'up':
        if (!pointers.delete(input.pointer)) return [];
        return dragged && pointers.size === 0 ? [{ kind: 'settle' }] : [];
      case 'click':
        if (!dragged) return [];
        dragged = false;
        return [{ kind: 'swallow-click' }];
      case 'wheel': {
        if (cooperative && !input.ctrlOrMeta) return [];
        const pixels = DELTA_MODE_PIXELS[input.deltaMode] ?? 1;
        return [
          { kind: 'prevent-default' },
          { kind: 'zoom', dz: -(input.deltaY * pixels) / WHEEL_PER_LEVEL, at: input.at },
          { kind: 'settle-soon' },
        ];
      }
      case 'key': {
        const step = KEYS[input.key];
        if (!step || input.modified) return [];
        return [{ kind: 'prevent-default' }, step(input.centre), { kind: 'settle-soon' }];
      }
    }
  };
}
