/**
 * What the benchmark adds to each page before its own scripts run (as a string: tsx would wrap a function's inner
 * functions in a helper the page does not have). It keeps, in `window.__bench`:
 * - `marks`: each performance mark's time, and `painted`: the end of the first frame rendered after it (the next
 *   animation frame, then a task posted from it, which runs once that frame's style, layout and paint are done);
 * - `tap`: for the tap the benchmark is about to make (`__bench.arm()`), the first input event's time stamp (a
 *   capturing listener on window, added before any of the page's), the time the panel (`#island-panel`) entered
 *   the document, and the end of the frame that first painted it;
 * - `events`: Event Timing entries (the browser's own measure of each input event's handlers, processingStart to
 *   processingEnd, microtasks included; only events whose time to the next paint is 16 ms or more are reported);
 * - `loaf`: long animation frames (over 50 ms) and the script they ran;
 * - for a page whose HTML carries its map as static SVG (the explainer's poster, `#poster`): the mark
 *   'islands-drawn' once the parser has gone past the poster, with the end of the first frame painted after it.
 */
export const PAGE_HOOKS = `(() => {
  const B = (window.__bench = { marks: {}, painted: {}, tap: null, loaf: [], events: [] });
  const afterPaint = (done) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => done(performance.now());
    channel.port2.postMessage(0);
  });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.name in B.marks) continue;
      B.marks[e.name] = e.startTime;
      afterPaint((t) => { B.painted[e.name] = t; });
    }
  }).observe({ type: 'mark', buffered: true });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        B.loaf.push({ start: e.startTime, duration: e.duration, script: e.scripts.reduce((s, x) => s + x.duration, 0) });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {}
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        B.events.push({ name: e.name, start: e.startTime, processingStart: e.processingStart, processingEnd: e.processingEnd, duration: e.duration });
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  } catch {}
  const poster = new MutationObserver(() => {
    const p = document.getElementById('poster');
    if (!p || !p.nextElementSibling) return;
    poster.disconnect();
    if ('islands-drawn' in B.marks) return;
    B.marks['islands-drawn'] = performance.now();
    afterPaint((t) => { B.painted['islands-drawn'] = t; });
  });
  poster.observe(document, { childList: true, subtree: true });
  const onInput = (event) => {
    const tap = B.tap;
    if (!tap || tap.done) return;
    if (tap.start === null) tap.start = event.timeStamp;
    tap.events.push(event.type);
  };
  for (const type of ['pointerdown', 'pointerup', 'touchstart', 'touchend', 'mousedown', 'mouseup', 'click']) {
    window.addEventListener(type, onInput, { capture: true, passive: true });
  }
  const watchPanel = () => {
    const tap = B.tap;
    if (!tap || tap.inserted !== null || tap.start === null) return;
    if (!document.getElementById('island-panel')) return;
    tap.inserted = performance.now();
    afterPaint((t) => { tap.painted = t; tap.done = true; });
  };
  new MutationObserver(watchPanel).observe(document, { childList: true, subtree: true });
  B.arm = () => { B.tap = { start: null, events: [], inserted: null, painted: null, done: false }; };
})();`;
