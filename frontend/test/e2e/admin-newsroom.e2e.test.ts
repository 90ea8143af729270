// The newsroom's tools added with issue 7: list search, the media library and its picker,
// item history, the working copy of a published item, webhooks. One signed-in page serves
// every test (the API allows 20 sign-ins a minute per address).
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Article } from '../../src/api/types';
import { launchBrowser, newReader, screenshotDir } from './browser';
import { manage, signIn } from './admin-helpers';

let browser: Browser;
let context: BrowserContext;
let page: Page;
let errors: string[];
beforeAll(async () => {
  browser = await launchBrowser();
  ({ context, page, errors } = await newReader(browser));
  page.on('dialog', (dialog) => void dialog.accept()); // the confirmations (delete, discard)
  await signIn(page, '#/articles');
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

/** Goes to a hash route in the signed-in page and waits for its screen. */
async function go(hash: string): Promise<void> {
  await page.evaluate((h) => {
    location.hash = h;
  }, hash);
  await page.locator('main:not([aria-busy]) h1').waitFor();
}

const success = (text: string) => page.locator('.notice.success', { hasText: text }).waitFor();
const loaded = (selector: string) => page.locator(selector).evaluate((img: HTMLImageElement) =>
  img.complete ? img.naturalWidth : new Promise<number>((resolve) => img.addEventListener('load', () => resolve(img.naturalWidth), { once: true })));

/** A real PNG drawn in the browser: 480×320, so the API also makes a 320-wide rendition. */
async function pngFile(): Promise<Buffer> {
  const dataUrl = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 480;
    canvas.height = 320;
    const g = canvas.getContext('2d')!;
    g.fillStyle = '#a50e0e';
    g.fillRect(0, 0, 480, 320);
    g.fillStyle = '#ffd54f';
    g.fillRect(60, 60, 200, 120);
    return canvas.toDataURL('image/png');
  });
  return Buffer.from(dataUrl.split(',')[1]!, 'base64');
}

