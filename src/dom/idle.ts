/**
 * Runs `task` once the browser is idle (at the latest after `timeout` ms), where it can say; otherwise after
 * `fallbackDelay` ms. Returns what cancels it.
 */
export function whenIdle(task: () => void, timeout: number, fallbackDelay = 300): () => void {
  if ('requestIdleCallback' in window) {
    const id = requestIdleCallback(() => task(), { timeout });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(task, fallbackDelay);
  return () => clearTimeout(id);
}
