// A photo story end to end: written in the admin from three photos uploaded through the media
// library (one moved into place), published, written by the site builder with every photo and
// caption in the HTML, and read in the viewer: full screen, arrow keys, swipe, the place in the
// address (#anh-2), a shared #anh-3 opening there, Back and Escape closing it.
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { PhotoStory } from '../../src/api/types';
import { manage, signIn, siteUrl } from './admin-helpers';
import { launchBrowser, newReader, screenshot, screenshotDir, visit } from './browser';

let browser: Browser;
beforeAll(async () => {
  mkdirSync(screenshotDir, { recursive: true });
  browser = await launchBrowser();
});
/** Stories this file made: deleted at the end even when a test failed halfway. */
const made = new Set<number>();
afterAll(async () => {
  await browser?.close();
  for (const id of made) {
    const current = await manage('GET', `/photo-stories/${id}`);
    if (current.etag) await manage('DELETE', `/photo-stories/${id}`, undefined, current.etag);
  }
});

const photos = [
  { caption: 'Các đội ghe Ngo xuất phát trên sông Maspero.', credit: 'Lê Vũ', color: '#a50e0e' },
  { caption: 'Khán giả cổ vũ hai bên bờ sông.', credit: 'Trần Minh', color: '#1f4e8c' },
  { caption: 'Đội thắng cuộc nhận cúp vô địch.', credit: 'Lê Vũ', color: '#2f6b3a' },
];

/** A PNG of one colour drawn in the page's canvas, as a photographer's file stands in here. */
async function png(page: Page, color: string): Promise<Buffer> {
  const dataUrl = await page.evaluate((fill) => {
    const canvas = document.createElement('canvas');
    canvas.width = 640;
    canvas.height = 427;
    const g = canvas.getContext('2d')!;
    g.fillStyle = fill;
    g.fillRect(0, 0, 640, 427);
    return canvas.toDataURL('image/png');
  }, color);
  return Buffer.from(dataUrl.split(',')[1]!, 'base64');
}

