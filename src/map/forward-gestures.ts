/**
 * The map's labels are HTML laid over the map, so a wheel or a pinch over one would reach no map: each is passed on to
 * whichever map is drawn, the SVG first view (pointer events, ./svg-gestures.ts) or MapLibre once it has taken over
 * (touch events, on its canvas container). The map decides as over itself, cooperative mode included: what it leaves
 * alone inside an iframe (the plain wheel, one finger) the page keeps. A click or a tap on a label still selects it,
 * and the keyboard is the labels' own.
 */
export function forwardGestures(layer: HTMLElement): () => void {
  // Touches on a label are the map's, as over the map itself (the labels' style reads this; see MapOverlays.svelte).
  layer.style.setProperty('--map-touch-action', window.self !== window.top ? 'pan-x pan-y' : 'none');
  const box = layer.closest('main.stage')?.querySelector<HTMLElement>(':scope > .map');
  if (!box) return () => {};
  const svgMap = () => box.querySelector<SVGSVGElement>('svg.svg-map');
  const maplibre = () => box.querySelector<HTMLElement>('.maplibregl-canvas-container');
  // The reader's event keeps the browser's own action (scrolling the page) unless the map prevented its copy's.
  const pass = (e: Event, to: Element, copy: Event) => {
    if (!to.dispatchEvent(copy) && e.cancelable) e.preventDefault();
  };

  const wheel = (e: WheelEvent) => {
    const to = svgMap() ?? maplibre();
    if (to) pass(e, to, new WheelEvent(e.type, e));
  };
  // A finger's pointer events stay with the label it went down on; the SVG map follows each pointer on its own.
  const pointer = (e: PointerEvent) => {
    const to = svgMap();
    if (to && e.pointerType === 'touch') pass(e, to, new PointerEvent(e.type, e));
  };
  // MapLibre counts only the fingers that went down on its canvas, and reads them all from each event: while a finger
  // that went down on a label is on the glass, the map gets, in place of every touch event, a copy naming each finger
  // as its own. The copy is a plain event carrying the touch lists, all MapLibre reads: it needs no Touch constructor,
  // which not every browser has.
  const touch = (e: TouchEvent) => {
    const to = maplibre();
    if (!to || svgMap()) return;
    if (![...e.touches, ...e.changedTouches].some((t) => layer.contains(t.target as Node))) return;
    if (to.contains(e.target as Node)) e.stopPropagation();
    const onMap = (list: TouchList) =>
      [...list].map((t) => ({ identifier: t.identifier, clientX: t.clientX, clientY: t.clientY, target: to }));
    const copy = Object.assign(new Event(e.type, { bubbles: true, cancelable: e.cancelable }), {
      touches: onMap(e.touches),
      targetTouches: onMap(e.touches),
      changedTouches: onMap(e.changedTouches),
    });
    pass(e, to, copy);
  };

  const off = new AbortController();
  const { signal } = off;
  layer.addEventListener('wheel', wheel, { passive: false, signal });
  for (const type of ['pointerdown', 'pointermove', 'pointerup', 'pointercancel'] as const)
    layer.addEventListener(type, pointer, { signal });
  for (const type of ['touchstart', 'touchmove', 'touchend', 'touchcancel'] as const) {
    layer.addEventListener(type, touch, { passive: false, signal });
    // The map's own touch events, caught on their way down to MapLibre, in a gesture begun on a label.
    box.addEventListener(type, touch, { passive: false, capture: true, signal });
  }
  return () => off.abort();
}
