// Library pictures on a phone: the home page offers each cover as a <picture> of 16:9 crops in
// WebP and JPEG with srcset/sizes, and Chromium at 390×844, DPR 2, downloads a small WebP crop,
// never the original. And the admin's focal point: a click on the image sets it, the arrow
// keys move it, and the crops are made again around it.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Article } from '../../src/api/types';
import type { MediaResponse } from '../../src/admin/types';
import { apiUrl, manage, signIn, siteUrl } from './admin-helpers';
import { launchBrowser, phone } from './browser';

let browser: Browser;
let media: MediaResponse;
let article: { id: number; slug: string };

/** A 1600×900 JPEG drawn by Chromium: red on the left quarter, blue elsewhere. */
async function drawnPhoto(page: Page): Promise<Uint8Array<ArrayBuffer>> {
  const base64 = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    [canvas.width, canvas.height] = [1600, 900];
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#1040c0';
    context.fillRect(0, 0, 1600, 900);
    context.fillStyle = '#d01010';
    context.fillRect(0, 0, 400, 900);
    return canvas.toDataURL('image/jpeg', 0.9).split(',')[1]!;
  });
  return Uint8Array.from(Buffer.from(base64, 'base64'));
}

beforeAll(async () => {
  browser = await launchBrowser();
  const page = await browser.newPage();
  const form = new FormData();
  form.append('file', new Blob([await drawnPhoto(page)], { type: 'image/jpeg' }), 'cho-noi-nga-nam.jpg');
  form.append('alt', 'Chợ nổi Ngã Năm lúc sáng sớm');
  await page.close();
  const uploaded = await manage<MediaResponse>('POST', '/media', form);
  expect(uploaded.status).toBe(201);
  media = uploaded.json;
  const created = await manage<Article>('POST', '/articles', {
    title: 'Chợ nổi Ngã Năm vào mùa nước nổi', summary: 'Ảnh bìa từ thư viện.', body: '<p>Nội dung.</p>',
    coverImage: { url: media.url, alt: 'Chợ nổi Ngã Năm lúc sáng sớm' },
  });
  expect((await manage('POST', `/articles/${created.json.id}/publish`, undefined, created.etag!)).status).toBe(200);
  article = { id: created.json.id, slug: created.json.slug };
});

afterAll(async () => {
  if (article) {
    const current = await manage('GET', `/articles/${article.id}`);
    await manage('DELETE', `/articles/${article.id}`, undefined, current.etag!);
  }
  await browser?.close();
});

describe('library pictures on a phone', () => {
  test('the home page downloads the small WebP crop of a library cover, not the original', async () => {
    const context = await browser.newContext({ viewport: phone, deviceScaleFactor: 2, locale: 'vi-VN', isMobile: true, hasTouch: true });
    const page = await context.newPage();
    const images: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'image') images.push(new URL(request.url()).pathname);
    });
    const stem = media.url.replace(/\.jpg$/, '');
    const card = page.locator(`main a[href="/bai-viet/${article.slug}"] picture`).first();
    // The site's watch writes the new article into the home page within moments.
    await expect.poll(async () => {
      await page.goto(`${siteUrl}/`);
      return card.count();
    }, { timeout: 20_000, interval: 500 }).toBeGreaterThan(0);
    await card.scrollIntoViewIfNeeded();
    await card.locator('img').evaluate((img: HTMLImageElement) => img.decode().catch(() => undefined));

    await expect(card.locator('source').getAttribute('type')).resolves.toBe('image/webp');
    await expect(card.locator('img').getAttribute('sizes')).resolves.toContain('120px');
    const ours = images.filter((path) => path.startsWith(stem));
    expect(ours.length).toBeGreaterThan(0);
    expect(ours.every((path) => /-16x9-f500x500-w320\.webp$/.test(path)), ours.join(', ')).toBe(true);
    expect(images).not.toContain(media.url);
    const loaded = await card.locator('img').evaluate((img: HTMLImageElement) => new URL(img.currentSrc).pathname);
    expect(loaded).toBe(`${stem}-16x9-f500x500-w320.webp`);
    await context.close();
  });
});

describe('the focal point in the media library', () => {
  test('a click sets it where clicked, the arrow keys move it, and the crops follow', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN' });
    const page = await context.newPage();
    await signIn(page, '#/media');
    await page.getByRole('searchbox', { name: 'Tìm ảnh' }).fill('cho-noi-nga-nam');
    await page.getByRole('button', { name: 'Tìm' }).click();
    const tile = page.locator('.media-name', { hasText: 'cho-noi-nga-nam.jpg' }).first().locator('xpath=..');
    await tile.getByRole('button', { name: 'Sửa mô tả' }).click();
    const picker = page.getByTestId('focal-picker');
    const image = picker.locator('img');
    await image.evaluate((img: HTMLImageElement) => img.decode());

    const box = (await image.boundingBox())!;
    await image.click({ position: { x: box.width * 0.1, y: box.height * 0.5 } });
    await page.locator('.notice.success', { hasText: 'điểm lấy nét' }).waitFor();
    const clicked = await manage<MediaResponse>('GET', `/media/${media.id}`);
    expect(clicked.json.focalPoint.x).toBeCloseTo(0.1, 1);
    expect(clicked.json.focalPoint.y).toBeCloseTo(0.5, 1);
    const square = clicked.json.renditions.find((r) => r.ratio === '1:1' && r.contentType === 'image/jpeg')!;
    await expect(page.locator('.focal-preview[data-ratio="1:1"] img').getAttribute('src')).resolves.toBe(`${apiUrl}${square.url}`);

    await page.locator('.notice.success').evaluate((notice) => notice.remove());
    await picker.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.locator('.notice.success', { hasText: 'điểm lấy nét' }).waitFor();
    const moved = await manage<MediaResponse>('GET', `/media/${media.id}`);
    expect(moved.json.focalPoint.x).toBeCloseTo(clicked.json.focalPoint.x + 0.1, 3);
    await expect(page.locator('.focal-status').innerText()).resolves.toContain(`ngang ${Math.round(moved.json.focalPoint.x * 100)}%`);
    await context.close();
  });
});