describe('admin: newsroom tools', () => {
  test('lists: searched without tone marks, drafts included, each row with its last change', async () => {
    const created = await manage<Article>('POST', '/articles', { title: 'Nông dân Sóc Trăng thu hoạch lúa', body: '<p>Vụ mùa bội thu.</p>', tags: ['Mùa vụ'] });
    try {
      await go('#/articles');
      await page.getByRole('searchbox', { name: 'Tìm kiếm' }).fill('nong dan soc trang');
      await page.getByRole('button', { name: 'Tìm', exact: true }).click();
      await expect.poll(() => page.url()).toContain('q=nong+dan+soc+trang');
      const row = page.locator(`tr[data-id="${created.json.id}"]`);
      await row.waitFor();
      await expect(row.locator('td').allInnerTexts()).resolves.toEqual(expect.arrayContaining(['Nháp', expect.stringMatching(/^\d\d\/\d\d\/\d{4} \d\d:\d\d · admin$/)]));
      await page.getByRole('textbox', { name: 'Thẻ (slug)' }).fill('mua-vu');
      await page.getByRole('button', { name: 'Tìm', exact: true }).click();
      await expect.poll(() => page.url()).toContain('tag=mua-vu');
      await expect.poll(() => page.locator('main:not([aria-busy]) tbody tr').count()).toBe(1);
      await expect(page.locator('main:not([aria-busy]) tbody tr').getAttribute('data-id')).resolves.toBe(String(created.json.id));
    } finally {
      await manage('DELETE', `/articles/${created.json.id}`, undefined, created.etag!);
    }
  });

  test('media: an upload (and a refused one), its description edited, chosen as an article\'s cover and put in its text', async () => {
    await go('#/media');
    const file = page.locator('.media-upload input[type="file"]');
    // A text file named .png is refused by its bytes, and said so in Vietnamese.
    await file.setInputFiles({ name: 'gia-mao.png', mimeType: 'image/png', buffer: Buffer.from('đây không phải ảnh') });
    await page.getByRole('button', { name: 'Tải ảnh lên' }).click();
    await expect(page.locator('.notice.error').innerText()).resolves.toContain('không phải ảnh JPEG, PNG, GIF hoặc WebP');

    await file.setInputFiles({ name: 'cau-e2e.png', mimeType: 'image/png', buffer: await pngFile() });
    await page.locator('.media-upload').getByLabel('Chú thích ảnh').fill('Cầu thử nghiệm');
    await page.locator('.media-upload').getByLabel('Mô tả ảnh (cho người khiếm thị)').fill('Hình chữ nhật vàng trên nền đỏ');
    await page.getByRole('button', { name: 'Tải ảnh lên' }).click();
    await success('Đã tải lên cau-e2e.png (480×320).');
    const tile = page.locator('.media-tile', { hasText: 'Cầu thử nghiệm' }).first();
    // The thumbnail is the 320-wide rendition, loaded from the API's address.
    await expect(tile.locator('img').getAttribute('src')).resolves.toMatch(/\/media\/\d{4}\/\d\d\/[0-9a-f]+-w320\.png$/);
    expect(await loaded('.media-tile:has-text("Cầu thử nghiệm") img')).toBe(320);

    await tile.getByRole('button', { name: 'Sửa mô tả' }).click();
    await page.locator('.media-describe').getByLabel('Chú thích ảnh').fill('Cầu thử nghiệm (đã sửa)');
    await page.getByRole('button', { name: 'Lưu mô tả' }).click();
    await success('Đã lưu mô tả ảnh.');
    await page.locator('.media-tile', { hasText: 'Cầu thử nghiệm (đã sửa)' }).waitFor();

    await go('#/articles/new');
    await page.getByLabel('Tiêu đề', { exact: true }).fill('Bài có ảnh từ thư viện');
    await page.getByRole('button', { name: 'Chọn ảnh từ thư viện' }).click();
    const dialog = page.locator('dialog.media-picker');
    await dialog.locator('.media-tile', { hasText: 'Cầu thử nghiệm (đã sửa)' }).first().getByRole('button', { name: 'Chọn ảnh này' }).click();
    await dialog.waitFor({ state: 'detached' });
    const cover = page.locator('fieldset', { hasText: 'Ảnh đại diện' });
    await expect(cover.getByLabel('Địa chỉ ảnh (URL)').inputValue()).resolves.toMatch(/^\/media\/\d{4}\/\d\d\/[0-9a-f]+\.png$/);
    await expect(cover.getByLabel('Mô tả ảnh (cho người khiếm thị)').inputValue()).resolves.toBe('Hình chữ nhật vàng trên nền đỏ');
    await expect(cover.getByLabel('Chú thích ảnh').inputValue()).resolves.toBe('Cầu thử nghiệm (đã sửa)');
    // The same image in the text, as a figure after the first paragraph.
    await page.locator('.rich-text').click();
    await page.keyboard.type('Đoạn đầu có ảnh bên dưới.');
    await page.getByRole('button', { name: 'Chèn ảnh từ thư viện' }).click();
    await dialog.locator('.media-tile', { hasText: 'Cầu thử nghiệm (đã sửa)' }).first().getByRole('button', { name: 'Chọn ảnh này' }).click();
    await page.locator('.rich-text figure img').waitFor();
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await success('Đã lưu.');
    expect(await loaded('fieldset:has-text("Ảnh đại diện") img.image-preview')).toBe(480);
    expect(await loaded('.rich-text figure img')).toBe(480);
    const id = Number(/#\/articles\/(\d+)/.exec(page.url())?.[1]);
    try {
      const saved = (await manage<Article>('GET', `/articles/${id}`)).json;
      expect(saved.coverImage).toEqual({ url: expect.stringMatching(/^\/media\/.+\.png$/), alt: 'Hình chữ nhật vàng trên nền đỏ', caption: 'Cầu thử nghiệm (đã sửa)' });
      // The API's sanitizer and the editor's tidy step both keep the figure, root-relative.
      expect(saved.body).toBe(`<p>Đoạn đầu có ảnh bên dưới.</p><figure><img src="${saved.coverImage!.url}" alt="Hình chữ nhật vàng trên nền đỏ" width="480" height="320"><figcaption>Cầu thử nghiệm (đã sửa)</figcaption></figure>`);
      await page.screenshot({ path: `${screenshotDir}admin-media-cover.png`, fullPage: true });
    } finally {
      const current = await manage('GET', `/articles/${id}`);
      await manage('DELETE', `/articles/${id}`, undefined, current.etag!);
    }

    // Deleted (editors), after a confirmation.
    await go('#/media');
    await page.locator('.media-tile', { hasText: 'Cầu thử nghiệm (đã sửa)' }).first().getByRole('button', { name: 'Xoá' }).click();
    await success('Đã xoá ảnh.');
    await expect(page.locator('.media-tile', { hasText: 'Cầu thử nghiệm (đã sửa)' }).count()).resolves.toBe(0);
    expect(errors).toEqual([]);
  });
});
