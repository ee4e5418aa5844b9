/**
 * Panning and zooming the SVG map by hand: the DOM's events go to the recogniser (src/lib/map/gestures.ts), whose
 * commands move the map, so a reader without WebGL loses only smoothness.
 */
import { SETTLE_DELAY, gestureRecogniser, type GestureCommand, type GestureInput } from '../lib/map/gestures.ts';

export interface GestureTarget {
  /** Move the map with a drag of (dx, dy) pixels. */
  pan(dx: number, dy: number): void;
  /** Zoom by `dz` levels about a point of the element. */
  zoom(dz: number, at: { x: number; y: number }): void;
  /** A gesture came to rest. */
  settle(): void;
}

export function attachGestures(element: SVGSVGElement, target: GestureTarget, cooperative: boolean): () => void {
  const recognise = gestureRecogniser(cooperative);
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  const local = (e: { clientX: number; clientY: number }) => {
    const r = element.getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top };
  };
  const carryOut = (e: Event, command: GestureCommand) => {
    switch (command.kind) {
      case 'pan':
        return target.pan(command.dx, command.dy);
      case 'zoom':
        return target.zoom(command.dz, command.at);
      case 'settle':
        return target.settle();
      case 'settle-soon':
        clearTimeout(settleTimer);
        settleTimer = setTimeout(() => target.settle(), SETTLE_DELAY);
        return;
      case 'prevent-default':
        return e.preventDefault();
      case 'capture':
        return element.setPointerCapture(command.pointer);
      case 'swallow-click':
        return e.stopImmediatePropagation();
    }
  };
  const on =
    <E extends Event>(read: (e: E) => GestureInput) =>
    (e: E) => {
      for (const command of recognise(read(e))) carryOut(e, command);
    };

  const down = on((e: PointerEvent) => ({
    type: 'down',
    pointer: e.pointerId,
    touch: e.pointerType === 'touch',
    button: e.button,
    at: local(e),
  }));
  // The position is read only for a pointer that is down: a hover's every move must not ask for the layout.
  const move = on((e: PointerEvent) => ({
    type: 'move',
    pointer: e.pointerId,
    touch: e.pointerType === 'touch',
    get at() {
      return local(e);
    },
  }));
  const up = on((e: PointerEvent) => ({ type: 'up', pointer: e.pointerId }));
  const click = on(() => ({ type: 'click' }));
  const wheel = on((e: WheelEvent) => ({
    type: 'wheel',
    deltaY: e.deltaY,
    deltaMode: e.deltaMode,
    ctrlOrMeta: e.ctrlKey || e.metaKey,
    at: local(e),
  }));
  const key = on((e: KeyboardEvent) => {
    const r = element.getBoundingClientRect();
    return {
      type: 'key',
      key: e.key,
      modified: e.altKey || e.ctrlKey || e.metaKey,
      centre: { x: r.width / 2, y: r.height / 2 },
    };
  });

  element.addEventListener('pointerdown', down);
  element.addEventListener('pointermove', move);
  element.addEventListener('pointerup', up);
  element.addEventListener('pointercancel', up);
  element.addEventListener('click', click, { capture: true });
  element.addEventListener('wheel', wheel, { passive: false });
  element.addEventListener('keydown', key);
  return () => {
    clearTimeout(settleTimer);
    element.removeEventListener('pointerdown', down);
    element.removeEventListener('pointermove', move);
    element.removeEventListener('pointerup', up);
    element.removeEventListener('pointercancel', up);
    element.removeEventListener('click', click, { capture: true });
    element.removeEventListener('wheel', wheel);
    element.removeEventListener('keydown', key);
  };
}
