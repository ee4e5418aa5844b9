/** Chromium as the end-to-end tests launch it (playwright.config.ts), a phone's context, and the throttling. */
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import config from '../../playwright.config.ts';

export const VIEWPORT = { width: 390, height: 844 };

/** Slow 4G as the issue gives it, with a CPU four times slower (DevTools' presets' figures). */
export const THROTTLING = {
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
  cpuRate: 4,
};

export function launchOptions(): { executablePath?: string; args?: string[] } {
  const options = config.use?.launchOptions ?? {};
  return { executablePath: options.executablePath, args: options.args };
}

export function launch(): Promise<Browser> {
  return chromium.launch(launchOptions());
}

/** A fresh phone context (no cache, no storage), as the end-to-end tests' phone project has it. */
export function phoneContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
}

export async function throttle(page: Page, cdp: CDPSession): Promise<void> {
  void page;
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: THROTTLING.latency,
    downloadThroughput: THROTTLING.downloadThroughput,
    uploadThroughput: THROTTLING.uploadThroughput,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLING.cpuRate });
}