/** The page's file as the static server sends it, once the builder has written it with every caption. */
async function builtHtml(path: string): Promise<string> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const response = await fetch(`${siteUrl}${path}`);
    const html = await response.text();
    if (response.ok && photos.every((p) => html.includes(p.caption))) return html;
    if (Date.now() > deadline) throw new Error(`${path} was not built with its captions: HTTP ${response.status}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

const viewer = (page: Page) => page.locator('dialog.photo-viewer');
const hashOf = (page: Page) => new URL(page.url()).hash;

describe('photo stories', () => {
  let slug = '';

  test('an editor makes a photo story of three uploaded photos, reorders one and publishes it; the built page has every photo and caption', async () => {
    const { context, page, errors } = await newReader(browser);
    await signIn(page, '#/photo-stories');
    await expect(page.locator('main h1').innerText()).resolves.toBe('Phóng sự ảnh');
    await page.getByRole('link', { name: '+ Thêm phóng sự ảnh' }).click();
    await page.locator('main h1', { hasText: 'Thêm phóng sự ảnh mới' }).waitFor();
    const title = `Đua ghe Ngo ${Date.now()}`;
    await page.getByLabel('Tiêu đề').fill(title);
    await page.getByLabel('Sapo (đoạn dẫn)').fill('Những khoảnh khắc của lễ hội Oóc Om Bóc.');

    // Uploaded in the wrong order (the third photo second), then put right with ↑.
    const rows = page.locator('.photo-row');
    for (const [index, photo] of [photos[0]!, photos[2]!, photos[1]!].entries()) {
      await page.getByRole('button', { name: '+ Thêm ảnh từ thư viện' }).click();
      const dialog = page.locator('dialog.media-picker');
      await dialog.getByText('Tải ảnh mới lên').click();
      await dialog.locator('input[type="file"]').setInputFiles({ name: `ghe-ngo-${index + 1}.png`, mimeType: 'image/png', buffer: await png(page, photo.color) });
      await dialog.getByLabel('Mô tả ảnh (cho người khiếm thị)').fill(`Ảnh ${photo.caption}`);
      await dialog.getByRole('button', { name: 'Tải ảnh lên' }).click();
      await dialog.waitFor({ state: 'detached' });
      await expect(rows.count()).resolves.toBe(index + 1);
      await rows.nth(index).locator('.photo-caption').fill(photo.caption);
      await rows.nth(index).locator('.photo-credit-input').fill(photo.credit);
    }
    await page.getByRole('button', { name: 'Đưa ảnh 3 lên' }).click();
    await expect(rows.locator('.photo-caption').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value)))
      .resolves.toEqual(photos.map((p) => p.caption));
    // The keyboard stays on the moved photo's button.
    await expect(page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).resolves.toBe('Đưa ảnh 2 lên');

    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.locator('.notice.success', { hasText: 'Đã lưu.' }).waitFor();
    const id = Number(/#\/photo-stories\/(\d+)/.exec(page.url())?.[1]);
    expect(id).toBeGreaterThan(0);
    made.add(id);
    await page.screenshot({ path: `${screenshotDir}admin-photo-story-editor.png`, fullPage: true });
    await page.getByRole('button', { name: 'Xuất bản' }).click();
    await page.locator('.notice.success', { hasText: 'Đã xuất bản.' }).waitFor();
    expect(errors).toEqual([]);
    await context.close();

    const saved = (await manage<PhotoStory>('GET', `/photo-stories/${id}`)).json;
    expect(saved.photos.map((p) => [p.image.caption, p.credit])).toEqual(photos.map((p) => [p.caption, p.credit]));
    expect(saved.photos.every((p) => p.image.url.startsWith('/media/') && p.image.width === 640 && p.image.height === 427)).toBe(true);
    slug = saved.slug;

    const html = await builtHtml(`/anh/${slug}`);
    expect(html).toContain(title);
    for (const [index, photo] of photos.entries()) {
      expect(html).toContain(`id="anh-${index + 1}"`);
      expect(html).toContain(`Ảnh: ${photo.credit}`);
    }
    expect(html.match(/loading="lazy"/g)?.length ?? 0).toBeGreaterThanOrEqual(2);
    // The list of photo stories shows it with its photo count.
    const list = await fetch(`${siteUrl}/phong-su-anh`).then((r) => r.text());
    expect(list).toContain(title);
    expect(list).toContain('3 ảnh');
  });

  test('the viewer opens a photo full screen; arrow keys and swipe move it, the address follows, Escape closes and gives focus back', async () => {
    expect(slug).not.toBe('');
    const { context, page, errors } = await newReader(browser);
    await visit(page, `${siteUrl}/anh/${slug}`);
    await screenshot(page, 'photo-story');
    const open = page.getByRole('button', { name: 'Xem ảnh 1/3 toàn màn hình' });
    await open.click();
    await expect(viewer(page).isVisible()).resolves.toBe(true);
    await expect(viewer(page).locator('.photo-viewer-caption').innerText()).resolves.toContain(photos[0]!.caption);
    expect(hashOf(page)).toBe('#anh-1');

    await page.keyboard.press('ArrowRight');
    await expect(viewer(page).locator('.photo-viewer-counter').innerText()).resolves.toBe('Ảnh 2/3');
    await expect(viewer(page).locator('.photo-viewer-caption').innerText()).resolves.toContain(`${photos[1]!.caption} Ảnh: ${photos[1]!.credit}`);
    expect(hashOf(page)).toBe('#anh-2');
    await page.screenshot({ path: `${screenshotDir}photo-viewer.png` });

    // A swipe to the left, with a pointer, is the next photo.
    const stage = await viewer(page).locator('.photo-viewer-stage').boundingBox();
    await page.mouse.move(stage!.x + stage!.width / 2 + 100, stage!.y + stage!.height / 2);
    await page.mouse.down();
    await page.mouse.move(stage!.x + stage!.width / 2 - 100, stage!.y + stage!.height / 2, { steps: 5 });
    await page.mouse.up();
    await expect(viewer(page).locator('.photo-viewer-counter').innerText()).resolves.toBe('Ảnh 3/3');
    expect(hashOf(page)).toBe('#anh-3');
    await page.keyboard.press('ArrowLeft');
    expect(hashOf(page)).toBe('#anh-2');

    await page.keyboard.press('Escape');
    await viewer(page).waitFor({ state: 'hidden' });
    await expect.poll(() => hashOf(page)).toBe('');
    expect(new URL(page.url()).pathname).toBe(`/anh/${slug}`);
    await expect(page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).resolves.toBe('Xem ảnh 1/3 toàn màn hình');
    // Still the story: the router did not treat the closing as a new page.
    await expect(page.locator('main h1').innerText()).resolves.not.toBe('');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('a shared address with #anh-3 opens the viewer on photo 3, and Back closes it onto the story', async () => {
    expect(slug).not.toBe('');
    const { context, page, errors } = await newReader(browser);
    await visit(page, `${siteUrl}/anh/${slug}#anh-3`);
    await viewer(page).waitFor({ state: 'visible' });
    await expect(viewer(page).locator('.photo-viewer-counter').innerText()).resolves.toBe('Ảnh 3/3');
    await expect(viewer(page).locator('.photo-viewer-caption').innerText()).resolves.toContain(photos[2]!.caption);
    expect(hashOf(page)).toBe('#anh-3');

    await page.goBack();
    await viewer(page).waitFor({ state: 'hidden' });
    expect(new URL(page.url()).pathname).toBe(`/anh/${slug}`);
    expect(hashOf(page)).toBe('');
    await expect(page.locator('figure#anh-3 figcaption').innerText()).resolves.toContain(photos[2]!.caption);
    expect(errors).toEqual([]);
    await context.close();
  });
});
