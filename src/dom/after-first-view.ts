import { startOffline } from '../offline/start.ts';
import { whenIdle } from './idle.ts';

/** Once the map has painted: the history fetched while the reader looks at it, then the offline worker. */
export function afterFirstView(needContent: () => void, embedded: boolean, onUpdated: () => void): void {
  whenIdle(needContent, 2000);
  startOffline(embedded, onUpdated);
}
