import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { desktop, expectCleanPage, launchBrowser, newReader, screenshot, visit } from './browser';

const siteUrl = inject('siteUrl');
const deadSiteUrl = inject('deadSiteUrl');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('missing pages and a missing API', () => {
  test.each([
    ['an article slug that does not exist', '/bai-viet/khong-co-bai-viet-nay'],
    ['an interview slug that does not exist', '/phong-van/khong-co-bai-nay'],
    ['a video slug that does not exist', '/video/khong-co-video-nay'],
    ['a section that does not exist', '/chuyen-muc/khong-co-chuyen-muc'],
    ['an archive page past the end of a section', '/chuyen-muc/kinh-te/trang/999'],
    ['an old link past the end of a section', '/chuyen-muc/kinh-te?trang=999'],
    ['a tag no published item carries', '/tu-khoa/khong-co-tu-khoa-nay'],
    ['an archive page past the end of a tag', '/tu-khoa/soc-trang/trang/999'],
    ['a path the site does not have', '/khong/co/trang/nay'],
  ])('%s gives the 404 page', async (_, path) => {
    const { context, page, errors } = await newReader(browser);
    const response = await page.goto(`${siteUrl}${path}`);
    // The server says so too (crawlers and link checkers read the status), except for an old
    // ?trang=N link: its list exists, and only the script knows the page is past the end.
    expect(response?.status()).toBe(path.includes('?') ? 200 : 404);
    await visit(page, `${siteUrl}${path}`);
    // The old ?trang=N link opens the list's built page, already "settled" before the script
    // finds the page past the end and draws the 404 page: wait for that, not for any heading.
    await page.locator('[data-page="not-found"]').waitFor({ timeout: 20_000 });
    await expect(page.locator('main h1').innerText()).resolves.toBe('Không tìm thấy trang');
    await expect(page.locator('[data-page="not-found"]').count()).resolves.toBe(1);
    await expect(page.title()).resolves.toMatch(/^Không tìm thấy trang \|/);
    await expect(page.locator('meta[name="robots"]').getAttribute('content')).resolves.toBe('noindex');
    // The frame stays: the menu and the sidebar are still there to go on from.
    await expect(page.locator('.site-nav a').count()).resolves.toBeGreaterThan(1);
    await page.locator('.box-stats dl').waitFor();
    await expectCleanPage(page);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('with the API down a page still reads as built; the live parts say what they lack; a search gets a clear message', async () => {
    const { context, page } = await newReader(browser, desktop);
    await visit(page, `${deadSiteUrl}/phong-van/nam-2024-dang-bo-thanh-pho-soc-trang-tap-trung-hoan-thien-cac-tieu-chi-do-thi-loai-i`);
    await expect(page.locator('main h1').innerText()).resolves.toBe('Năm 2024, Đảng bộ thành phố Sóc Trăng tập trung hoàn thiện các tiêu chí đô thị loại I');
    await expect(page.locator('main .qa .question').count()).resolves.toBeGreaterThan(3);
    await expect(page.locator('.site-name').innerText()).resolves.toBeTruthy();
    // The sidebar says what it lacks instead of showing empty boxes; the videos are as of the build.
    await expect(page.locator('.box-stats .notice').innerText()).resolves.toBe('Số liệu truy cập tạm thời chưa có.');
    await expect(page.locator('.box-videos .mini-videos li').count()).resolves.toBeGreaterThan(0);
    await expectCleanPage(page);
    await screenshot(page, 'api-down-desktop');

    // A search is drawn by the script from the API: with the API down it says so.
    await visit(page, `${deadSiteUrl}/tim-kiem?q=soc+trang`);
    const message = page.locator('main [data-page="api-down"]');
    await expect(message.getAttribute('role')).resolves.toBe('alert');
    await expect(page.locator('main h1').innerText()).resolves.toBe('Không tải được nội dung');
    await expect(message.innerText()).resolves.toContain('Máy chủ nội dung tạm thời không trả lời');
    await expect(message.getByRole('button', { name: 'Thử lại' }).isVisible()).resolves.toBe(true);
    await context.close();
  });
});
