import { describe, expect, it } from 'vitest';
import { CameraState } from './camera.svelte.ts';

describe('CameraState: where the app asks the camera to go', () => {
  it('asks anew each time, so the same target twice moves the camera back to it', () => {
    const camera = new CameraState();
    camera.show('kunashir', true);
    const first = camera.request;
    camera.show('kunashir', true);
    expect(camera.request).toEqual({ target: 'kunashir', animate: true });
    expect(camera.request).not.toBe(first);
  });

  it('widens to the whole region on the first move of the slider only, and not with an island open', () => {
    const open = new CameraState();
    open.yearMoved(true);
    expect(open.request).toBeNull();
    const camera = new CameraState();
    camera.yearMoved(false);
    expect(camera.request?.target).toBe('region');
    camera.show('all', false);
    camera.yearMoved(false);
    expect(camera.request?.target).toBe('all');
  });

  it('follows a URL: the camera it names, else its island framed, else the region for a year, else stays', () => {
    const camera = new CameraState();
    const view = { zoom: 9, lat: 43.5, lon: 146.1 };
    camera.follow({ map: view, island: 'shikotan' }, 'shikotan', true);
    expect(camera.request).toEqual({ target: view, animate: false });
    camera.follow({ island: 'shikotan', year: 1956 }, 'shikotan', true);
    expect(camera.request).toEqual({ target: 'shikotan', animate: true });
    camera.follow({ year: 1956 }, null, true);
    expect(camera.request).toEqual({ target: 'region', animate: false });
    const before = camera.request;
    camera.follow({}, null, true);
    expect(camera.request).toBe(before);
  });

  it('frames its island again when the stage changes size, unless the reader moved the map or another island is coming', () => {
    const camera = new CameraState();
    camera.show('kunashir', true);
    const first = camera.request;
    camera.refit('kunashir');
    expect(camera.request).toEqual({ target: 'kunashir', animate: false });
    expect(camera.request).not.toBe(first);
    // A tap on Habomai folds the masthead before Habomai's own request comes: the old target is not framed again.
    const before = camera.request;
    camera.refit('habomai');
    expect(camera.request).toBe(before);
    camera.show('all', false);
    camera.refit(null);
    expect(camera.request).toEqual({ target: 'all', animate: false });
    camera.movedByReader();
    const moved = camera.request;
    camera.refit(null);
    expect(camera.request).toBe(moved);
    const view = { zoom: 9, lat: 43.5, lon: 146.1 };
    camera.show(view, false);
    const named = camera.request;
    camera.refit(null);
    expect(camera.request).toBe(named);
  });
});
