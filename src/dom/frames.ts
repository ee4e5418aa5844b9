/** Resolves after the next frame has painted: work that forces a layout (focus) waits for it, so a tap answers first. */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
}

/** Runs `task` in the frame after next (the map follows once the panel has painted); returns what cancels it. */
export function inTwoFrames(task: () => void): () => void {
  let id = requestAnimationFrame(() => (id = requestAnimationFrame(task)));
  return () => cancelAnimationFrame(id);
}
