import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { ContentSummary, Page } from '../../src/api/types';
import { apiJson, expectCleanPage, launchBrowser, newReader, phone, screenshot, settled, visit } from './browser';

const apiUrl = inject('apiUrl');
const siteUrl = inject('siteUrl');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('search', () => {
  test('typing without tone marks in the header finds the seed interview, with the words marked as written', async () => {
    const expected = await apiJson<Page<ContentSummary>>(apiUrl, '/search?q=soc%20trang&pageSize=10');
    expect(expected.items.length).toBeGreaterThan(0);

    const { context, page, errors } = await newReader(browser);
    await visit(page, `${siteUrl}/`);
    await page.getByRole('searchbox', { name: 'Tìm kiếm' }).first().fill('soc trang');
    await page.getByRole('searchbox', { name: 'Tìm kiếm' }).first().press('Enter');
    await settled(page);

    await expect.poll(() => new URL(page.url()).pathname + new URL(page.url()).search).toBe('/tim-kiem?q=soc+trang');
    await expect.poll(() => page.locator('main .card-title').allInnerTexts()).toEqual(expected.items.map((i) => i.title));
    const marks = await page.locator('main .snippet mark').allInnerTexts();
    expect(marks.length).toBeGreaterThan(0);
    // Every marked word is one of the query's once tone marks are set aside, shown as written;
    // the seed interview's "Sóc Trăng" is among them.
    const fold = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
    expect(marks.filter((m) => !['soc', 'trang'].includes(fold(m)))).toEqual([]);
    expect(marks).toContain('Sóc');
    await expect(page.locator('main .search-summary').innerText()).resolves.toMatch(/^Tìm thấy \d+ kết quả cho “soc trang”$/);
    await expect(page.title()).resolves.toMatch(/^Tìm kiếm: soc trang \|/);
    await expectCleanPage(page);
    expect(errors).toEqual([]);

    // A search that finds nothing says so; the form keeps the words.
    await visit(page, `${siteUrl}/tim-kiem?q=${encodeURIComponent('xyzzy không có')}`);
    await expect(page.locator('main .search-summary').innerText()).resolves.toBe('Không tìm thấy kết quả nào cho “xyzzy không có”');
    await expect(page.locator('main input[name=q]').inputValue()).resolves.toBe('xyzzy không có');
    await context.close();
  });

  test('screenshot: phone', async () => {
    const { context, page } = await newReader(browser, phone);
    await visit(page, `${siteUrl}/tim-kiem?q=${encodeURIComponent('Đảng bộ')}`);
    await screenshot(page, 'search-phone');
    await context.close();
  });
});
