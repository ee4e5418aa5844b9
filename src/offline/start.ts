import { whenIdle } from '../dom/idle.ts';

/**
 * Whether this page may have an offline worker: the built explainer in a top-level window. Never the embed, in an
 * iframe or not, and never index.html framed by a host: a host's page must not gain a worker it did not choose.
 */
export function offlineAllowed(embedded: boolean): boolean {
  return import.meta.env.PROD && !embedded && window.top === window && isSecureContext && 'serviceWorker' in navigator;
}

/** How long registration waits for the browser to be idle, at most, after the first view is drawn. */
export const OFFLINE_IDLE_TIMEOUT = 3000;

/** Once the first view is drawn and the browser idle: the worker's registration never competes with it. */
export function startOffline(embedded: boolean, onUpdated: () => void): void {
  if (!offlineAllowed(embedded)) return;
  whenIdle(
    () =>
      void import('./register.ts').then(
        (m) => m.registerOffline(onUpdated),
        () => {},
      ),
    OFFLINE_IDLE_TIMEOUT,
  );
}
