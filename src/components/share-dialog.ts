import type { ShareIsland } from '../lib/embed/share.ts';
import type { HashState } from '../lib/url/hash-state.ts';

export interface ShareDialogProps {
  view: HashState;
  islands: ShareIsland[];
  years: { first: number; last: number } | null;
  onclose: () => void;
  onnotify: (message: string) => void;
}
