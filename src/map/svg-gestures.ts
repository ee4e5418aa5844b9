/**
 * Panning and zooming the SVG map by hand: drag, pinch, wheel and keys, as MapLibre does, so a reader without
 * WebGL loses only smoothness. Inside an iframe the page keeps one-finger scrolling and the plain wheel (as
 * MapLibre's cooperative gestures do): two fingers or Ctrl/⌘ + wheel move the map.
 */
export interface GestureTarget {
  /** Move the map with a drag of (dx, dy) pixels. */
  pan(dx: number, dy: number): void;
  /** Zoom by `dz` levels about a point of the element. */
  zoom(dz: number, at: { x: number; y: number }): void;
  /** A gesture came to rest. */
  settle(): void;
}

/** Pixels a pointer may move and still count as a click (so a tap on land still selects it). */
const CLICK_SLOP = 4;
const KEY_PAN = 80;

export function attachGestures(element: SVGSVGElement, target: GestureTarget, cooperative: boolean): () => void {
  const pointers = new Map<number, { x: number; y: number }>();
  let dragged = false;
  let travelled = 0;
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  const local = (e: { clientX: number; clientY: number }) => {
    const r = element.getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top };
  };
  const settleSoon = () => {
    clearTimeout(settleTimer);
    settleTimer = setTimeout(() => target.settle(), 150);
  };
  const spread = () => {
    const [a, b] = [...pointers.values()] as [{ x: number; y: number }, { x: number; y: number }];
    return { mid: { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 }, distance: Math.hypot(a.x - b.x, a.y - b.y) };
  };

  const down = (e: PointerEvent) => {
    if (e.button !== 0) return;
    if (cooperative && e.pointerType === 'touch' && pointers.size === 0) {
      // One finger scrolls the host page; a second one, while it is down, starts moving the map.
      pointers.set(e.pointerId, local(e));
      return;
    }
    pointers.set(e.pointerId, local(e));
    if (pointers.size === 1) travelled = 0;
  };
  const move = (e: PointerEvent) => {
    const last = pointers.get(e.pointerId);
    if (!last) return;
    const now = local(e);
    if (pointers.size === 1) {
      if (cooperative && e.pointerType === 'touch') {
        pointers.set(e.pointerId, now);
        return;
      }
      travelled += Math.hypot(now.x - last.x, now.y - last.y);
      if (travelled > CLICK_SLOP) {
        dragged = true;
        element.setPointerCapture(e.pointerId);
        target.pan(now.x - last.x, now.y - last.y);
      }
    } else if (pointers.size === 2) {
      const before = spread();
      pointers.set(e.pointerId, now);
      const after = spread();
      dragged = true;
      target.pan(after.mid.x - before.mid.x, after.mid.y - before.mid.y);
      if (before.distance > 0 && after.distance > 0)
        target.zoom(Math.log2(after.distance / before.distance), after.mid);
      return;
    }
    pointers.set(e.pointerId, now);
  };
  const up = (e: PointerEvent) => {
    if (!pointers.delete(e.pointerId)) return;
    if (dragged && pointers.size === 0) target.settle();
  };
  // A drag ends in a click on whatever lies under the pointer: it must not select that island.
  const click = (e: MouseEvent) => {
    if (!dragged) return;
    dragged = false;
    e.stopImmediatePropagation();
  };
  const wheel = (e: WheelEvent) => {
    if (cooperative && !e.ctrlKey && !e.metaKey) return;
    e.preventDefault();
    const lines = e.deltaMode === 1 ? 40 : e.deltaMode === 2 ? 800 : 1;
    target.zoom(-(e.deltaY * lines) / 300, local(e));
    settleSoon();
  };
  const key = (e: KeyboardEvent) => {
    const r = element.getBoundingClientRect();
    const centre = { x: r.width / 2, y: r.height / 2 };
    const steps: Record<string, () => void> = {
      ArrowLeft: () => target.pan(KEY_PAN, 0),
      ArrowRight: () => target.pan(-KEY_PAN, 0),
      ArrowUp: () => target.pan(0, KEY_PAN),
      ArrowDown: () => target.pan(0, -KEY_PAN),
      '+': () => target.zoom(1, centre),
      '=': () => target.zoom(1, centre),
      '-': () => target.zoom(-1, centre),
    };
    const step = steps[e.key];
    if (!step || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    step();
    settleSoon();
  };

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
