import { defineConfig } from '@playwright/test';
import {
  BUILD_SERVER,
  DEV_ORIGIN,
  DEV_PORT,
  HOST_ORIGIN,
  NGINX,
  PREVIEW_ORIGIN,
  PREVIEW_PORT,
} from './tests/e2e/servers.ts';

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

/** The dev server's test runs once, in a project of its own. */
const DEV_SPEC = /dev-server\.spec\.ts$/;
/** The phone layouts set their own phone viewports: once, in the phone project. */
const PHONE_SPEC = /phone-layout\.spec\.ts$/;
/** The server's headers, read without a browser: once, in the desktop project. */
const HEADERS_SPEC = /headers\.spec\.ts$/;

/** The build as a newsroom serves it, with nginx and deploy/nginx/ (tests/e2e/servers.ts), or else as Vite does. */
const BUILD_COMMAND =
  BUILD_SERVER === 'nginx'
    ? 'npx tsx tests/e2e/nginx-server.ts'
    : `echo "No nginx at ${NGINX} (or E2E_SERVER=vite): vite preview serves the build; the headers tests are skipped" >&2 && npx vite preview --host 127.0.0.1 --port ${PREVIEW_PORT} --strictPort`;

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
    { name: 'desktop', testIgnore: [DEV_SPEC, PHONE_SPEC], use: { viewport: { width: 1280, height: 800 } } },
    {
      name: 'phone',
      testIgnore: [DEV_SPEC, HEADERS_SPEC],
      use: { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 },
    },
    {
      name: 'dev-server',
      testMatch: DEV_SPEC,
      use: { baseURL: `${DEV_ORIGIN}/`, viewport: { width: 1280, height: 800 } },
    },
  ],
  // Never reuse a server already on the port: if something else listens there, the run stops and says so.
  webServer: [
    {
      command: BUILD_COMMAND,
      url: `${PREVIEW_ORIGIN}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    // A news site's page on a second origin, embedding the build (tests/e2e/embed.spec.ts).
    {
      command: 'npx tsx tests/e2e/host-server.ts',
      url: `${HOST_ORIGIN}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    // The README's first command, for tests/e2e/dev-server.spec.ts.
    {
      command: `npm run dev -- --host 127.0.0.1 --port ${DEV_PORT} --strictPort`,
      url: `${DEV_ORIGIN}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
