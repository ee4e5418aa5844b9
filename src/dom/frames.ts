/** Resolves after the next frame has painted: work that forces a layout (focus) waits for it, so a tap answers first. */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
}

/** Runs `task` in the frame after next: the map's camera moves once the panel has painted. */
export function inTwoFrames(task: () => void): void {
  requestAnimationFrame(() => requestAnimationFrame(task));
}
