/** Runs `task` once the browser is idle (at the latest after `timeout` ms), where it can say; otherwise soon. */
export function whenIdle(task: () => void, timeout: number): void {
  if ('requestIdleCallback' in window) requestIdleCallback(() => task(), { timeout });
  else setTimeout(task, 300);
}
