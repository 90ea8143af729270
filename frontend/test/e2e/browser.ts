// Headless Chromium (Debian's /usr/bin/chromium driven by playwright-core) and the checks
// every e2e test shares.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';

export const screenshotDir = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));

export const desktop = { width: 1280, height: 900 };
export const phone = { width: 390, height: 844 };

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * A fresh context is a fresh reader: empty localStorage, so a new visitor id. Chromium's
 * own user agent is kept (a bot-like one would not be counted). Page errors fail the test.
 */
export async function newReader(browser: Browser, viewport = desktop): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport, locale: 'vi-VN', timezoneId: 'UTC' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { context, page, errors };
}

/** Opens a URL and waits until the page for it is rendered (not just the shell). */
export async function visit(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await settled(page);
}

export async function settled(page: Page): Promise<void> {
  await page.waitForSelector('main#main:not([aria-busy]) h1', { timeout: 20_000 });
}

/** The hit beacons a page sends, as parsed request bodies. */
export function recordHits(page: Page): Array<{ visitorId: string; contentId?: number }> {
  const hits: Array<{ visitorId: string; contentId?: number }> = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.url().endsWith('/api/v1/hits')) hits.push(request.postDataJSON());
  });
  return hits;
}

/**
 * What a reader must never see: "undefined", "null", "NaN", the seed page's "No title...",
 * an image without alt text, or a broken image.
 */
export async function expectCleanPage(page: Page): Promise<void> {
  const text = await page.locator('body').innerText();
  for (const bad of ['undefined', 'null', 'NaN', 'No title', '[object Object]']) {
    expect(text, `the page shows "${bad}"`).not.toContain(bad);
  }
  const images = await page.locator('img').evaluateAll((imgs) =>
    (imgs as HTMLImageElement[]).map((img) => ({ src: img.src, alt: img.getAttribute('alt'), broken: img.complete && img.naturalWidth === 0 })));
  for (const image of images) {
    expect(image.alt?.trim(), `alt text of ${image.src}`).toBeTruthy();
    expect(image.broken, `${image.src} is broken`).toBe(false);
  }
}

/** Scrolls through the page so lazy images load, then saves a full-page screenshot. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight / 2) {
      window.scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 50));
    }
    window.scrollTo(0, 0);
  });
  // The lazy images loaded, not "network idle": the admin's editor keeps its edit lock's event
  // stream open, so the network is never idle there (that wait cost 30 s a screenshot).
  await page.waitForFunction(() => Array.from(document.images).every((image) => image.complete), undefined, { timeout: 10_000 }).catch(() => undefined);
  await page.screenshot({ path: `${screenshotDir}${name}.png`, fullPage: true });
}

export async function apiJson<T>(apiUrl: string, path: string): Promise<T> {
  const response = await fetch(`${apiUrl}/api/v1${path}`);
  expect(response.status, `GET ${path}`).toBe(200);
  return (await response.json()) as T;
}

/** vi-VN number formatting, as the site shows counts. */
export const vi = (n: number): string => new Intl.NumberFormat('vi-VN').format(n);
