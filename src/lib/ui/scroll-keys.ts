/**
 * Where a scrolling body goes for a key pressed while focus is on something outside it (a panel's heading,
 * which sits above the body), as the browser would scroll the body if it held focus. Null: not a scrolling key.
 */
export function scrollTarget(
  key: string,
  body: { scrollTop: number; clientHeight: number; scrollHeight: number },
): number | null {
  const page = Math.max(40, body.clientHeight * 0.9);
  const by: Record<string, number> = { PageDown: page, ' ': page, PageUp: -page, ArrowDown: 40, ArrowUp: -40 };
  const max = Math.max(0, body.scrollHeight - body.clientHeight);
  if (key === 'Home') return 0;
  if (key === 'End') return max;
  const step = by[key];
  return step === undefined ? null : Math.max(0, Math.min(max, body.scrollTop + step));
}
