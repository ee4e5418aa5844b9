import { prefersReducedMotion } from 'svelte/motion';
import type { IslandId } from '../lib/geo/islands.ts';
import type { CameraTarget } from '../lib/map/camera.ts';
import type { HashState, MapView } from '../lib/url/hash-state.ts';

export interface CameraRequest {
  target: CameraTarget;
  animate: boolean;
}

/**
 * The map's camera as state: where the app asks it to go (`request`, which the renderer follows) and where it is
 * (`view`, set on every frame of a move, which the labels follow). Each request is a new object, so asking for the
 * same target again brings the camera back to it.
 */
export class CameraState {
  request = $state.raw<CameraRequest | null>(null);
  view = $state.raw<MapView | null>(null);
  /** The first move of the slider shows the whole chain and Sakhalin, where the treaties drew their lines. */
  #regionShown = false;
  /** The reader has panned or zoomed since the last request: the camera is theirs. */
  #readerMoved = false;

  show(target: CameraTarget, animate = !prefersReducedMotion.current): void {
    if (target === 'region') this.#regionShown = true;
    this.#readerMoved = false;
    this.request = { target, animate };
  }

  /** The reader moved the map by hand. */
  movedByReader(): void {
    this.#readerMoved = true;
  }

  /**
   * The stage changed size (a panel opened or the masthead folded, the phone turned): what the camera framed is framed
   * again in the room there is now, unless the reader has moved the map since, or a step to another island is on its
   * way (its own request will frame it).
   */
  refit(selected: IslandId | null): void {
    const target = this.request?.target;
    if (this.#readerMoved || target === undefined || typeof target === 'object') return;
    if (target === 'all' || target === 'region' ? selected === null : target === selected)
      this.request = { target, animate: false };
  }

  /** The slider moved: the first time, with no island open, the map widens to the whole region. */
  yearMoved(islandOpen: boolean): void {
    if (!this.#regionShown && !islandOpen) this.show('region');
  }

  /**
   * Where a URL puts the camera (at start, or on Back and Forward): the camera it names, else its island framed,
   * else, for a year, the whole region; otherwise it stays.
   */
  follow(state: HashState, selected: IslandId | null, animate = !prefersReducedMotion.current): void {
    if (state.map) this.show(state.map, false);
    else if (selected) this.show(selected, animate);
    else if (state.year !== undefined) this.show('region', false);
  }
}
