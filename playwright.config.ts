import { defineConfig } from '@playwright/test';
import { PREVIEW_ORIGIN, PREVIEW_PORT } from './tests/e2e/servers';

// Debian's Chromium, WebGL in software (SwiftShader); the background-networking flags stop it calling outside hosts.
const launchOptions = {
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--use-angle=swiftshader',
    '--enable-unsafe-swiftshader',
  ],
};

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 20_000 },
  fullyParallel: true,
  workers: process.env.CI ? 2 : 3,
  retries: 0,
  reporter: [['list']],
  use: { baseURL: `${PREVIEW_ORIGIN}/`, launchOptions },
  projects: [
    { name: 'desktop', use: { viewport: { width: 1280, height: 800 } } },
    { name: 'phone', use: { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 } },
  ],
  // Never reuse a server already on the port: if something else listens there, the run stops and says so.
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${PREVIEW_PORT} --strictPort`,
    url: `${PREVIEW_ORIGIN}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
