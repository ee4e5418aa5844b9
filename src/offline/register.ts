import { readStatus, STATUS_REQUEST, workerUrl } from '../lib/offline/policy.ts';

/**
 * Registers the offline worker (dist/sw.js, src/sw/sw.ts), and calls `onUpdated` if the version that serves this
 * page replaced an earlier one since the last visit. Without a worker (an old browser, storage turned off) the
 * explainer works as before, online only.
 */
export function registerOffline(onUpdated: () => void): void {
  const workers = navigator.serviceWorker;
  workers.addEventListener('message', (event) => {
    if (readStatus(event.data)?.updated) onUpdated();
  });
  workers.controller?.postMessage(STATUS_REQUEST);
  // The Network Information API: Chromium's; elsewhere no connection asks, and the worker installs its list.
  const saveData = (navigator as { connection?: { saveData?: boolean } }).connection?.saveData === true;
  workers.register(workerUrl(saveData)).catch(() => {});
}
