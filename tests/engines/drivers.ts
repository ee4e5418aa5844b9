/**
 * One small interface over three drivers, so that every check is written once: puppeteer-core drives Chromium
 * (CDP, headless) and Firefox ESR (WebDriver BiDi, windowed: headless Firefox has no WebGL here); selenium-webdriver
 * drives WebKitGTK's MiniBrowser through WebKitWebDriver (classic WebDriver). Pages are driven with script run in
 * them, which every protocol has, rather than with each protocol's own input and event APIs.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Frame, type Page } from 'puppeteer-core';
import { Builder, By, type WebDriver } from 'selenium-webdriver';
import { callSource, type InPage } from './in-page.ts';

export const ENGINES = ['chromium', 'firefox', 'webkit'] as const;
export type Engine = (typeof ENGINES)[number];

export interface Size {
  width: number;
  height: number;
}

export interface Tab {
  readonly engine: Engine;
  /** Loads a URL afresh (through about:blank, so that a change of hash alone is a new load too). */
  goto(url: string): Promise<void>;
  run<A extends unknown[], T>(fn: InPage<A, T>, ...args: A): Promise<T>;
  /** As `run`, in the document of the first iframe matching `selector`. */
  runInFrame<A extends unknown[], T>(selector: string, fn: InPage<A, T>, ...args: A): Promise<T>;
  /** The viewport as a PNG, in device pixels. */
  screenshot(): Promise<Buffer>;
  /** Console errors and page errors the protocol reported since the last call (none where it reports none). */
  takeErrors(): string[];
  close(): Promise<void>;
}

const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const MINIBROWSER = process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** What each engine needs on this machine, for a message when it is missing. */
export function missing(engine: Engine): string | null {
  const needs = { chromium: [CHROMIUM], firefox: [FIREFOX], webkit: [MINIBROWSER, '/usr/bin/WebKitWebDriver'] };
  const absent = needs[engine].filter((path) => !existsSync(path));
  return absent.length ? `${absent.join(', ')} not found` : null;
}

export async function open(engine: Engine, size: Size, display: string): Promise<Tab> {
  if (engine === 'webkit') return openWebKit(size, display);
  const browser =
    engine === 'chromium'
      ? await puppeteer.launch({
          executablePath: CHROMIUM,
          headless: true,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--use-angle=swiftshader',
            '--enable-unsafe-swiftshader',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        })
      : await puppeteer.launch({
          browser: 'firefox',
          protocol: 'webDriverBiDi',
          executablePath: FIREFOX,
          headless: false,
          env: { ...process.env, DISPLAY: display },
        });
  const page = (await browser.pages())[0] ?? (await browser.newPage());
  await page.setViewport(size);
  return puppeteerTab(engine, browser, page);
}

function puppeteerTab(engine: Engine, browser: Browser, page: Page): Tab {
  let errors: string[] = [];
  page.on('console', (message) => {
    // An answer of 400 or more: the servers log it with its address, which this message lacks.
    if (message.type() === 'error' && !message.text().includes('the server responded with a status of'))
      errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  const evaluate = async <T>(target: Page | Frame, source: string) => (await target.evaluate(source)) as T;
  return {
    engine,
    async goto(url) {
      await page.goto('about:blank');
      await page.goto(url, { waitUntil: 'load' });
    },
    run: <A extends unknown[], T>(fn: InPage<A, T>, ...args: A) => evaluate<T>(page, callSource(fn, args)),
    async runInFrame<A extends unknown[], T>(selector: string, fn: InPage<A, T>, ...args: A) {
      const frame = await (await page.$(selector))?.contentFrame();
      if (!frame) throw new Error(`no frame ${selector}`);
      return evaluate<T>(frame, callSource(fn, args));
    },
    screenshot: async () => Buffer.from(await page.screenshot({ type: 'png' })),
    takeErrors() {
      const taken = errors;
      errors = [];
      return taken;
    },
    close: () => browser.close(),
  };
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

/**
 * MiniBrowser's toolbar holds its window at 447 px wide or more; GTK's theme, read from XDG_CONFIG_HOME, lets it
 * shrink to a phone's width. The toolbar's height is measured and added to the window's.
 */
function gtkConfig(): string {
  const home = join(tmpdir(), 'kurils-engines-gtk');
  mkdirSync(join(home, 'gtk-3.0'), { recursive: true });
  writeFileSync(
    join(home, 'gtk-3.0', 'gtk.css'),
    '* { min-width: 0; min-height: 0; padding: 0; margin: 0; border-width: 0; font-size: 1px; }\n',
  );
  return home;
}

async function openWebKit(size: Size, display: string): Promise<Tab> {
  const port = await freePort();
  const server: ChildProcess = spawn('/usr/bin/WebKitWebDriver', [`--port=${port}`], {
    env: { ...process.env, DISPLAY: display, XDG_CONFIG_HOME: gtkConfig() },
    stdio: 'ignore',
  });
  const stop = () =>
    new Promise<void>((done) =>
      server.exitCode !== null ? done() : (server.once('exit', () => done()), server.kill()),
    );
  let driver: WebDriver | undefined;
  for (let tries = 0; !driver; tries++) {
    try {
      driver = await new Builder()
        .usingServer(`http://127.0.0.1:${port}`)
        .withCapabilities({
          browserName: 'MiniBrowser',
          'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
        })
        .build();
    } catch (error) {
      // The driver takes a moment to listen.
      if (tries > 50) {
        await stop();
        throw error;
      }
      await new Promise((done) => setTimeout(done, 100));
    }
  }
  const d = driver;
  const window = d.manage().window();
  await window.setRect({ width: size.width, height: size.height });
  const [innerWidth, innerHeight] = (await d.executeScript('return [innerWidth, innerHeight]')) as [number, number];
  await window.setRect({ width: 2 * size.width - innerWidth, height: 2 * size.height - innerHeight });
  const run = <T>(source: string) => d.executeScript(`return ${source}`) as Promise<T>;
  return {
    engine: 'webkit',
    async goto(url) {
      await d.get('about:blank');
      await d.get(url);
    },
    run: <A extends unknown[], T>(fn: InPage<A, T>, ...args: A) => run<T>(callSource(fn, args)),
    async runInFrame<A extends unknown[], T>(selector: string, fn: InPage<A, T>, ...args: A) {
      await d.switchTo().frame(await d.findElement(By.css(selector)));
      try {
        return await run<T>(callSource(fn, args));
      } finally {
        await d.switchTo().defaultContent();
      }
    },
    screenshot: async () => Buffer.from(await d.takeScreenshot(), 'base64'),
    // Classic WebDriver has no console: the servers' probe reports what the page logs (./servers.ts).
    takeErrors: () => [],
    async close() {
      await d.quit().catch(() => undefined);
      await stop();
    },
  };
}
