import { SIDE_PANEL_MIN_WIDTH } from '../map/camera.ts';
import type { SheetSnap } from '../ui/sheet.ts';

/** What an embed shows over its map, for its height. */
export interface EmbedContent {
  /** The island panel is open (at this snap, as a bottom sheet on a phone). */
  panel: SheetSnap | null;
  reader: boolean;
}

const clamp = (n: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, Math.round(n)));

/**
 * The height of an embed's map stage, from its width and what is open. It depends on nothing the host sets (the
 * iframe's own height), so resizing the iframe to the content never feeds back into the content's height. On a
 * phone the open panel is a bottom sheet, so the stage grows to keep some map above it; beside the map on a
 * desktop, the panel needs room for its history.
 */
export function embedStageHeight(width: number, open: EmbedContent): number {
  if (width >= SIDE_PANEL_MIN_WIDTH) {
    const base = clamp(width * 0.5, 420, 560);
    return open.reader || open.panel ? Math.max(base, 640) : base;
  }
  const base = clamp(width * 1.05, 320, 480);
  if (open.reader) return base + 400;
  if (!open.panel) return base;
  return base + { peek: 100, half: 280, full: 400 }[open.panel];
}
